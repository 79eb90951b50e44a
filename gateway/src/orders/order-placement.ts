// Placing an order (R18–R20), whoever asks for it: a buyer's cart, an admin acting as the customer, or a
// standing order's run. The lines are priced as resolved now; in one transaction the order is saved as Processing
// with the placing contact's email (and the buyer's PO number, required where the customer says so: B7), the
// order-request emails are queued and its import job is queued — all of
// it, or (when any step fails) none of it. An order the customer's approvers must approve first (B8) is saved as
// awaiting-approval instead, held (no import job, no email to the supplier yet), and each approver is emailed;
// approving it later releases it (releaseOrder). An order breaking the customer's order rules (B4) is refused whole
// with order-rule-broken, naming each rule and the nearest valid quantity or the amount still needed. A caller's own transaction (emptying the cart) joins this one.
import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log.ts';
import { priceCart } from '../cart/cart-pricing.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { Clock } from '../clock.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { Contact, Customer } from '../customers/customers.types.ts';
import type { EmailService } from '../email/email.service.ts';
import { AppError } from '../http/problems.ts';
import { orderRuleBroken } from '../order-rules/order-rules.engine.ts';
import type { OrderRules } from '../order-rules/order-rules.service.ts';
import { notEnoughStock } from '../order-rules/stock-rule.ts';
import { orderSettings } from '../stores/order-settings.ts';
import type { Store } from '../stores/stores.types.ts';
import type { CustomerOrderSettingsRepo } from './customer-order-settings.repo.ts';
import type { DeliveryAddress } from './delivery-address.ts';
import { orderEmailSummary } from './order-email-summary.ts';
import type { OrdersRepo } from './orders.repo.ts';
import type { Order } from './orders.types.ts';
import { checkPurchaseOrderRef, normalisePurchaseOrderRef } from './purchase-order-ref.ts';
import { checkRequiredDate } from './required-date.ts';

export type { DeliveryAddress };

export interface OrderPlacementDeps {
  catalogue: CatalogueReader;
  statuses: EffectiveStatuses;
  orders: OrdersRepo;
  email: EmailService;
  clock: Clock;
  publicBaseUrl: string;
  /** Runs the writes of a placement in one transaction. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  /** Queues the order's import into Unleashed (inside the placement's transaction). */
  queueImport: (order: Order) => Promise<void>;
  /** Whether a customer requires a purchase-order reference on every order (B7). */
  customerSettings: Pick<CustomerOrderSettingsRepo, 'get'>;
  /** The customer's order rules (B4). */
  orderRules: Pick<OrderRules, 'ruleBook'>;
  /** Whether the order waits for the customer's approvers (B8), and asking them. */
  approvals: PlacementApprovals;
  /** The order's own audit entry (B5): who placed it (a buyer, or an admin acting as the customer). */
  audit: AuditLog;
}

export interface PlacementApprovals {
  /** The approvers the order must wait for; empty when it goes straight to Unleashed. */
  approversFor(order: Order): Promise<Contact[]>;
  /** Emails each approver (inside the placement's transaction). */
  askApprovers(store: Store, order: Order, approvers: readonly Contact[]): Promise<void>;
}

export interface PlacementRequest {
  store: Store;
  customer: Customer;
  /** The contact the order is placed by or for (R20, R23). */
  placedBy: { email: string; firstName?: string | null };
  lines: readonly { productGuid: string; quantity: number }[];
  deliveryAddress: DeliveryAddress;
  comment?: string | null;
  /** The buyer's purchase-order reference (B7); blank is none. */
  purchaseOrderRef?: string | null;
  /** The requested delivery day `YYYY-MM-DD` (Unleashed's RequiredDate); not before today. */
  requiredDate?: string | null;
  /** The admin's email when an admin placed it while acting as the customer (R23). */
  placedOnBehalfBy?: string | null;
  /** The standing order whose run places it (R21). */
  standingOrderId?: string | null;
}

