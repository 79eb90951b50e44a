// How sales orders move stock: Placed and Backordered orders allocate their product lines in their
// warehouse; completing an order deducts them from QtyOnHand; deleting releases the allocation. Each returns
// the products whose stock it moved, announced as product.updated once the change is committed.
import type { MockContext } from '../context.ts';
import { toWireDate } from '../dates.ts';
import type { SalesOrder, StockRecord } from '../types.ts';

const ALLOCATING = new Set(['Placed', 'Backordered']);

function recordFor(context: MockContext, productGuid: string, warehouseGuid: string): StockRecord {
  const stock = context.store.data.stock;
  let record = stock.find((r) => r.ProductGuid === productGuid && r.WarehouseGuid === warehouseGuid);
  if (!record) {
    record = {
      ProductGuid: productGuid,
      WarehouseGuid: warehouseGuid,
      QtyOnHand: 0,
      AllocatedQty: 0,
      AvgCost: 0,
      LastModifiedOn: '',
    };
    stock.push(record);
  }
  return record;
}

/** Quantity per product in the order's product lines. */
function productQuantities(order: SalesOrder): Map<string, number> {
  const quantities = new Map<string, number>();
  for (const line of order.SalesOrderLines) {
    if (line.LineType === 'Charge' || !line.Product.Guid) continue;
    quantities.set(line.Product.Guid, (quantities.get(line.Product.Guid) ?? 0) + line.OrderQuantity);
  }
  return quantities;
}

/** Adds (sign 1) or removes (sign −1) the order's allocation, if its status allocates. */
export function allocate(context: MockContext, order: SalesOrder, sign: 1 | -1): string[] {
  if (!ALLOCATING.has(order.OrderStatus)) return [];
  const now = toWireDate(context.clock.now());
  const quantities = productQuantities(order);
  for (const [productGuid, quantity] of quantities) {
    const record = recordFor(context, productGuid, order.Warehouse.Guid);
    record.AllocatedQty = Math.max(0, record.AllocatedQty + sign * quantity);
    record.LastModifiedOn = now;
  }
  return [...quantities.keys()];
}

/** Takes the order's product lines out of stock (on completion), releasing what it had allocated. */
export function deduct(context: MockContext, order: SalesOrder): string[] {
  allocate(context, order, -1);
  const now = toWireDate(context.clock.now());
  const quantities = productQuantities(order);
  for (const [productGuid, quantity] of quantities) {
    const record = recordFor(context, productGuid, order.Warehouse.Guid);
    record.QtyOnHand -= quantity;
    record.LastModifiedOn = now;
  }
  return [...quantities.keys()];
}

/** Announces a committed stock change of these products (product.updated, as a QA stock count does). */
export function announceStock(context: MockContext, ...moved: string[][]): void {
  for (const productGuid of new Set(moved.flat())) context.events.emit('product.updated', productGuid);
}
