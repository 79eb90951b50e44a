// The job engine: every piece of background work (syncs, order imports, standing-order runs, email delivery)
// is a pg-boss job in the same database, so with several gateway instances exactly one of them does each thing,
// and a job an instance dropped (killed, or stopped half way) is retried by another. A job sent inside
// `db.transaction(...)` is written by that transaction: it exists only if the change that caused it commits.
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { PortalDb } from '../db/database.ts';

export interface QueueSettings {
  /** Attempts after the first (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled each time when retryBackoff (default 5, backoff on). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A job still active after this long counts as dropped and is retried (default 15 minutes). */
  expireInSeconds?: number;
}

export interface SendOptions {
  /** A stable id makes sending idempotent: a job with this id that exists already is not sent again. */
  id?: string;
  /** Not before this time, or this many seconds from now by the database's clock. */
  startAfter?: Date | number;
}

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number }) => Promise<void>;

export interface JobEngineOptions {
  /** How often an idle worker looks for jobs another instance sent (default 1 s). */
  pollingIntervalSeconds?: number;
  /** How often expired jobs are failed over and old ones archived (default 30 s). */
  maintenanceIntervalSeconds?: number;
  /** Connections of the engine's own pool (default 4). */
  poolSize?: number;
  /**
   * Caps every queue's expiry (JOBS_MAX_EXPIRE_SECONDS): how soon a job a dead instance held goes to another.
   * Below a queue's longest real job it would run that job twice at once, so only tests set it.
   */
  maxExpireSeconds?: number;
  /** Caps every queue's first retry delay (JOBS_MAX_RETRY_DELAY_SECONDS); tests set it with the expiry cap. */
  maxRetryDelaySeconds?: number;
}

/** A queue's settings as the engine applies them (after the caps of JobEngineOptions). */
export type AppliedQueueSettings = Required<QueueSettings>;

/** The pg-boss schema beside the gateway's tables: `pgboss` for public, `<schema>_jobs` otherwise. */
export const jobSchemaFor = (schema: string) => (schema === 'public' ? 'pgboss' : `${schema}_jobs`);

export class JobEngine {
  private readonly boss: PgBoss;
  private readonly workers = new Map<string, string>();
  private started = false;
  private stopping = false;

  constructor(
    private readonly db: PortalDb,
    options: JobEngineOptions = {},
  ) {
    this.boss = new PgBoss({
      connectionString: db.url,
      schema: jobSchemaFor(db.schema),
      max: options.poolSize ?? (db.kind === 'pglite' ? 2 : 4),
      application_name: 'portal-gateway-jobs',
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
      monitorStateIntervalSeconds: 60,
    });
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
    this.caps = { expire: options.maxExpireSeconds, retryDelay: options.maxRetryDelaySeconds };
  }

  private readonly pollingIntervalSeconds: number;
  private readonly caps: { expire?: number; retryDelay?: number };
  private errorListener: (error: Error) => void = () => {};

  /** Where the engine's errors go (a logger); pg-boss keeps working after them. */
  onError(listener: (error: Error) => void): void {
    this.errorListener = listener;
  }

  /** Installs or upgrades the engine's tables (under pg-boss's own advisory lock) and starts maintenance. */
  async start(): Promise<void> {
    if (this.started) return;
    this.boss.on('error', (error) => this.errorListener(error));
    await this.boss.start();
    this.started = true;
  }

  /** Creates or updates a queue's retry and expiry settings; returns them as applied. */
  async defineQueue(name: string, settings: QueueSettings = {}): Promise<AppliedQueueSettings> {
    const capped = (value: number, cap: number | undefined) => Math.min(value, cap ?? value);
    const applied: AppliedQueueSettings = {
      retryLimit: settings.retryLimit ?? 5,
      retryDelaySeconds: capped(settings.retryDelaySeconds ?? 5, this.caps.retryDelay),
      retryBackoff: settings.retryBackoff ?? true,
      expireInSeconds: capped(settings.expireInSeconds ?? 15 * 60, this.caps.expire),
    };
    const queue = {
      name,
      retryLimit: applied.retryLimit,
      retryDelay: applied.retryDelaySeconds,
      retryBackoff: applied.retryBackoff,
      expireInSeconds: applied.expireInSeconds,
    };
    // One instance at a time: two creating queues (table partitions) together deadlock in PostgreSQL.
    await this.db.exclusive('job-queues', async () => {
      if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, queue);
      else await this.boss.createQueue(name, queue);
    });
    return applied;
  }

  /** Works a queue on this instance, one job at a time per call; a handler that throws has its job retried. */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    if (this.stopping) return;
    const id = await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 1, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        try {
          await handler(job.data, { id: job.id, retryCount: job.retryCount });
        } finally {
          // There may be more waiting: look again at once instead of after the polling interval.
          if (!this.stopping) this.boss.notifyWorker(id);
        }
      },
    );
    this.workers.set(name, id);
  }

  /**
   * Sends a job; inside a transaction it is written by that transaction. Returns the job id, or null when a job
   * with the given id exists already. A worker of this instance is woken once it is committed.
   */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const id = await this.boss.send(name, data, {
      id: options.id,
      startAfter: options.startAfter || undefined,
      db: this.db.inTransaction ? this.transactionConnection() : undefined,
    });
    const worker = this.workers.get(name);
    if (id && worker && !options.startAfter) this.db.afterCommit(() => this.boss.notifyWorker(worker));
    return id;
  }

  /** How many jobs of a queue wait or run (monitoring, tests). */
  async pending(name: string): Promise<number> {
    return this.boss.getQueueSize(name, { before: 'completed' });
  }

  /** Whether the engine can reach its tables (for /readyz). */
  async check(): Promise<boolean> {
    if (!this.started || this.stopping) return false;
    try {
      await this.boss.getQueues();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Stops taking jobs, waits up to `timeoutMs` for the running ones (their handlers see the engine's own
   * shutdown through whatever they watch), then closes the pool. A job still running after that is failed over
   * to another instance when it expires.
   */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (!this.started || this.stopping) return;
    this.stopping = true;
    await this.boss.stop({ graceful: true, wait: true, close: true, timeout: timeoutMs });
  }

  private transactionConnection(): PgBoss.Db {
    const executor = this.db.q;
    return {
      executeSql: async (text, values) => {
        const result = await executor.executeQuery(CompiledQuery.raw(text, values));
        return { rows: result.rows as unknown[] };
      },
    };
  }
}
