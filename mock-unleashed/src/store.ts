// The mock account's data, held by lowdb (a JSON file, or memory for tests), with a version that moves on
// every change so that serialised pages can be cached per query and dropped on writes.
import { Low, Memory } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { MockData } from './types.ts';

type Keyed = { Guid: string };

export class MockStore {
  /** Moves on every change (and on reset, and when the clock moves), never back. */
  version = 0;
  private indexes = new Map<string, { version: number; map: Map<string, unknown> }>();

  constructor(private readonly db: Low<MockData>) {}

  get data(): MockData {
    return this.db.data;
  }

  /** Records a change made to `data` and persists it. Call once per request, after every check has passed. */
  async commit(): Promise<void> {
    this.version++;
    await this.db.write();
  }

  /** Drops cached pages without a data change (e.g. the clock moved, so "valid today" may differ). */
  touch(): void {
    this.version++;
  }

  /** Replaces everything, e.g. with a fresh seed. */
  async replace(data: MockData): Promise<void> {
    this.db.data = data;
    await this.commit();
  }

  /** A Map from Guid (lower case) to record for one collection, rebuilt only after a change. */
  byGuid<K extends CollectionKey>(name: K): Map<string, MockData[K][number]> {
    return this.index(name, (record) => (record as Keyed).Guid.toLowerCase());
  }

  /** A Map from a chosen key to record for one collection, rebuilt only after a change. */
  index<K extends CollectionKey>(
    name: K,
    keyOf: (record: MockData[K][number]) => string,
    indexName = `${name}:guid`,
  ): Map<string, MockData[K][number]> {
    const cached = this.indexes.get(indexName);
    if (cached && cached.version === this.version) return cached.map as Map<string, MockData[K][number]>;
    const map = new Map<string, MockData[K][number]>();
    for (const record of this.data[name] as MockData[K][number][]) map.set(keyOf(record), record);
    this.indexes.set(indexName, { version: this.version, map });
    return map;
  }
}

type CollectionKey = {
  [K in keyof MockData]-?: MockData[K] extends Array<Keyed> ? K : never;
}[keyof MockData];

/**
 * Opens the store: from `file` when it already holds data, otherwise from `initial()` (written to `file`).
 * Without a file the data lives in memory only (tests).
 */
export async function openStore(file: string | undefined, initial: () => MockData): Promise<MockStore> {
  if (!file) {
    const db = new Low<MockData>(new Memory<MockData>(), initial());
    return new MockStore(db);
  }
  // Compact JSON: lowdb's JSONFile pretty-prints, which grows the `large` seed's file by 40% on every write.
  const adapter = new DataFile<MockData>(file, {
    parse: JSON.parse,
    stringify: (data) => JSON.stringify(data),
  });
  const db = new Low<MockData>(adapter, {} as MockData);
  await db.read();
  if (!db.data || !Array.isArray(db.data.products)) {
    db.data = initial();
    await db.write();
  }
  return new MockStore(db);
}
