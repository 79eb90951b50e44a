// Runs standing orders (R21), the work of the jobs standing-orders.jobs.ts sends: placeRun places a due run
// once, through the one order placement (R18, the creator as placedBy); sendReminder sends the reminder 2 days
// before, once. A run is claimed in storage before the order is placed, so the same (standing order, due date)
// never runs twice, even when a job is delivered twice. A run that cannot be placed is recorded with a sentence
// and the creator is emailed (the placement is a savepoint of the run's transaction: a refused placement leaves
// nothing of itself); while the store has standing orders switched off, due runs are recorded as skipped.

import type { BuyerAuthService } from '../buyer-auth/buyer-auth.service.ts';
import type { Clock } from '../clock.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { EmailService } from '../email/email.service.ts';
import { AppError } from '../http/problems.ts';
import type { DeliveryAddress, OrderPlacement } from '../orders/order-placement.ts';
import { expandPurchaseOrderRef } from '../orders/purchase-order-ref.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { Store } from '../stores/stores.types.ts';
import { standingOrdersAllowed } from '../stores/stores.types.ts';
import { addDays, firstOnOrAfter, latestDue, latestReminderDue, runAt } from './standing-orders.dates.ts';
import type { RunnerChange, StandingOrdersRepo } from './standing-orders.repo.ts';
import type { StandingOrder, StandingOrderRun } from './standing-orders.types.ts';
import type { StandingOrderPresenter } from './standing-orders.view.ts';

export interface RunnerDeps {
  repo: StandingOrdersRepo;
  stores: StoresService;
  customers: CustomerReader;
  buyers: BuyerAuthService;
  placement: OrderPlacement;
  email: EmailService;
  view: StandingOrderPresenter;
  clock: Clock;
  publicBaseUrl: string;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  logger?: { warn(details: object, message: string): void };
}

type Result = Pick<StandingOrderRun, 'outcome' | 'detail' | 'orderId'>;

const addressLines = (a: DeliveryAddress) =>
  [a.name, a.street, a.street2, a.suburb, a.city, a.region, a.postalCode, a.country].filter(
    (x): x is string => !!x,
  );

