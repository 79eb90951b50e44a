// The embedded default database: PGlite (PostgreSQL compiled to WASM) keeping its files in a data folder, served
// over the PostgreSQL wire protocol on a loopback port chosen at start, so the ordinary `pg` pool, Kysely and
// pg-boss use it exactly as they use a real PostgreSQL. PGlite is one session: one gateway process at a time.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A connection string for `pg`. */
  url: string;
  /** The data folder as it is now, uncompressed, for `startEmbeddedPostgres(…, from)`. */
  snapshot(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * `dataDir` 'memory' keeps everything in memory (benchmarks, throw-away runs). `from` starts a new data folder as
 * a copy of a snapshot, skipping PostgreSQL's initdb (about 3 s of CPU: tests that open many use it).
 */
export async function startEmbeddedPostgres(dataDir: string, from?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: dataDir === 'memory' ? undefined : dataDir,
    loadDataDir: from,
  });
  const server = new PGLiteSocketServer({
    db: oneSequenceAtATime(pglite),
    host: '127.0.0.1',
    port: 0,
    maxConnections: 16,
  });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    snapshot: async () => (await pglite.dumpDataDir('none')) as Blob,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}

/** Extended-protocol messages that leave a query half sent (Parse, Bind, Describe, Execute, Close, Flush). */
const MID_SEQUENCE = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

/**
 * pglite-socket 0.2.17 queues each protocol message on its own and, outside a transaction, takes the next message
 * from whichever connection sent one: a query's Parse … Sync from one connection could be split by another's Parse,
 * which replaces the unnamed statement ("bind message supplies 1 parameters, but prepared statement "" requires 2",
 * seen under `npm run bench:catalogue` while a sync ran). Its queue already keeps to one connection while a
 * transaction is open; this makes it do the same until the connection's query is complete (its Sync).
 */
function oneSequenceAtATime(pglite: PGlite): PGlite {
  let midSequence = false;
  return new Proxy(pglite, {
    get(target, property) {
      if (property === 'isInTransaction') return () => midSequence || target.isInTransaction();
      if (property === 'execProtocolRawStream')
        return (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) => {
          midSequence = MID_SEQUENCE.has(message[0] ?? 0);
          return target.execProtocolRawStream(message, options);
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
