// Store orders ↔ Unleashed sales orders: the body the push posts (R18, R20, B7; totals reconcile to the cent as
// Unleashed checks them), and what a sales order tells the store back (R18a, R19: status, charges, final totals).

import { backorderComment } from '../order-rules/stock-rule.ts';
import type {
  Order,
  OrderCharge,
  OrderLine,
  OrderStatus,
  UnleashedOrderStatus,
} from '../orders/orders.types.ts';
import type { Store } from '../stores/stores.types.ts';
import { fromUnleashedDate, guidOf, modifiedAtOf, toUnleashedDay } from './mapper-common.ts';
import type { USalesOrder, USalesOrderWrite } from './types.ts';

type ULineWrite = NonNullable<USalesOrderWrite['SalesOrderLines']>[number];

/** R18a: the store status that follows each Unleashed status. */
export const STORE_STATUS: Record<UnleashedOrderStatus, OrderStatus> = {
  Parked: 'pending-approval',
  Placed: 'confirmed',
  Backordered: 'coming-soon',
  Completed: 'complete',
  Deleted: 'rejected',
};

/** Every status, for the status pull (leaving orderStatus out would hide Deleted orders). */
export const ALL_ORDER_STATUSES = Object.keys(STORE_STATUS).join(',');

/** An amount in whole cents, rounded half away from zero as Unleashed rounds. */
export function toCents(amount: number): number {
  const sign = amount < 0 ? -1 : 1;
  return sign * Math.round(Math.abs(amount) * 100 + 1e-9);
}

/** Placed-by line for DeliveryInstruction (R20). */
export const placedByInstruction = (email: string): string => `Placed by ${email}`;

/**
 * The POST /SalesOrders/{order.unleashedGuid} body: the store's import status and warehouse, the order's tax,
 * and lines whose LineTotal is recomputed as quantity × price × (1 − discount) so that SubTotal = ΣLineTotal,
 * TaxTotal = ΣLineTax and Total = SubTotal + TaxTotal hold to the cent.
 */
export function toSalesOrderWrite(
  order: Order,
  store: Pick<Store, 'importStatus' | 'orderWarehouseCode'>,
): USalesOrderWrite {
  const lines = order.lines.map((line, index) => {
    const totalCents = toCents(line.quantity * line.unitPrice * (1 - line.discountRate));
    return { line, index, totalCents, taxCents: toCents(line.lineTax) };
  });
  const charges = order.charges.map((charge) => ({
    charge,
    totalCents: toCents(charge.amount),
    taxCents: toCents(charge.tax),
  }));
  const subTotalCents = [...lines, ...charges].reduce((sum, l) => sum + l.totalCents, 0);
  const taxTotalCents = [...lines, ...charges].reduce((sum, l) => sum + l.taxCents, 0);
  const address = order.deliveryAddress;
  return {
    OrderStatus: store.importStatus,
    OrderDate: toUnleashedDay(order.createdAt),
    RequiredDate: order.requiredDate ?? null,
    Customer: { Guid: order.customerGuid },
    // B7: CustomerRef is the customer's PO number; the store's own order id goes in SourceId, Unleashed's
    // field for an outside system's reference.
    CustomerRef: order.purchaseOrderRef ?? null,
    SourceId: order.id,
    Warehouse: { WarehouseCode: store.orderWarehouseCode },
    Tax: { TaxCode: order.taxCode },
    Comments: order.comment,
    DeliveryInstruction: placedByInstruction(order.placedByEmail),
    DeliveryName: address?.name ?? null,
    DeliveryStreetAddress: address?.street ?? null,
    DeliveryStreetAddress2: address?.street2 ?? null,
    DeliverySuburb: address?.suburb ?? null,
    DeliveryCity: address?.city ?? null,
    DeliveryRegion: address?.region ?? null,
    DeliveryCountry: address?.country ?? null,
    DeliveryPostCode: address?.postalCode ?? null,
    SalesOrderLines: [
      ...lines.map(
        ({ line, index, totalCents, taxCents }): ULineWrite => ({
          LineNumber: line.lineNumber || index + 1,
          Product: { Guid: line.productGuid },
          OrderQuantity: line.quantity,
          UnitPrice: line.unitPrice,
          DiscountRate: line.discountRate,
          LineTotal: totalCents / 100,
          LineTax: taxCents / 100,
          // R8: a product with its own sales tax says so on its line; other lines take the order's Tax.
          ...(line.taxCode ? { LineTaxCode: line.taxCode } : {}),
          // R17b/B9: a backordered part is marked on its line (the order keeps the store's import status).
          ...(line.backorderQuantity
            ? { Comments: backorderComment(line.backorderQuantity, line.quantity) }
            : {}),
        }),
      ),
      ...charges.map(
        ({ charge, totalCents, taxCents }): ULineWrite => ({
          LineNumber: 0,
          LineType: 'Charge',
          Product: { ProductDescription: charge.description },
          OrderQuantity: 1,
          UnitPrice: totalCents / 100,
          LineTotal: totalCents / 100,
          LineTax: taxCents / 100,
        }),
      ),
    ],
    SubTotal: subTotalCents / 100,
    TaxTotal: taxTotalCents / 100,
    Total: (subTotalCents + taxTotalCents) / 100,
  };
}

/** What Unleashed's copy of an order tells the store (R18a, R19). */
export interface SalesOrderState {
  unleashedGuid: string;
  unleashedOrderNumber: string;
  unleashedStatus: UnleashedOrderStatus;
  status: OrderStatus;
  lines: OrderLine[];
  charges: OrderCharge[];
  subTotal: number;
  taxTotal: number;
  total: number;
  completedAt: string | null;
  modifiedAt: string;
}

/** A sales order → its state for the store: product lines as final lines, `LineType: Charge` lines as charges. */
export function fromSalesOrder(u: USalesOrder): SalesOrderState {
  const productLines = u.SalesOrderLines.filter((line) => line.LineType !== 'Charge');
  return {
    unleashedGuid: guidOf(u.Guid),
    unleashedOrderNumber: u.OrderNumber,
    unleashedStatus: u.OrderStatus,
    status: STORE_STATUS[u.OrderStatus],
    lines: productLines.map((line) => ({
      lineNumber: line.LineNumber,
      productGuid: guidOf(line.Product.Guid ?? ''),
      productCode: line.Product.ProductCode ?? '',
      description: line.Product.ProductDescription ?? '',
      quantity: line.OrderQuantity,
      unitPrice: line.UnitPrice,
      discountRate: line.DiscountRate,
      lineTotal: line.LineTotal,
      lineTax: line.LineTax,
      // R8: a line taxed apart from the order keeps its tax code, so a later push sends it again.
      ...(line.LineTaxCode ? { taxCode: line.LineTaxCode } : {}),
    })),
    charges: u.SalesOrderLines.filter((line) => line.LineType === 'Charge').map((line) => ({
      description: line.Product.ProductDescription ?? 'Charge',
      amount: line.LineTotal,
      tax: line.LineTax,
    })),
    subTotal: u.SubTotal,
    taxTotal: u.TaxTotal,
    total: u.Total,
    completedAt: fromUnleashedDate(u.CompletedDate),
    modifiedAt: modifiedAtOf(u),
  };
}
