// The storage contract every backend keeps: what one put or remove writes is what the next reader — in this
// process or after a restart — sees, in insertion order, with ids unique. Runs against memory, lowdb and
// PostgreSQL (127.0.0.1:5432, database `test`, a schema of its own per run; GATEWAY_TEST_DATABASE_URL overrides).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type CollectionBackend, MemoryBackend } from './collections.ts';
import { LowdbBackend } from './lowdb-backend.ts';
import { PgBackend } from './pg-backend.ts';

const DATABASE_URL = process.env.GATEWAY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const folder = mkdtempSync(join(tmpdir(), 'storage-test-'));
const schema = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const pgBackends: PgBackend[] = [];

afterAll(async () => {
  for (const backend of pgBackends) await backend.close();
  const pool = new pg.Pool({ connectionString: DATABASE_URL });
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
  rmSync(folder, { recursive: true, force: true });
});

interface Row {
  id: string;
  name: string;
  count?: number;
}

const kinds: { kind: string; open: () => CollectionBackend; durable: boolean }[] = [
  { kind: 'memory', open: () => new MemoryBackend(), durable: false },
  { kind: 'lowdb', open: () => new LowdbBackend(folder), durable: true },
  {
    kind: 'postgres',
    open: () => {
      const backend = PgBackend.fromUrl(DATABASE_URL, schema);
      pgBackends.push(backend);
      return backend;
    },
    durable: true,
  },
];

describe.each(kinds)('$kind storage', ({ kind, open, durable }) => {
  const concern = `things-${kind}`;

  it('when records are put, replaced and removed, then readers see the latest of each in insertion order', async () => {
    const rows = await open().collection<Row>(concern, 'rows');
    await rows.put({ id: 'a', name: 'Anna' }, { id: 'b', name: 'Ben' });
    await rows.put({ id: 'c', name: 'Cleo' });
    await rows.put({ id: 'a', name: 'Anna', count: 2 });
    expect(await rows.remove('b', 'nobody')).toBe(1);
    expect(rows.all()).toEqual([
      { id: 'a', name: 'Anna', count: 2 },
      { id: 'c', name: 'Cleo' },
    ]);
    expect(rows.get('b')).toBeUndefined();
    expect(await rows.remove('b')).toBe(0);
  });

  it.runIf(durable)(
    'when the process restarts, then every write made before is there, in order',
    async () => {
      const before = open();
      const rows = await before.collection<Row>(concern, 'restart');
      const many = Array.from({ length: 2_500 }, (_, i) => ({ id: `r${i}`, name: `Row ${i}` }));
      await rows.put(...many);
      await rows.put({ id: 'r7', name: 'Seven' });
      await rows.remove('r8');
      await before.flush();

      const after = await open().collection<Row>(concern, 'restart');
      expect(after.all()).toHaveLength(2_499);
      expect(after.get('r7')?.name).toBe('Seven');
      expect(after.get('r8')).toBeUndefined();
      expect(after.all()[0]?.id).toBe('r0');
      expect(after.all().at(-1)?.id).toBe('r2499');
    },
  );

  it('when two collections of one concern are written, then they never see each other’s records', async () => {
    const backend = open();
    const left = await backend.collection<Row>(concern, 'left');
    const right = await backend.collection<Row>(concern, 'right');
    await left.put({ id: 'x', name: 'Left' });
    await right.put({ id: 'x', name: 'Right' });
    expect(left.get('x')?.name).toBe('Left');
    expect(right.all()).toEqual([{ id: 'x', name: 'Right' }]);
  });

  it('when one handle writes, then every handle on the collection sees the new records and a new version', async () => {
    const backend = open();
    const writer = await backend.collection<Row>(concern, 'versions');
    const reader = await backend.collection<Row>(concern, 'versions');
    const before = reader.version;
    expect(reader.all()).toEqual([]);
    await writer.put({ id: 'v', name: 'Vera' });
    expect(reader.version).not.toBe(before);
    expect(reader.all()).toEqual([{ id: 'v', name: 'Vera' }]);
    const afterPut = reader.version;
    await writer.remove('nobody');
    expect(reader.version).toBe(afterPut);
    await writer.remove('v');
    expect(reader.version).not.toBe(afterPut);
    expect(reader.all()).toEqual([]);
  });

  it('the backend reports that it can read and write', async () => {
    expect(await open().check()).toBe(true);
  });
});
