// PostgreSQL behind the collection interface, for production: every record is a row of one table
// (collection, id, data jsonb), loaded into memory when its collection is first opened and written through
// on each change — only the records that changed, so a write costs the same with 1,000 or 100,000 orders
// stored (unlike a lowdb file, which is rewritten whole). Rows keep their first insertion order (seq).
import pg from 'pg';
import type { Collection, CollectionBackend } from './collections.ts';

const BATCH = 2_000;

class PgCollection<T extends { id: string }> implements Collection<T> {
  private cache: T[] | null = null;
  private writes: Promise<void> = Promise.resolve();
  version = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly table: string,
    private readonly name: string,
    private readonly records: Map<string, T>,
  ) {}

  get(id: string): T | undefined {
    return this.records.get(id);
  }

  all(): readonly T[] {
    this.cache ??= [...this.records.values()];
    return this.cache;
  }

  async put(...records: T[]): Promise<void> {
    for (const record of records) this.records.set(record.id, record);
    this.cache = null;
    this.version++;
    // Copies now: a caller may change a record object after put returns, before the write runs.
    const rows = records.map((record) => [record.id, JSON.stringify(record)] as const);
    await this.queue(async () => {
      for (let at = 0; at < rows.length; at += BATCH) {
        const batch = rows.slice(at, at + BATCH);
        await this.pool.query(
          `INSERT INTO ${this.table} (collection, id, data)
           SELECT $1, id, data FROM unnest($2::text[], $3::jsonb[]) AS r(id, data)
           ON CONFLICT (collection, id) DO UPDATE SET data = EXCLUDED.data`,
          [this.name, batch.map(([id]) => id), batch.map(([, data]) => data)],
        );
      }
    });
  }

  async remove(...ids: string[]): Promise<number> {
    const existing = ids.filter((id) => this.records.delete(id));
    if (existing.length === 0) return 0;
    this.cache = null;
    this.version++;
    await this.queue(async () => {
      await this.pool.query(`DELETE FROM ${this.table} WHERE collection = $1 AND id = ANY($2::text[])`, [
        this.name,
        existing,
      ]);
    });
    return existing.length;
  }

  /** Writes of one collection run one after another, in the order they were made. */
  private queue(write: () => Promise<void>): Promise<void> {
    const next = this.writes.then(write);
    this.writes = next.catch(() => {});
    return next;
  }

  flushed(): Promise<void> {
    return this.writes;
  }
}

export class PgBackend implements CollectionBackend {
  private readonly opened = new Map<string, Promise<PgCollection<{ id: string }>>>();
  private ready: Promise<void> | undefined;
  private readonly table: string;

  /** `schema` keeps tests (and several portals on one database) apart. */
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema = 'public',
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a usable schema name: ${schema}`);
    this.table = `"${schema}".portal_records`;
  }

  static fromUrl(connectionString: string, schema?: string): PgBackend {
    return new PgBackend(new pg.Pool({ connectionString, max: 5 }), schema);
  }

  private migrate(): Promise<void> {
    this.ready ??= (async () => {
      await this.pool.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await this.pool.query(
        `CREATE TABLE IF NOT EXISTS ${this.table} (
           collection text NOT NULL, id text NOT NULL, seq bigserial, data jsonb NOT NULL,
           PRIMARY KEY (collection, id))`,
      );
    })();
    return this.ready;
  }

  async collection<T extends { id: string }>(concern: string, name: string): Promise<Collection<T>> {
    const key = `${concern}/${name}`;
    let opened = this.opened.get(key);
    if (!opened) {
      opened = (async () => {
        await this.migrate();
        const { rows } = await this.pool.query<{ id: string; data: { id: string } }>(
          `SELECT id, data FROM ${this.table} WHERE collection = $1 ORDER BY seq`,
          [key],
        );
        return new PgCollection(this.pool, this.table, key, new Map(rows.map((row) => [row.id, row.data])));
      })();
      this.opened.set(key, opened);
    }
    return (await opened) as unknown as Collection<T>;
  }

  async check(): Promise<boolean> {
    try {
      await this.migrate();
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async flush(): Promise<void> {
    for (const opened of this.opened.values()) await (await opened).flushed();
  }

  /** Waits for pending writes and closes the connections. */
  async close(): Promise<void> {
    await this.flush();
    await this.pool.end();
  }
}
