// The embedded default database: PGlite (PostgreSQL compiled to WASM) keeping its files in a data folder, served
// over the PostgreSQL wire protocol on a loopback port chosen at start, so the ordinary `pg` pool, Kysely and
// pg-boss use it exactly as they use a real PostgreSQL. PGlite is one session: one gateway process at a time.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A connection string for `pg`. */
  url: string;
  stop(): Promise<void>;
}

/** `dataDir` 'memory' keeps everything in memory (benchmarks, throw-away runs). */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir === 'memory' ? undefined : dataDir);
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
