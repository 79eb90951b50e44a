// Stock of generated products: about 8% out of stock, 15% low (1-10 available) and the rest plenty, some in one
// warehouse only. Allocations of Placed and Backordered orders are added on top of the free quantity.
import { round2 } from '../money.ts';
import type { Product, StockRecord, Warehouse } from '../types.ts';
import type { Rng } from './random.ts';
import { HOUR, REFERENCE_TIME, timeBetween, wire } from './time.ts';

export type StockLevel = 'out' | 'low' | 'plenty';

export interface StockPlan {
  level: StockLevel;
  /** Free (unallocated) quantity per warehouse, in warehouse order. */
  free: number[];
  /** Out of stock: whether a zero row remains in the first warehouse (it had stock once). */
  zeroRow: boolean;
}

/** The key of an allocation: product Guid and warehouse Guid. */
export function allocationKey(productGuid: string, warehouseGuid: string): string {
  return `${productGuid}|${warehouseGuid}`;
}

/**
 * A stock level and free quantities for each product, by product Guid. Of the products with plenty, the share
 * `bothWarehouses` (below 0.95) is stocked in both warehouses, 5% in the second only and the rest in the first only.
 */
export function planStock(
  rng: Rng,
  products: readonly Product[],
  warehouseCount: number,
  bothWarehouses: number,
): Map<string, StockPlan> {
  const plans = new Map<string, StockPlan>();
  const two = warehouseCount > 1;
  for (const product of products) {
    const roll = rng.next();
    const free = Array.from({ length: warehouseCount }, () => 0);
    let level: StockLevel = 'plenty';
    if (roll < 0.08) level = 'out';
    else if (roll < 0.23) {
      level = 'low';
      free[two && rng.chance(0.2) ? 1 : 0] = rng.int(1, 10);
    } else {
      const split = rng.next();
      if (!two || split < 0.95) free[0] = rng.int(20, 600);
      if (two && (split < bothWarehouses || split >= 0.95)) free[1] = rng.int(11, 300);
    }
    plans.set(product.Guid, { level, free, zeroRow: rng.chance(0.75) });
  }
  return plans;
}

/**
 * One StockRecord per planned product and warehouse that has stock or an allocation (plus the zero rows):
 * QtyOnHand = allocated + free, except out-of-stock products, which hold 0 whatever is allocated (backorders).
 */
export function buildStock(
  rng: Rng,
  products: readonly Product[],
  plans: ReadonlyMap<string, StockPlan>,
  allocations: ReadonlyMap<string, number>,
  warehouses: readonly Warehouse[],
): StockRecord[] {
  const records: StockRecord[] = [];
  for (const product of products) {
    const plan = plans.get(product.Guid);
    if (!plan) continue;
    warehouses.forEach((warehouse, w) => {
      const allocated = allocations.get(allocationKey(product.Guid, warehouse.Guid)) ?? 0;
      const onHand = plan.level === 'out' ? 0 : allocated + (plan.free[w] ?? 0);
      if (onHand === 0 && allocated === 0 && !(plan.level === 'out' && w === 0 && plan.zeroRow)) return;
      records.push(stockRecord(rng, product, warehouse, onHand, allocated));
    });
  }
  return records;
}

/** One StockRecord; AvgCost within 5% of DefaultPurchasePrice, modified during 2026. */
export function stockRecord(
  rng: Rng,
  product: Product,
  warehouse: Warehouse,
  qtyOnHand: number,
  allocatedQty: number,
): StockRecord {
  return {
    ProductGuid: product.Guid,
    WarehouseGuid: warehouse.Guid,
    QtyOnHand: qtyOnHand,
    AllocatedQty: allocatedQty,
    AvgCost: round2((product.DefaultPurchasePrice ?? 0) * (0.95 + rng.next() * 0.1)),
    LastModifiedOn: wire(timeBetween(() => rng.next(), Date.UTC(2026, 0, 1), REFERENCE_TIME - HOUR)),
  };
}