export function createOrderPlacement(deps: OrderPlacementDeps) {
  return {
    /** Saves the order as Processing or refuses it whole (nothing saved, nothing sent) with a sentence. */
    async place(request: PlacementRequest): Promise<Order> {
      const { store, customer, placedBy } = request;
      const today = deps.clock.now().toISOString().slice(0, 10);
      const rules = await deps.orderRules.ruleBook(store.id, customer);
      const { cart, priced } = await priceCart(
        { catalogue: deps.catalogue, statuses: deps.statuses, today, rules },
        store,
        customer,
        request.lines,
      );
      if (cart.lines.length === 0) throw new AppError('cart-cannot-be-placed', 'The cart is empty.');
      refuseUnplaceable(cart);
      const a = request.deliveryAddress;
      if (!a.street && !a.city) {
        throw new AppError('validation-failed', 'A delivery address needs at least a street or a city.', {
          errors: [{ field: 'deliveryAddress', message: 'needs at least a street or a city' }],
        });
      }
      const purchaseOrderRef = normalisePurchaseOrderRef(request.purchaseOrderRef);
      const { purchaseOrderRefRequired } = await deps.customerSettings.get(store.id, customer.guid);
      checkPurchaseOrderRef(purchaseOrderRef, purchaseOrderRefRequired, customer.name);
      const requiredDate = checkRequiredDate(request.requiredDate, today);
      const now = deps.clock.now().toISOString();
      const order: Order = {
        id: randomUUID(),
        storeId: store.id,
        unleashedGuid: randomUUID(),
        customerGuid: customer.guid,
        customerCode: customer.code,
        placedByEmail: placedBy.email,
        status: 'processing',
        importState: 'queued',
        importError: null,
        importAttempts: 0,
        unleashedOrderNumber: null,
        unleashedStatus: null,
        deliveryAddress: {
          type: 'Shipping',
          name: a.name ?? null,
          street: a.street ?? null,
          street2: a.street2 ?? null,
          suburb: a.suburb ?? null,
          city: a.city ?? null,
          region: a.region ?? null,
          country: a.country ?? null,
          postalCode: a.postalCode ?? null,
          isDefault: false,
        },
        comment: request.comment ?? null,
        lines: priced.map(({ line, lineTax, lineTaxCode }, index) => ({
          lineNumber: index + 1,
          productGuid: line.productGuid,
          productCode: line.code,
          description: line.description,
          quantity: line.quantity,
          unitPrice: line.unitPrice ?? 0,
          discountRate: 0,
          lineTotal: line.lineTotal ?? 0,
          lineTax,
          ...(lineTaxCode ? { taxCode: lineTaxCode } : {}),
          ...(line.backorderQuantity ? { backorderQuantity: line.backorderQuantity } : {}),
        })),
        charges: [],
        taxCode: customer.taxCode ?? store.taxCode,
        taxRate: cart.taxRate,
        subTotal: cart.subTotal,
        taxTotal: cart.taxTotal,
        total: cart.total,
        createdAt: now,
        importedAt: null,
        completedAt: null,
        updatedAt: now,
        standingOrderId: request.standingOrderId ?? null,
        placedOnBehalfBy: request.placedOnBehalfBy ?? null,
        purchaseOrderRef,
        requiredDate,
      };
      const approvers = await deps.approvals.approversFor(order);
      if (approvers.length > 0)
        Object.assign(order, { status: 'awaiting-approval', importState: 'held', approvalRequired: true });
      await deps.transaction(async () => {
        await deps.orders.save(order);
        await sendBuyerRequestEmail(deps, request, order);
        if (approvers.length > 0) await deps.approvals.askApprovers(store, order, approvers);
        else await releaseOrder(deps, store, order, customer);
        await deps.audit.record({
          ...{ storeId: order.storeId, kind: 'order-placed', recordType: 'order', recordId: order.id },
          summary: `Order placed for ${order.customerCode} by ${order.placedByEmail}${order.standingOrderId ? ' (standing order)' : ''}${approvers.length > 0 ? ', awaiting approval' : ''}`,
          ...{ before: null, after: { total: order.total, lines: order.lines.length } },
        });
      });
      return order;
    },
  };
}

export type OrderPlacement = ReturnType<typeof createOrderPlacement>;

/**
 * Lines past the available stock where the store takes no backorders come first (not-enough-stock, B9), then
 * lines that cannot be ordered at all (cart-cannot-be-placed), then the order rules (B4).
 */
export function refuseUnplaceable(cart: Awaited<ReturnType<typeof priceCart>>['cart']): void {
  const shortfalls = cart.lines.flatMap((l) => (l.stockShortfall ? [l.stockShortfall] : []));
  if (shortfalls.length > 0) throw notEnoughStock(shortfalls);
  const refused = cart.lines.filter((l) => !l.orderable && !l.ruleBreach);
  if (refused.length > 0) {
    throw new AppError(
      'cart-cannot-be-placed',
      `Remove or change: ${refused.map((l) => `${l.code} (${l.problem})`).join('; ')}`,
    );
  }
  const breaches = [
    ...cart.lines.flatMap((l) => (l.ruleBreach ? [l.ruleBreach] : [])),
    ...(cart.orderValueBreach ? [cart.orderValueBreach] : []),
  ];
  if (breaches.length > 0) throw orderRuleBroken(breaches);
}

async function sendBuyerRequestEmail(deps: OrderPlacementDeps, request: PlacementRequest, order: Order) {
  const { store, customer, placedBy } = request;
  const summary = orderEmailSummary(order, customer, `${deps.publicBaseUrl}/#/orders/${order.id}`);
  if (orderSettings(store).orderRequestEmailToBuyer)
    await deps.email.send(store.id, 'order-request-buyer', placedBy.email, {
      firstName: placedBy.firstName ?? null,
      order: summary,
    });
}

/**
 * Sends the order on to the supplier: queues its import and the admin's order-request email (inside the
 * caller's transaction). At placement, or when an approver approves it (B8).
 */
export async function releaseOrder(
  deps: Pick<OrderPlacementDeps, 'email' | 'publicBaseUrl' | 'queueImport'>,
  store: Store,
  order: Order,
  customer?: Pick<Customer, 'name' | 'currency'>,
): Promise<void> {
  await deps.queueImport(order);
  if (!orderSettings(store).orderRequestEmailToAdmin) return;
  const summary = orderEmailSummary(order, customer, `${deps.publicBaseUrl}/#/admin/orders`);
  await deps.email.send(store.id, 'order-request-admin', store.adminEmail, {
    order: summary,
    placedByEmail: order.placedByEmail,
    placedOnBehalfBy: order.placedOnBehalfBy ?? null,
  });
}
