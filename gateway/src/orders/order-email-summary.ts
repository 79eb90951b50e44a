// An order as every order email shows it (R18, R18a; issue 16 item 4): the one reference (with the store's own
// number beside Unleashed's once it exists), the lines (with any backordered part, B9), charges such as freight
// and the totals as they stand.
import type { Customer } from '../customers/customers.types.ts';
import type { OrderEmailSummary } from '../email/templates/order-parts.ts';
import { referenceOf, storeReferenceOf } from './order-reference.ts';
import type { Order } from './orders.types.ts';

/** The currency an order or cart of the customer is in: its Unleashed currency, NZD when Unleashed names none. */
export function currencyOf(customer: Pick<Customer, 'currency'> | undefined): string {
  return customer?.currency ?? 'NZD';
}

/** The email summary of `order` as it stands now. */
export function orderEmailSummary(
  order: Order,
  customer: Pick<Customer, 'name' | 'currency'> | undefined,
  orderUrl: string,
): OrderEmailSummary {
  const a = order.deliveryAddress;
  const reference = referenceOf(order);
  const storeReference = storeReferenceOf(order);
  return {
    orderNumber: reference,
    storeReference: storeReference === reference ? null : storeReference,
    placedAt: order.createdAt,
    customerName: customer?.name ?? order.customerCode,
    purchaseOrderRef: order.purchaseOrderRef ?? null,
    requiredDate: order.requiredDate ?? null,
    currency: currencyOf(customer),
    lines: order.lines.map((l) => ({
      productCode: l.productCode,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
      backorderQuantity: l.backorderQuantity ?? 0,
    })),
    charges: order.charges.map((c) => ({ description: c.description, amount: c.amount })),
    subTotal: order.subTotal,
    taxTotal: order.taxTotal,
    total: order.total,
    deliveryAddress: a
      ? [a.name, a.street, a.street2, a.suburb, a.city, a.region, a.postalCode, a.country].filter(
          (x): x is string => !!x,
        )
      : [],
    comment: order.comment,
    orderUrl,
  };
}
