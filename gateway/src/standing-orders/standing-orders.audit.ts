// A buyer's (or an acting admin's) change to a standing order, saved together with its audit entry (B5: the
// buyer's own actions appear on the record they concern); the runner's own bookkeeping is not recorded.
import type { AuditLog } from '../audit/audit-log.ts';
import type { StandingOrdersRepo } from './standing-orders.repo.ts';
import type { StandingOrder } from './standing-orders.types.ts';

/** What a person decides about a standing order (not the run bookkeeping: next run, reminders). */
const decided = (order: StandingOrder) => ({
  name: order.name,
  status: order.status,
  schedule: order.schedule,
  startDate: order.startDate,
  deliveryAddress: order.deliveryAddress,
  comment: order.comment,
  purchaseOrderRef: order.purchaseOrderRef ?? null,
  lines: order.lines,
});

export function auditedStandingOrderSave(deps: {
  repo: Pick<StandingOrdersRepo, 'save'>;
  audit: AuditLog;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}) {
  /** Saves `next` and records it as created (no `before`) or changed, in one transaction. */
  return (before: StandingOrder | null, next: StandingOrder, summary: string) =>
    deps.transaction(async () => {
      await deps.repo.save(next);
      await deps.audit.record({
        ...{ storeId: next.storeId, recordType: 'standing-order', recordId: next.id },
        kind: before ? 'standing-order-changed' : 'standing-order-created',
        summary: `Standing order "${next.name}" for ${next.customerCode} ${summary}`,
        before: before && decided(before),
        after: decided(next),
      });
    });
}
