// Runs standing orders (R21). runDue() looks at every active standing order: when its next due date's run time
// (06:00 UTC) has come it places the order once, through the one order placement (R18, the creator as placedBy);
// when the run is 2 days off it sends the reminder once. After downtime only the LATEST missed date runs (the
// earlier ones are skipped, not recorded). A run is claimed in storage before the order is placed, so the same
// (standing order, due date) never runs twice, even across restarts or racing ticks. A run that cannot be
// placed is recorded with a sentence and the creator is emailed (the placement is a savepoint of the run's
// transaction: a refused placement leaves nothing of itself); while the store has standing orders switched
// off, due runs are recorded as skipped.
import type { Clock } from '../clock.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { EmailService } from '../email/email.service.ts';
import { AppError } from '../http/problems.ts';
import type { BuyerAuthService } from '../invitations/buyer-auth.service.ts';
import type { DeliveryAddress, OrderPlacement } from '../orders/order-placement.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { Store } from '../stores/stores.types.ts';
import { standingOrdersAllowed } from '../stores/stores.types.ts';
import { addDays, firstOnOrAfter, latestDue, reminderAt, runAt } from './standing-orders.dates.ts';
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
  async function place(store: Store, order: StandingOrder): Promise<Result> {
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
    const result = await place(store, order);
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

  async function tick(): Promise<void> {
    const now = deps.clock.now();
    const stores = new Map((await deps.stores.list()).map((s) => [s.id, s]));
    for (const order of await deps.repo.listActive()) {
      const store = stores.get(order.storeId);
      if (!store || !order.nextRunDate) continue;
      await visit(store, order, order.nextRunDate, now).catch((error: unknown) =>
        deps.logger?.warn({ standingOrderId: order.id, err: error }, 'standing order could not be handled'),
      );
    }
  }

  async function visit(store: Store, order: StandingOrder, next: string, now: Date): Promise<void> {
    // R6: a customer gone from the store (obsolete or deleted in Unleashed) takes its standing orders with it;
    // its contacts' logins went with it, so nobody is emailed.
    if (!(await deps.customers.getCustomer(store.id, order.customerGuid))) {
      await update(order, { status: 'cancelled', nextRunDate: null, updatedAt: now.toISOString() });
      return;
    }
    const due = latestDue(order.schedule, order.startDate, next, now);
    if (due) {
      // The claim, the order, the run record and the next date commit together: a crash half way leaves the
      // run unclaimed, for the next tick (on any instance) to place once.
      await deps.transaction(async () => {
        const claimed = await deps.repo.claimRun(order, due, now.toISOString());
        await update(order, {
          nextRunDate: firstOnOrAfter(order.schedule, order.startDate, addDays(due, 1)),
        });
        if (claimed) await run(store, order, due);
      });
    } else if (reminderAt(next) <= now && order.reminderSentFor !== next && standingOrdersAllowed(store)) {
      // Only the pass whose update took sends it: another instance's pass may be at the same order.
      if (await update(order, { reminderSentFor: next })) await remind(store, order, next);
    }
  }

  let running: Promise<void> | null = null;
  return {
    /** One pass over every standing order (single-flight: a call during a pass waits for that pass). */
    runDue(): Promise<void> {
      running ??= tick().finally(() => {
        running = null;
      });
      return running;
    },
    /** Resolves when no pass is running (shutdown). */
    idle: async (): Promise<void> => {
      await running?.catch(() => undefined);
    },
  };
}

export type StandingOrderRunner = ReturnType<typeof createStandingOrderRunner>;
