// The admin's dashboard (issue 16 item 8): what needs the supplier's eye today, each figure read from the domain
// that owns it (orders, sync, invitations, standing orders) through its reader, never its tables.

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { Clock } from '../clock.ts';
import type { SyncStatusView } from '../sync/sync-status.ts';

export type StoreDashboard = components['schemas']['StoreDashboard'];

export interface DashboardSources {
  orders: {
    figures(
      storeId: string,
      from: string,
      to: string,
    ): Promise<{ placed: number; placedTotal: number; queued: number; failed: number }>;
    /** The newest `limit` orders whose import failed. */
    newestFailed(storeId: string, limit: number): Promise<StoreDashboard['imports']['failedOrders']>;
  };
  sync: { status(storeId: string): Promise<SyncStatusView> };
  invitations: { openCounts(storeId: string): Promise<{ pending: number; expired: number }> };
  standingOrders: {
    dueBetween(
      storeId: string,
      from: string,
      to: string,
    ): Promise<{ id: string; name: string; customerCode: string; nextRunDate: string | null }[]>;
  };
  clock: Clock;
}

const DAY_MS = 86_400_000;
const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/** The dashboard of one store as of the clock's now; "today" and "this week" are UTC days. */
export async function readDashboard(sources: DashboardSources, storeId: string): Promise<StoreDashboard> {
  const now = sources.clock.now();
  const day = utcDay(now);
  const dayStart = new Date(`${day}T00:00:00.000Z`);
  const weekEnd = utcDay(new Date(dayStart.getTime() + 6 * DAY_MS));
  const [orders, failedOrders, sync, invitations, due] = await Promise.all([
    sources.orders.figures(
      storeId,
      dayStart.toISOString(),
      new Date(dayStart.getTime() + DAY_MS).toISOString(),
    ),
    sources.orders.newestFailed(storeId, 5),
    sources.sync.status(storeId),
    sources.invitations.openCounts(storeId),
    sources.standingOrders.dueBetween(storeId, day, weekEnd),
  ]);
  const last = sync.lastRun;
  return {
    day,
    todaysOrders: { count: orders.placed, total: orders.placedTotal },
    imports: { waiting: orders.queued, failed: orders.failed, failedOrders },
    sync: {
      running: sync.running !== null,
      lastRunStatus: last ? (last.status as 'succeeded' | 'failed' | 'interrupted') : null,
      lastRunFinishedAt: last?.finishedAt ?? null,
      lastRunError: last?.error ?? null,
      nextRunAt: sync.nextRunAt,
    },
    invitations,
    standingOrders: {
      dueThisWeek: due.length,
      items: due.slice(0, 10).map((o) => ({
        id: o.id,
        name: o.name,
        customerCode: o.customerCode,
        nextRunDate: o.nextRunDate ?? day,
      })),
    },
  };
}
