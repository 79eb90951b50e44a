// The embedded PGlite behind pglite-socket: while one connection runs transactions, the others' parameterised
// queries each get their own answer (the gateway's pool and pg-boss share it).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.ts';

describe('the embedded database', () => {
  it('when one connection commits transactions while five others query at once, then every query gets its own answer', async () => {
    const embedded = await startEmbeddedPostgres('memory');
    const pool = new pg.Pool({ connectionString: embedded.url, max: 6 });
    try {
      await pool.query('CREATE TABLE written (n int)');
      const writer = async () => {
        for (let i = 0; i < 40; i++) {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            await client.query('INSERT INTO written VALUES ($1)', [i]);
            await client.query('COMMIT');
          } finally {
            client.release();
          }
        }
      };
      // Different parameter counts: a Bind applied to another connection's statement fails loudly.
      const reader = async (c: number) => {
        const wrong: string[] = [];
        for (let i = 0; i < 40; i++) {
          const expected = c % 2 ? i + 1 : i;
          try {
            const { rows } =
              c % 2
                ? await pool.query('SELECT $1::int + $2::int AS n', [i, 1])
                : await pool.query('SELECT $1::int AS n', [i]);
            if (rows[0]?.n !== expected) wrong.push(`reader ${c}, query ${i}: ${JSON.stringify(rows)}`);
          } catch (error) {
            wrong.push(`reader ${c}, query ${i}: ${(error as Error).message}`);
          }
        }
        return wrong;
      };
      const [, ...wrong] = await Promise.all([writer(), ...[0, 1, 2, 3, 4].map(reader)]);
      expect(wrong.flat()).toEqual([]);
      expect((await pool.query('SELECT count(*)::int AS n FROM written')).rows[0].n).toBe(40);
    } finally {
      await pool.end();
      await embedded.stop();
    }
  }, 30_000);

  it('when a database starts from a snapshot, then it holds what the original held, and each changes on its own', async () => {
    const original = await startEmbeddedPostgres('memory');
    const client = async (url: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    };
    const first = await client(original.url);
    await first.query("CREATE TABLE kept (name text); INSERT INTO kept VALUES ('before')");
    const copy = await startEmbeddedPostgres('memory', await original.snapshot());
    const second = await client(copy.url);
    try {
      await first.query("INSERT INTO kept VALUES ('only in the original')");
      await second.query("INSERT INTO kept VALUES ('only in the copy')");
      const names = async (c: pg.Client) =>
        (await c.query('SELECT name FROM kept ORDER BY name')).rows.map((row) => row.name);
      expect(await names(first)).toEqual(['before', 'only in the original']);
      expect(await names(second)).toEqual(['before', 'only in the copy']);
    } finally {
      await first.end();
      await second.end();
      await original.stop();
      await copy.stop();
    }
  }, 60_000);
});