export function createStandingOrderRunner(deps: RunnerDeps) {
  const manageUrl = (order: StandingOrder) => `${deps.publicBaseUrl}/#/standing-orders/${order.id}`;
  const customerName = async (order: StandingOrder) =>
    (await deps.customers.getCustomer(order.storeId, order.customerGuid))?.name ?? order.customerCode;

  /** Places one due run; never throws (the outcome is the record). */
  async function place(store: Store, order: StandingOrder, dueDate: string): Promise<Result> {
    const failed = (detail: string): Result => ({ outcome: 'failed', detail, orderId: null });
    if (!standingOrdersAllowed(store))
      return {
        outcome: 'skipped',
        detail: `${store.name} does not allow standing orders at the moment.`,
        orderId: null,
      };
    const customer = await deps.customers.getCustomer(store.id, order.customerGuid);
    if (!customer?.inStore) return failed(`${order.customerCode} is no longer a customer of ${store.name}.`);
    const buyer = await deps.buyers.buyerOfContact(store.id, order.createdBy.contactGuid);
    if (!buyer) return failed(`${order.createdBy.email} can no longer sign in to ${store.name}.`);
    try {
      const placed = await deps.placement.place({
        store,
        customer,
        placedBy: { email: buyer.contact.email, firstName: buyer.contact.firstName },
        lines: order.lines,
        deliveryAddress: order.deliveryAddress,
        comment: order.comment,
        purchaseOrderRef: expandPurchaseOrderRef(order.purchaseOrderRef ?? null, dueDate),
        standingOrderId: order.id,
      });
      return { outcome: 'placed', detail: null, orderId: placed.id };
    } catch (error) {
      if (error instanceof AppError) return failed(error.message);
      deps.logger?.warn({ standingOrderId: order.id, err: error }, 'standing order run failed');
      return failed('Something went wrong on our side; the order was not placed.');
    }
  }

  async function run(store: Store, order: StandingOrder, dueDate: string): Promise<void> {
    const result = await place(store, order, dueDate);
    const run = { ...result, dueDate, ranAt: deps.clock.now().toISOString() };
    await deps.repo.saveRun({
      id: `${order.id}:${dueDate}`,
      storeId: store.id,
      standingOrderId: order.id,
      ...run,
    });
    if (result.outcome !== 'failed') return;
    await deps.email.send(store.id, 'standing-order-failed', order.createdBy.email, {
      firstName: order.createdBy.firstName,
      standingOrderName: order.name,
      customerName: await customerName(order),
      runDate: runAt(dueDate).toISOString(),
      reason: result.detail ?? '',
      manageUrl: manageUrl(order),
    });
  }

  async function remind(store: Store, order: StandingOrder, dueDate: string): Promise<void> {
    const view = await deps.view(order);
    await deps.email.send(store.id, 'standing-order-reminder', order.createdBy.email, {
      firstName: order.createdBy.firstName,
      standingOrderName: order.name,
      customerName: await customerName(order),
      runDate: runAt(dueDate).toISOString(),
      deliveryAddress: addressLines(order.deliveryAddress),
      lines: view.lines.map((l) => ({
        productCode: l.code,
        description: l.description,
        quantity: l.quantity,
      })),
      manageUrl: manageUrl(order),
    });
  }

  /** Saves a change unless the standing order changed meanwhile (a buyer's edit or another pass wins). */
  const update = (order: StandingOrder, change: RunnerChange): Promise<boolean> =>
    deps.repo.updateIfUnchanged(order, change);

  /** The standing order and its store as they are now, when it is still active. */
  async function load(storeId: string, id: string): Promise<[Store, StandingOrder] | undefined> {
    const order = await deps.repo.get(storeId, id);
    const store = order?.status === 'active' ? await deps.stores.find(storeId) : undefined;
    return store && order ? [store, order] : undefined;
  }

  return {
    /**
     * Places the run of `dueDate` (a job's work): only while that date is still the standing order's latest
     * due run. The claim, the order, the run record and the next date commit together: a crash half way leaves
     * the run unclaimed for the job's retry, and a second delivery of the job finds it claimed. Throws (to be
     * retried, on fresh data) when a buyer's edit or another pass changed the standing order meanwhile.
     */
    async placeRun(storeId: string, id: string, dueDate: string): Promise<void> {
      const found = await load(storeId, id);
      if (!found) return;
      const [store, order] = found;
      const now = deps.clock.now();
      if (
        !order.nextRunDate ||
        latestDue(order.schedule, order.startDate, order.nextRunDate, now) !== dueDate
      )
        return;
      await deps.transaction(async () => {
        const nextRunDate = firstOnOrAfter(order.schedule, order.startDate, addDays(dueDate, 1));
        if (!(await update(order, { nextRunDate }))) throw new Error('The standing order changed meanwhile.');
        if (await deps.repo.claimRun(order, dueDate, now.toISOString())) await run(store, order, dueDate);
      });
    },

    /**
     * Sends the reminder of the run on `dueDate` (a job's work), once: only while that run is the latest whose
     * reminder time has come, not yet due, and the store allows standing orders. The mark and the queued email commit
     * together; throws (to be retried) when the standing order changed meanwhile.
     */
    async sendReminder(storeId: string, id: string, dueDate: string): Promise<void> {
      const found = await load(storeId, id);
      if (!found) return;
      const [store, order] = found;
      if (reminderDueFor(store, order, deps.clock.now()) !== dueDate) return;
      await deps.transaction(async () => {
        if (!(await update(order, { reminderSentFor: dueDate })))
          throw new Error('The standing order changed meanwhile.');
        await remind(store, order, dueDate);
      });
    },

    /**
     * R6: a customer gone from the store (obsolete or deleted in Unleashed) takes its standing orders with it;
     * its contacts' logins went with it, so nobody is emailed. True when this one was cancelled.
     */
    async cancelIfCustomerGone(order: StandingOrder): Promise<boolean> {
      if (await deps.customers.getCustomer(order.storeId, order.customerGuid)) return false;
      const now = deps.clock.now().toISOString();
      await update(order, { status: 'cancelled', nextRunDate: null, updatedAt: now });
      return true;
    },
  };
}

/**
 * The run date whose reminder is due now and not yet sent, if any: the latest run whose reminder time has come
 * and whose run is still ahead. Reminders go out in date order, so one sent for a later date covers earlier ones.
 * While a run is due itself, the tick places it first; its reminder waits for the next tick.
 */
export function reminderDueFor(store: Store, order: StandingOrder, now: Date): string | undefined {
  const next = order.nextRunDate;
  if (!next || !standingOrdersAllowed(store) || latestDue(order.schedule, order.startDate, next, now)) return;
  const target = latestReminderDue(order.schedule, order.startDate, next, now);
  if (!target || (order.reminderSentFor !== null && target <= order.reminderSentFor)) return;
  return target;
}

export type StandingOrderRunner = ReturnType<typeof createStandingOrderRunner>;
