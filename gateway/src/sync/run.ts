// One sync run of one store: each resource's pass in SYNC_ORDER, with Unleashed calls counted per resource
// (retries included) and the run record saved as pages complete. A pass that fails is recorded with its error
// and the run goes on with the next resource; a stop request ends the run between pages as interrupted.

import type { CatalogueSyncTarget } from '../catalogue/catalogue.reader.ts';
import type { Clock } from '../clock.ts';
import type { CustomerSyncTarget } from '../customers/customers.reader.ts';
import type { OrderUpdates } from '../orders/order-updates.ts';
import type { Store } from '../stores/stores.types.ts';
import type { UnleashedClientFactory } from '../unleashed/client-factory.ts';
import { openCursor } from './cursors.ts';
import { PASSES } from './passes/index.ts';
import { type ContactSessions, type PassContext, type PlanRoom, SyncInterrupted } from './passes/pass.ts';
import { finishRun, resultOf, runSaver } from './run-record.ts';
import type { SyncRepo } from './sync.repo.ts';
import { type ResourceResult, SYNC_ORDER, type SyncRun } from './sync.types.ts';

export interface RunDeps {
  clientFor: UnleashedClientFactory;
  syncRepo: SyncRepo;
  catalogue: CatalogueSyncTarget;
  customers: CustomerSyncTarget;
  orders: OrderUpdates;
  limits: PlanRoom;
  sessions: ContactSessions;
  clock: Clock;
  pageSize: number;
  onProgress?: (run: SyncRun) => void | Promise<void>;
  /** Runs a page's writes in one transaction (default: as they come). */
  transaction?: <T>(work: () => Promise<T>) => Promise<T>;
  log: (level: 'info' | 'warn' | 'error', fields: Record<string, unknown>, message: string) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs every pass of one store's sync and returns the finished run; never throws for a failing pass. */
export async function executeRun(
  deps: RunDeps,
  store: Store,
  run: SyncRun,
  signal: AbortSignal,
): Promise<SyncRun> {
  const now = () => deps.clock.now().toISOString();
  const save = runSaver(deps.syncRepo, run, deps.onProgress);
  let current: ResourceResult | null = null;
  const client = deps.clientFor(store, () => {
    if (current) current.calls++;
  });
  let interrupted = false;
  await save();
  for (const resource of SYNC_ORDER) {
    if (signal.aborted) {
      interrupted = true;
      break;
    }
    const result = resultOf(run, resource);
    current = result;
    result.status = 'running';
    await save();
    const ctx: PassContext = {
      store,
      client,
      signal,
      now,
      pageSize: deps.pageSize,
      result,
      progress: async (pagesDone, pagesTotal) => {
        Object.assign(result, { pagesDone, pagesTotal });
        await save();
      },
      openCursor: (partition) => openCursor(deps.syncRepo, store.id, resource, partition ?? null, now),
      listPartitions: async () =>
        (await deps.syncRepo.listCursors(store.id, resource)).flatMap((c) =>
          c.partition ? [c.partition] : [],
        ),
      dropPartition: async (partition) => {
        const cursor = await deps.syncRepo.getCursor(store.id, resource, partition);
        if (cursor) await deps.syncRepo.removeCursor(cursor);
      },
      catalogue: deps.catalogue,
      customers: deps.customers,
      orders: deps.orders,
      limits: deps.limits,
      sessions: deps.sessions,
      transaction: deps.transaction ?? ((work) => work()),
    };
    try {
      await PASSES[resource](ctx);
      result.status = 'succeeded';
    } catch (error) {
      if (error instanceof SyncInterrupted) {
        interrupted = true;
        Object.assign(result, { status: 'skipped', error: error.message });
        break;
      }
      Object.assign(result, { status: 'failed', error: message(error) });
      deps.log(
        'warn',
        { storeId: store.id, runId: run.id, resource, error: message(error) },
        'sync pass failed',
      );
    } finally {
      current = null;
      await save();
    }
  }
  finishRun(run, now(), interrupted);
  await save();
  return run;
}
