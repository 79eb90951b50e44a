// /StockOnHand: without a warehouse filter one row per product summed over warehouses (warehouse fields "",
// Guid = ProductGuid); with warehouseCode/warehouseName one row per product in that warehouse.
// AvailableQty = QtyOnHand − AllocatedQty.
import { createHash } from 'node:crypto';
import type { Request, Router } from 'express';
import type { MockContext } from '../context.ts';
import { fromWireDate, toWireDate } from '../dates.ts';
import { notFound } from '../errors.ts';
import { round2 } from '../money.ts';
import { paginate } from '../paginate.ts';
import { queryText } from '../query.ts';
import { sendCached } from '../respond.ts';
import type { Product, StockOnHand, StockRecord, Warehouse } from '../types.ts';
import { applyFilters, guidListFilter, modifiedSinceFilter, orderRecords, textFilter } from './filters.ts';
import { pagedRoutes } from './paged-routes.ts';

/** A stable GUID for a product's row in one warehouse. */
function rowGuid(productGuid: string, warehouseGuid: string): string {
  const hex = createHash('sha1').update(`${productGuid}/${warehouseGuid}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Builds one StockOnHand row from the records of one product (one warehouse, or all of them summed). */
export function stockRow(
  product: Product,
  records: readonly StockRecord[],
  warehouse: Warehouse | null,
): StockOnHand {
  const qty = records.reduce((sum, r) => sum + r.QtyOnHand, 0);
  const allocated = records.reduce((sum, r) => sum + r.AllocatedQty, 0);
  const totalCost = round2(records.reduce((sum, r) => sum + r.QtyOnHand * r.AvgCost, 0));
  const lastModified = Math.max(...records.map((r) => fromWireDate(r.LastModifiedOn) ?? 0));
  return {
    Guid: warehouse ? rowGuid(product.Guid, warehouse.Guid) : product.Guid,
    ProductGuid: product.Guid,
    ProductCode: product.ProductCode,
    ProductDescription: product.ProductDescription,
    ProductGroupName: product.ProductGroup?.GroupName ?? null,
    ProductSourceId: null,
    WarehouseId: warehouse?.Guid ?? '',
    WarehouseCode: warehouse?.WarehouseCode ?? '',
    Warehouse: warehouse?.WarehouseName ?? '',
    QtyOnHand: qty,
    AllocatedQty: allocated,
    AvailableQty: qty - allocated,
    OnPurchase: 0,
    AvgCost: qty > 0 ? round2(totalCost / qty) : (records[0]?.AvgCost ?? 0),
    TotalCost: totalCost,
    DaysSinceLastSale: null,
    LastModifiedOn: records.length > 0 ? toWireDate(lastModified) : null,
  };
}

export function stockOnHandRouter(context: MockContext): Router {
  const { store } = context;

  const warehouseAsked = (req: Request): Warehouse | null | undefined => {
    const code = queryText(req.query.warehouseCode)?.toLowerCase();
    const name = queryText(req.query.warehouseName)?.toLowerCase();
    if (code === undefined && name === undefined) return null;
    return store.data.warehouses.find(
      (w) =>
        (code === undefined || w.WarehouseCode.toLowerCase() === code) &&
        (name === undefined || w.WarehouseName.toLowerCase() === name),
    );
  };

  /** Every row the warehouse filter asks for (undefined warehouse: an unknown one, so no rows). */
  const rows = (warehouse: Warehouse | null | undefined): StockOnHand[] => {
    if (warehouse === undefined) return [];
    const byProduct = new Map<string, StockRecord[]>();
    for (const record of store.data.stock) {
      if (warehouse && record.WarehouseGuid !== warehouse.Guid) continue;
      const list = byProduct.get(record.ProductGuid) ?? [];
      list.push(record);
      byProduct.set(record.ProductGuid, list);
    }
    const products = store.byGuid('products');
    const result: StockOnHand[] = [];
    for (const [productGuid, records] of byProduct) {
      const product = products.get(productGuid);
      if (product) result.push(stockRow(product, records, warehouse));
    }
    return result;
  };

  const select = (req: Request): readonly StockOnHand[] => {
    const q = req.query;
    const filtered = applyFilters(rows(warehouseAsked(req)), [
      modifiedSinceFilter(q.modifiedSince),
      guidListFilter(q.productId, (row) => row.ProductGuid),
      textFilter(q.productCode, (row) => row.ProductCode, 'exact'),
    ]);
    return orderRecords(filtered, q.orderBy, (row) => row.ProductCode);
  };

  const router = pagedRoutes<StockOnHand>(context, {
    path: '/StockOnHand',
    what: 'Product',
    select,
    findOne: (guid) => {
      const product = store.byGuid('products').get(guid);
      if (!product) return undefined;
      return stockRow(
        product,
        store.data.stock.filter((r) => r.ProductGuid === product.Guid),
        null,
      );
    },
  });

  router.get('/StockOnHand/:productGuid/AllWarehouses', (req, res) => {
    const product = store.byGuid('products').get(req.params.productGuid.toLowerCase());
    if (!product) throw notFound('Product');
    sendCached(context.cache, req, res, () => {
      const perWarehouse = store.data.warehouses.flatMap((warehouse) => {
        const records = store.data.stock.filter(
          (r) => r.ProductGuid === product.Guid && r.WarehouseGuid === warehouse.Guid,
        );
        return records.length > 0 ? [stockRow(product, records, warehouse)] : [];
      });
      return paginate(perWarehouse, 1, Math.max(perWarehouse.length, 1));
    });
  });

  return router;
}
