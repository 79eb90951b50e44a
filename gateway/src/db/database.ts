// The gateway's one database handle: a Kysely instance over a `pg` pool (PostgreSQL, or the embedded PGlite
// served on a loopback port), with transactions carried by AsyncLocalStorage. Repositories always query
// through `db.q`, so a business step wrapped in `db.transaction(...)` commits everything it wrote — across
// domains — once or not at all, without every repository signature taking a transaction argument.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.ts';

export type DatabaseKind = 'postgres' | 'pglite';

interface TransactionScope {
  trx: Transaction<Database>;
  afterCommit: (() => void)[];
}

export class PortalDb {
  private readonly scope = new AsyncLocalStorage<TransactionScope>();

  constructor(
    private readonly root: Kysely<Database>,
    /** The pool under Kysely (pg-boss and raw checks use it too). */
    readonly pool: pg.Pool,
    readonly kind: DatabaseKind,
    /** The schema the tables live in (tests: one per file). */
    readonly schema: string,
    /** A connection string for further connections to the same database (the job engine's own pool). */
    readonly url: string,
    /** Where it is, for logs: a connection string without password, or the PGlite folder. */
    readonly description: string,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {}

  /** The executor to query with: the open transaction inside `transaction(...)`, the pool otherwise. */
  get q(): Kysely<Database> {
    return this.scope.getStore()?.trx ?? this.root;
  }

  /** Whether the caller runs inside a transaction. */
  get inTransaction(): boolean {
    return this.scope.getStore() !== undefined;
  }

  /**
   * Runs `work` in one transaction: everything it writes through `q` commits together, or nothing does when it
   * throws. A nested call joins the outer transaction. Never call Unleashed or SMTP inside: on PGlite every other
   * query waits for the transaction to end.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.scope.getStore()) return work();
    const afterCommit: (() => void)[] = [];
    const result = await this.root.transaction().execute((trx) => this.scope.run({ trx, afterCommit }, work));
    for (const callback of afterCommit) callback();
    return result;
  }

  /** Runs `callback` once the current transaction has committed (at once outside a transaction). */
  afterCommit(callback: () => void): void {
    const scope = this.scope.getStore();
    if (scope) scope.afterCommit.push(callback);
    else callback();
  }

  /**
   * Runs `work` while holding a named PostgreSQL advisory lock (per schema), so no other instance runs the same
   * named work at once (first-start bootstrap, the legacy import). Other queries go on meanwhile.
   */
  async exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const key = [name];
    try {
      await client.query('SELECT pg_advisory_lock(hashtext(current_schema() || $1))', key);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext(current_schema() || $1))', key);
      }
    } finally {
      client.release();
    }
  }

  /** Whether the database answers (for /readyz). */
  async check(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.root.destroy();
    await this.onClose();
  }
}
