import { describe, expect, it } from 'vitest';
import type { Page, Query, UnleashedClient } from './client.ts';
import { type ListReader, readChanges } from './paging.ts';

interface Row {
  Guid: string;
  LastModifiedOn: string;
}

const at = (second: number, ms = 0) => `/Date(${Date.UTC(2026, 0, 1, 0, 0, second, ms)})/`;
const msOf = (row: Row) => Number(/-?\d+/.exec(row.LastModifiedOn)?.[0]);

/** A list server with Unleashed's rules: modifiedSince "at or after" (to the second), paged, ordered if asked. */
function fakeServer(
  rows: Row[],
  options: { honoursOrder?: boolean; onRequest?: (query: Query, rows: Row[]) => void } = {},
) {
  const requests: Query[] = [];
  const client = {
    async page<T>(_resource: string, pageNumber: number, query: Query): Promise<Page<T>> {
      requests.push(query);
      options.onRequest?.(query, rows);
      const since = query.modifiedSince ? Date.parse(`${query.modifiedSince}Z`) : 0;
      let list = rows.filter((row) => msOf(row) >= since);
      if (options.honoursOrder !== false)
        list = [...list].sort((a, b) => msOf(a) - msOf(b) || a.Guid.localeCompare(b.Guid));
      const size = Number(query.pageSize);
      const items = list.slice((pageNumber - 1) * size, pageNumber * size) as T[];
      return {
        items,
        pagination: {
          NumberOfItems: list.length,
          PageSize: size,
          PageNumber: pageNumber,
          NumberOfPages: Math.ceil(list.length / size),
        },
      };
    },
  } as unknown as UnleashedClient;
  return { client, requests };
}

const contextFor = (
  client: UnleashedClient,
  pageSize: number,
  signal = new AbortController().signal,
): ListReader => ({
  client,
  pageSize,
  checkStopped: () => {
    if (signal.aborted) throw new Error('Stopped before the pass finished.');
  },
});

async function readAll(ctx: ListReader, since: string | null = null) {
  const seen: string[] = [];
  const pages = [];
  for await (const page of readChanges<Row>(ctx, 'Rows', {}, since)) {
    seen.push(...page.items.map((row) => row.Guid));
    pages.push(page);
  }
  return { seen, pages };
}

const rows = (n: number, secondOf = (i: number) => i) =>
  Array.from({ length: n }, (_, i) => ({
    Guid: `r${String(i).padStart(3, '0')}`,
    LastModifiedOn: at(secondOf(i)),
  }));

describe('reading changes page by page, oldest first', () => {
  it('moves the watermark to the last record of each full page and sees every record', async () => {
    const { client, requests } = fakeServer(rows(12));
    const { seen, pages } = await readAll(contextFor(client, 5));
    expect(new Set(seen).size).toBe(12);
    expect(requests.map((q) => q.modifiedSince)).toEqual([
      undefined,
      '2026-01-01T00:00:04',
      '2026-01-01T00:00:08',
    ]);
    expect(pages.map((p) => p.resumeFrom)).toEqual([
      new Date(Date.UTC(2026, 0, 1, 0, 0, 4)).toISOString(),
      new Date(Date.UTC(2026, 0, 1, 0, 0, 8)).toISOString(),
      new Date(Date.UTC(2026, 0, 1, 0, 0, 8)).toISOString(),
    ]);
    expect(pages.at(-1)?.newest).toBe(new Date(Date.UTC(2026, 0, 1, 0, 0, 11)).toISOString());
    expect(pages.map((p) => [p.pagesDone, p.pagesTotal])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("re-reads each full page's last record: exactly three full pages take four calls, one record more no more", async () => {
    // What bench:sync shows as 21 calls for 20,000 products (20 pages of 1,000): the 19 boundary records read
    // twice need a 21st page. 16 records take the minimum, ceil(16 / 5) = 4, like 15 do.
    for (const n of [15, 16]) {
      const { client, requests } = fakeServer(rows(n));
      const { seen } = await readAll(contextFor(client, 5));
      expect(new Set(seen).size).toBe(n);
      expect(seen).toHaveLength(n + requests.length - 1);
      expect(requests).toHaveLength(4);
    }
  });

  it('asks once when nothing changed since the cursor (the newest record comes back, as the filter is >=)', async () => {
    const { client, requests } = fakeServer(rows(12));
    const { seen } = await readAll(
      contextFor(client, 5),
      new Date(Date.UTC(2026, 0, 1, 0, 0, 11)).toISOString(),
    );
    expect(requests).toHaveLength(1);
    expect(seen).toEqual(['r011']);
  });

  it('takes the next page number when records sharing one second fill a page', async () => {
    const { client, requests } = fakeServer(rows(12, (i) => (i < 8 ? 1 : i)));
    const { seen, pages } = await readAll(contextFor(client, 5));
    expect(new Set(seen).size).toBe(12);
    const second1 = '2026-01-01T00:00:01';
    expect(requests.map((q) => [q.modifiedSince, q.pageSize])).toEqual([
      [undefined, 5],
      [second1, 5],
      [second1, 5],
      ['2026-01-01T00:00:09', 5],
    ]);
    // While paging by number inside one second, the safe resume point stays at that second.
    expect(pages.map((p) => p.resumeFrom?.slice(0, 19))).toEqual([
      second1,
      second1,
      '2026-01-01T00:00:09',
      '2026-01-01T00:00:09',
    ]);
  });

  it('loses nothing when records already read change while it reads (page numbers would skip two)', async () => {
    let requestsSoFar = 0;
    const { client } = fakeServer(rows(12), {
      onRequest: (_query, list) => {
        // Before the second request, two records of the first page change: in a list ordered by change they
        // move to the end, and with page numbers r005 and r006 would slide onto the page already read.
        if (++requestsSoFar === 2) for (const row of list.slice(0, 2)) row.LastModifiedOn = at(30);
      },
    });
    const { seen } = await readAll(contextFor(client, 5));
    expect(new Set(seen)).toEqual(new Set(rows(12).map((r) => r.Guid)));
  });

  it('falls back to page numbers, with no resume point, when the server ignores the ordering', async () => {
    const shuffled = rows(12).reverse();
    const { client, requests } = fakeServer(shuffled, { honoursOrder: false });
    const { seen, pages } = await readAll(contextFor(client, 5));
    expect(new Set(seen).size).toBe(12);
    expect(requests.map((q) => q.modifiedSince)).toEqual([undefined, undefined, undefined]);
    expect(pages.every((p) => p.resumeFrom === null)).toBe(true);
  });

  it('stops between pages once the engine is stopping', async () => {
    const controller = new AbortController();
    const { client, requests } = fakeServer(rows(12));
    const read = async () => {
      for await (const _page of readChanges<Row>(contextFor(client, 5, controller.signal), 'Rows', {}, null))
        controller.abort();
    };
    await expect(read()).rejects.toThrow(/Stopped before the pass finished/);
    expect(requests).toHaveLength(1);
  });
});
