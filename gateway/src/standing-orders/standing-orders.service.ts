// A buyer's standing orders (R21): made from the current cart (its lines copied; the cart itself is left as it
// is), named uniquely per customer (ignoring case; cancelled ones free their name), with a fixed delivery
// address, a schedule and a start date (today or later, as a UTC date). Every line must be orderable when it
// is saved; each run checks again (standing-orders.runner.ts). Buyers only ever reach their customer's own.
import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log.ts';
import type { CartReader } from '../cart/cart.reader.ts';
import { priceCart } from '../cart/cart-pricing.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { Clock } from '../clock.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { OrderRules } from '../order-rules/order-rules.service.ts';
import { type DeliveryAddress, pickDeliveryAddress } from '../orders/delivery-address.ts';
import { refuseUnplaceable } from '../orders/order-placement.ts';
import type { CustomerOrderSettingsReader } from '../orders/orders.reader.ts';
import {
  checkPurchaseOrderRef,
  checkPurchaseOrderRefPattern,
  normalisePurchaseOrderRef,
} from '../orders/purchase-order-ref.ts';
import { type Store, standingOrdersAllowed } from '../stores/stores.types.ts';
import { auditedStandingOrderSave } from './standing-orders.audit.ts';
import { dateOf, nextAfter } from './standing-orders.dates.ts';
import type { StandingOrdersRepo } from './standing-orders.repo.ts';
import {
  DEFAULT_SCHEDULE,
  type StandingOrder,
  type StandingOrderCreate,
  type StandingOrderUpdate,
} from './standing-orders.types.ts';

export interface StandingOrdersDeps {
  repo: StandingOrdersRepo;
  catalogue: CatalogueReader;
  statuses: EffectiveStatuses;
  customers: CustomerReader;
  carts: CartReader;
  /** The customer's order rules (B4): checked when it is saved, and again at each run (by the placement). */
  orderRules: Pick<OrderRules, 'ruleBook'>;
  clock: Clock;
  customerSettings: CustomerOrderSettingsReader;
  audit: AuditLog;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}

type Lines = StandingOrder['lines'];

/** Whether a store lets buyers create and run standing orders (R21; on unless switched off). */

const invalid = (field: string, message: string, detail: string) =>
  new AppError('validation-failed', detail, { errors: [{ field, message }] });

