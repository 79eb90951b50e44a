// The gateway's one database handle: a Kysely instance over a `pg` pool (PostgreSQL, or the embedded PGlite
// served on a loopback port), with transactions carried by AsyncLocalStorage. Repositories always query
// through `db.q`, so a business step wrapped in `db.transaction(...)` commits everything it wrote — across
// domains — once or not at all, without every repository signature taking a transaction argument.
import { AsyncLocalStorage } from 'node:async_hooks';
import { type Kysely, sql, type Transaction } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.ts';

export type DatabaseKind = 'postgres' | 'pglite';

interface TransactionScope {
  trx: Transaction<Database>;
  afterCommit: (() => void)[];
  savepoints: number;
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
    private readonly takeSnapshot?: () => Promise<Blob>,
  ) {}

  /** The embedded database's data folder as it is now (PGlite only), to start others from it. */
  snapshot(): Promise<Blob> {
    if (!this.takeSnapshot) throw new Error(`${this.description} cannot be snapshotted`);
    return this.takeSnapshot();
  }

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
   * throws. A nested call is a savepoint of the outer transaction: when it throws, its own writes are undone and
   * the outer work may go on. Never call Unleashed or SMTP inside: on PGlite every other query waits for the
   * transaction to end.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer) return this.savepoint(outer, work);
    const afterCommit: (() => void)[] = [];
    const result = await this.root
      .transaction()
      .execute((trx) => this.scope.run({ trx, afterCommit, savepoints: 0 }, work));
    for (const callback of afterCommit) callback();
    return result;
  }

  /** A nested step: its writes (and after-commit callbacks) are undone alone when it throws. */
  private async savepoint<T>(scope: TransactionScope, work: () => Promise<T>): Promise<T> {
    const name = `step_${++scope.savepoints}`;
    const callbacks = scope.afterCommit.length;
    await sql.raw(`SAVEPOINT ${name}`).execute(scope.trx);
    try {
      const result = await work();
      await sql.raw(`RELEASE SAVEPOINT ${name}`).execute(scope.trx);
      return result;
    } catch (error) {
      await sql.raw(`ROLLBACK TO SAVEPOINT ${name}`).execute(scope.trx);
      scope.afterCommit.length = callbacks;
      throw error;
    }
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
