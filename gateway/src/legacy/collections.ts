// The embedded storage backend: named collections of plain records keyed by id, grouped into concerns.
// Memory (tests) and lowdb (a folder of JSON files per concern, the default) implement the same interface; the
// repositories are written once on top of it. No domain code sees this file's types.

export interface Collection<T extends { id: string }> {
  get(id: string): T | undefined;
  /** Every record, in insertion order (callers filter, sort and page). */
  all(): readonly T[];
  /** Inserts or replaces records and persists the concern once. */
  put(...records: T[]): Promise<void>;
  /** Removes records by id and persists once; returns how many existed. */
  remove(...ids: string[]): Promise<number>;
  /** Moves on every put or remove (through any handle on the same records): the key for caches of derived data. */
  readonly version: number;
}

/** One counter per stored collection, shared by every handle a backend gives out for it. */
export interface VersionStamp {
  version: number;
}

export interface CollectionBackend {
  /** A collection inside a concern (a concern is one folder for lowdb). */
  collection<T extends { id: string }>(concern: string, name: string): Promise<Collection<T>>;
  /** Whether the storage can be read and written (for /readyz). */
  check(): Promise<boolean>;
  /** Waits for pending writes. */
  flush(): Promise<void>;
}

/** A collection over a Map, persisted by `save` (told the ids put or removed) after each change. */
export class MapCollection<T extends { id: string }> implements Collection<T> {
  private cache: T[] | null = null;
  private cachedAt = -1;

  constructor(
    private readonly records: Map<string, T>,
    private readonly save: (ids: readonly string[]) => Promise<void>,
    private readonly stamp: VersionStamp = { version: 0 },
  ) {}

  get version(): number {
    return this.stamp.version;
  }

  get(id: string): T | undefined {
    return this.records.get(id);
  }

  all(): readonly T[] {
    if (this.cache === null || this.cachedAt !== this.stamp.version) {
      this.cache = [...this.records.values()];
      this.cachedAt = this.stamp.version;
    }
    return this.cache;
  }

  async put(...records: T[]): Promise<void> {
    for (const record of records) this.records.set(record.id, record);
    this.stamp.version++;
    await this.save(records.map((record) => record.id));
  }

  async remove(...ids: string[]): Promise<number> {
    const removed = ids.filter((id) => this.records.delete(id));
    if (removed.length > 0) {
      this.stamp.version++;
      await this.save(removed);
    }
    return removed.length;
  }
}

/** Keeps everything in memory: for tests, and for benchmarks that measure the engine, not the disk. */
export class MemoryBackend implements CollectionBackend {
  private readonly maps = new Map<string, { map: Map<string, unknown>; stamp: VersionStamp }>();

  async collection<T extends { id: string }>(concern: string, name: string): Promise<Collection<T>> {
    const key = `${concern}/${name}`;
    let stored = this.maps.get(key);
    if (!stored) {
      stored = { map: new Map<string, unknown>(), stamp: { version: 0 } };
      this.maps.set(key, stored);
    }
    return new MapCollection<T>(stored.map as unknown as Map<string, T>, async () => {}, stored.stamp);
  }

  async check(): Promise<boolean> {
    return true;
  }

  async flush(): Promise<void> {}
}