export function createStandingOrdersService(deps: StandingOrdersDeps) {
  const today = () => dateOf(deps.clock.now());
  const save = auditedStandingOrderSave(deps);

  const checkLines = async (store: Store, buyer: Buyer, lines: Lines) => {
    const customer = await deps.customers.getCustomer(store.id, buyer.customer.guid);
    if (!customer) throw new AppError('not-signed-in', 'Your customer is no longer in this store.');
    if (lines.length === 0)
      throw new AppError('cart-cannot-be-placed', 'The cart is empty: add what you want to order regularly.');
    const rules = await deps.orderRules.ruleBook(store.id, customer);
    const { cart } = await priceCart(
      { catalogue: deps.catalogue, statuses: deps.statuses, today: today(), rules },
      store,
      customer,
      lines,
    );
    refuseUnplaceable(cart);
  };
  const checkAddress = (a: DeliveryAddress) => {
    if (!a.street && !a.city)
      throw invalid(
        'deliveryAddress',
        'needs at least a street or a city',
        'A delivery address needs at least a street or a city.',
      );
  };
  const checkStartDate = (date: string) => {
    if (date < today())
      throw invalid(
        'startDate',
        'must be today or later',
        `The start date must be today (${today()}) or later.`,
      );
  };
  const checkName = async (store: Store, buyer: Buyer, name: string, exceptId?: string) => {
    const taken = (await deps.repo.list(store.id, buyer.customer.guid)).find(
      (o) => o.id !== exceptId && o.status !== 'cancelled' && o.name.toLowerCase() === name.toLowerCase(),
    );
    if (taken)
      throw new AppError(
        'standing-order-name-taken',
        `You already have a standing order called "${taken.name}".`,
      );
  };

  /** B7: a valid pattern, and one at all when the customer requires a reference on every order. */
  const checkPurchaseOrderRefOf = async (store: Store, buyer: Buyer, pattern: string | null) => {
    checkPurchaseOrderRefPattern(pattern);
    const { purchaseOrderRefRequired } = await deps.customerSettings.settingsOf(
      store.id,
      buyer.customer.guid,
    );
    checkPurchaseOrderRef(pattern, purchaseOrderRefRequired, buyer.customer.name);
  };

  const service = {
    /** Creates an active standing order from the buyer's cart; its first run is on the start date. */
    async create(store: Store, buyer: Buyer, input: StandingOrderCreate): Promise<StandingOrder> {
      // A standing order runs as the contact who made it (R21); an acting admin is no contact.
      if (buyer.acting)
        throw new AppError(
          'not-while-acting',
          "Standing orders are made by the customer's own contacts, not while acting.",
        );
      if (!standingOrdersAllowed(store))
        throw new AppError('standing-orders-disabled', `${store.name} does not allow standing orders.`);
      const name = input.name.trim();
      const lines = (await deps.carts.get(store.id, buyer.contact.guid)).lines.map((l) => ({ ...l }));
      await checkName(store, buyer, name);
      checkStartDate(input.startDate);
      checkAddress(input.deliveryAddress);
      await checkLines(store, buyer, lines);
      const purchaseOrderRef = normalisePurchaseOrderRef(input.purchaseOrderRef);
      await checkPurchaseOrderRefOf(store, buyer, purchaseOrderRef);
      const now = deps.clock.now().toISOString();
      const order: StandingOrder = {
        id: randomUUID(),
        storeId: store.id,
        customerGuid: buyer.customer.guid,
        customerCode: buyer.customer.code,
        name,
        status: 'active',
        createdBy: {
          contactGuid: buyer.contact.guid,
          email: buyer.contact.email,
          firstName: buyer.contact.firstName,
        },
        deliveryAddress: pickDeliveryAddress(input.deliveryAddress),
        schedule: input.schedule ?? DEFAULT_SCHEDULE,
        startDate: input.startDate,
        nextRunDate: input.startDate,
        reminderSentFor: null,
        comment: input.comment ?? null,
        purchaseOrderRef,
        lines,
        createdAt: now,
        updatedAt: now,
      };
      await save(null, order, 'created');
      return order;
    },

    list: (store: Store, buyer: Buyer) => deps.repo.list(store.id, buyer.customer.guid),

    /** One of the buyer's customer's standing orders; another customer's answers exactly like a missing one. */
    async get(store: Store, buyer: Buyer, id: string): Promise<StandingOrder> {
      const order = await deps.repo.get(store.id, id);
      if (!order || order.customerGuid !== buyer.customer.guid)
        throw new AppError('not-found', 'There is no such standing order.');
      return order;
    },

    /** Edits it; a new start date becomes the next run, a new schedule runs next on its first date ahead. */
    async update(store: Store, buyer: Buyer, id: string, patch: StandingOrderUpdate): Promise<StandingOrder> {
      const order = await service.get(store, buyer, id);
      if (order.status === 'cancelled')
        throw new AppError(
          'standing-order-status-conflict',
          'This standing order is cancelled and can no longer be changed.',
        );
      const next: StandingOrder = { ...order, updatedAt: deps.clock.now().toISOString() };
      if (patch.name !== undefined) {
        next.name = patch.name.trim();
        await checkName(store, buyer, next.name, order.id);
      }
      if (patch.deliveryAddress) {
        checkAddress(patch.deliveryAddress);
        next.deliveryAddress = pickDeliveryAddress(patch.deliveryAddress);
      }
      if (patch.comment !== undefined) next.comment = patch.comment;
      if (patch.purchaseOrderRef !== undefined) {
        next.purchaseOrderRef = normalisePurchaseOrderRef(patch.purchaseOrderRef);
        await checkPurchaseOrderRefOf(store, buyer, next.purchaseOrderRef);
      }
      if (patch.lines) {
        await checkLines(store, buyer, patch.lines);
        next.lines = patch.lines;
      }
      if (patch.schedule) next.schedule = patch.schedule;
      if (patch.startDate) {
        checkStartDate(patch.startDate);
        next.startDate = patch.startDate;
      }
      // A new calendar may put runs before the one last reminded of: reminders start over on it.
      if (patch.startDate || patch.schedule) next.reminderSentFor = null;
      if (order.status === 'active' && patch.startDate) next.nextRunDate = patch.startDate;
      else if (order.status === 'active' && patch.schedule)
        next.nextRunDate = nextAfter(next.schedule, next.startDate, deps.clock.now());
      await save(order, next, 'changed');
      return next;
    },

    pause: (store: Store, buyer: Buyer, id: string) => setStatus(store, buyer, id, 'paused'),
    resume: (store: Store, buyer: Buyer, id: string) => setStatus(store, buyer, id, 'active'),
    cancel: (store: Store, buyer: Buyer, id: string) => setStatus(store, buyer, id, 'cancelled'),
  };

  const allowed = { paused: ['active'], active: ['paused'], cancelled: ['active', 'paused'] } as const;
  const verbs = { paused: 'paused', active: 'resumed', cancelled: 'cancelled' } as const;
  /** Pausing skips runs; resuming runs next on the schedule's first date whose run time is still ahead. */
  async function setStatus(store: Store, buyer: Buyer, id: string, status: StandingOrder['status']) {
    const order = await service.get(store, buyer, id);
    if (!(allowed[status] as readonly string[]).includes(order.status))
      throw new AppError(
        'standing-order-status-conflict',
        `This standing order is ${order.status} and cannot be ${verbs[status]}.`,
      );
    const now = deps.clock.now();
    const next: StandingOrder = {
      ...order,
      status,
      nextRunDate: status === 'active' ? nextAfter(order.schedule, order.startDate, now) : null,
      updatedAt: now.toISOString(),
    };
    await save(order, next, verbs[status]);
    return next;
  }

  return service;
}

export type StandingOrdersService = ReturnType<typeof createStandingOrdersService>;
