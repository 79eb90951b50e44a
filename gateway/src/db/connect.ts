// Opens the gateway's database: an external PostgreSQL (GATEWAY_DATABASE_URL) or the embedded PGlite in a data
// folder, then brings its schema up to date. Both are reached through the same `pg` pool and Kysely, so every
// repository runs the same SQL on either.
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PortalDb } from './database.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './schema.ts';

export type DatabaseOptions =
  | {
      /** A PostgreSQL connection string. */
      url: string;
      /** Keep the tables in this schema (tests: one per file); created when missing. Default: public. */
      schema?: string;
      poolSize?: number;
    }
  | {
      /** The PGlite data folder (created on first use). */
      dataDir: string;
      /** Start a new data folder from this snapshot (`PortalDb.snapshot()`) instead of an empty one. */
      from?: Blob;
    };

const timestampParser = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ);

/** Rows read back as the domain expects them: ISO timestamps, numbers for numeric and bigint, dates as text. */
const PARSERS: Partial<Record<number, (value: string) => unknown>> = {
  [pg.types.builtins.TIMESTAMPTZ]: (value) => (timestampParser(value) as Date).toISOString(),
  [pg.types.builtins.NUMERIC]: Number,
  [pg.types.builtins.INT8]: Number,
  [pg.types.builtins.DATE]: (value) => value,
};

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function isUsableSchemaName(schema: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(schema);
}

/** Opens the database and migrates it to the latest version (safe with several instances starting at once). */
export async function openDatabase(options: DatabaseOptions): Promise<PortalDb> {
  let pool: pg.Pool;
  let onClose = async () => {};
  let snapshot: (() => Promise<Blob>) | undefined;
  let kind: PortalDb['kind'] = 'postgres';
  let description: string;
  let schema = 'public';
  let url: string;
  if ('url' in options) {
    schema = options.schema ?? 'public';
    if (!isUsableSchemaName(schema)) throw new Error(`Not a usable schema name: ${schema}`);
    if (schema !== 'public') {
      const setup = new pg.Client({ connectionString: options.url });
      await setup.connect();
      try {
        // Under a lock: two instances creating the same schema at once would otherwise collide.
        await setup.query('BEGIN');
        await setup.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`portal-schema:${schema}`]);
        await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await setup.query('COMMIT');
      } finally {
        await setup.end();
      }
    }
    pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types,
      options: `-c search_path=${schema}`,
    });
    description = describeUrl(options.url, schema);
    url = options.url;
  } else {
    const embedded = await startEmbeddedPostgres(options.dataDir, options.from);
    // PGlite runs one query at a time: more connections only queue inside it.
    pool = new pg.Pool({ connectionString: embedded.url, max: 4, types });
    url = embedded.url;
    onClose = embedded.stop;
    snapshot = embedded.snapshot;
    kind = 'pglite';
    description = `PGlite in ${options.dataDir}`;
  }
  // An idle connection that dies (database restarted) must not take the process with it.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  const db = new PortalDb(kysely, pool, kind, schema, url, description, onClose, snapshot);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

function describeUrl(url: string, schema: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.host}${parsed.pathname}${schema === 'public' ? '' : ` (schema ${schema})`}`;
  } catch {
    return 'PostgreSQL';
  }
}
