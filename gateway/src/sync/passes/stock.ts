// Stock on hand (R4) for each of the store's warehouses, asked warehouse by warehouse so that each row is one
// product in one warehouse; the store sums them per product. Each warehouse has its own cursor (a partition),
// so a warehouse added to the store is read in full; a warehouse the store no longer uses is dropped.
import type { StockLevel } from '../../catalogue/catalogue.types.ts';
import { listStockOnHandChangedSince } from '../../unleashed/operations.ts';
import {
  type AlsoInTransaction,
  type ApplyContext,
  listReader,
  type Pass,
  type PassContext,
  scopeOf,
  tally,
} from './pass.ts';

/** Stores these stock rows of one warehouse; `also` commits with them. */
export async function applyStockLevels(
  ctx: ApplyContext,
  warehouseCode: string,
  mapped: readonly StockLevel[],
  also?: AlsoInTransaction,
): Promise<void> {
  const storeId = ctx.store.id;
  const stored = await ctx.catalogue.getStockLevels(
    storeId,
    warehouseCode,
    mapped.map((level) => level.productGuid),
  );
  const known = new Map(stored.map((level) => [level.productGuid, level]));
  const levels = mapped.filter((level) => tally(ctx.result, known.get(level.productGuid), level));
  await ctx.transaction(async () => {
    await ctx.catalogue.saveStockLevels(levels);
    await also?.();
  });
}

/** Stock per warehouse of the store (resource `stock`). */
export const syncStock: Pass = async (ctx) => {
  let pagesBefore = 0;
  for (const warehouseCode of ctx.store.warehouseCodes) {
    const cursor = await ctx.openCursor(warehouseCode);
    let newest: string | null = null;
    let pagesHere = 0;
    for await (const page of listStockOnHandChangedSince(
      listReader(ctx),
      scopeOf(ctx),
      warehouseCode,
      cursor.start,
    )) {
      await applyStockLevels(ctx, warehouseCode, page.items, async () => {
        if (page.resumeFrom) await cursor.checkpoint(page.resumeFrom);
      });
      newest = page.newest;
      pagesHere = page.pagesDone;
      await ctx.progress(pagesBefore + page.pagesDone, pagesBefore + page.pagesTotal);
    }
    pagesBefore += pagesHere;
    await cursor.complete(newest);
  }
  await dropUnusedWarehouses(ctx);
};

async function dropUnusedWarehouses(ctx: PassContext): Promise<void> {
  const inUse = new Set(ctx.store.warehouseCodes);
  const known = [...(await ctx.catalogue.stockWarehouses(ctx.store.id)), ...(await ctx.listPartitions())];
  for (const code of new Set(known.filter((code) => !inUse.has(code)))) {
    ctx.result.removed += await ctx.catalogue.removeStockOfWarehouse(ctx.store.id, code);
    await ctx.dropPartition(code);
  }
}
