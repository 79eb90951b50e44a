import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../storage/collections.ts';
import { openCursor } from './cursors.ts';
import { newRun } from './run-record.ts';
import { createSyncRepo } from './sync.repo.ts';

const now = () => '2026-11-02T09:00:00.000Z';
const T1 = '2026-10-01T00:00:00.000Z';
const T2 = '2026-10-02T00:00:00.000Z';
const T3 = '2026-10-03T00:00:00.000Z';

describe('cursors', () => {
  it('move only when a pass succeeds; an unfinished pass leaves a resume point the next one starts from', async () => {
    const repo = await createSyncRepo(new MemoryBackend());
    const first = await openCursor(repo, 's', 'products', null, now);
    expect(first.start).toBeNull();
    await first.checkpoint(T1);
    // The pass fails here: modifiedSince has not moved, the next pass resumes at T1.
    expect(await repo.getCursor('s', 'products')).toMatchObject({
      modifiedSince: null,
      resumeFrom: T1,
      succeededAt: null,
    });
    const second = await openCursor(repo, 's', 'products', null, now);
    expect(second.start).toBe(T1);
    await second.checkpoint(T2);
    await second.complete(T3);
    expect(await repo.getCursor('s', 'products')).toMatchObject({
      modifiedSince: T3,
      resumeFrom: null,
      succeededAt: now(),
    });
    const third = await openCursor(repo, 's', 'products', null, now);
    await third.complete(null);
    expect((await repo.getCursor('s', 'products'))?.modifiedSince).toBe(T3);
  });

  it('keep partitions apart (stock per warehouse)', async () => {
    const repo = await createSyncRepo(new MemoryBackend());
    await (await openCursor(repo, 's', 'stock', 'MAIN', now)).complete(T2);
    await (await openCursor(repo, 's', 'stock', 'NORTH', now)).complete(T1);
    expect((await repo.listCursors('s', 'stock')).map((c) => [c.id, c.modifiedSince])).toEqual([
      ['s:stock:MAIN', T2],
      ['s:stock:NORTH', T1],
    ]);
  });
});

describe('the run store', () => {
  it('lists runs newest first, finds those left running, and keeps only the newest', async () => {
    const repo = await createSyncRepo(new MemoryBackend());
    for (const day of [1, 2, 3]) {
      const run = newRun(`r${day}`, 's', 'schedule', `2026-11-0${day}T00:00:00Z`);
      if (day < 3) run.status = 'succeeded';
      await repo.saveRun(run);
    }
    expect((await repo.listRuns('s', 10)).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect((await repo.listRunning()).map((r) => r.id)).toEqual(['r3']);
    expect(await repo.pruneRuns('s', 2)).toBe(1);
    expect((await repo.listRuns('s', 10)).map((r) => r.id)).toEqual(['r3', 'r2']);
    expect(await repo.getRun('other-store', 'r3')).toBeUndefined();
  });

  it('when two runs start at the same instant (a frozen clock), then the one made last is the newest, whatever its id', async () => {
    const repo = await createSyncRepo(new MemoryBackend());
    const at = '2026-11-01T00:00:00Z';
    await repo.saveRun(newRun('zz-first', 's', 'manual', at));
    await repo.saveRun(newRun('aa-second', 's', 'manual', at));
    await repo.saveRun({ ...newRun('zz-first', 's', 'manual', at), status: 'succeeded' });
    expect((await repo.listRuns('s', 10)).map((r) => r.id)).toEqual(['aa-second', 'zz-first']);
  });
});
