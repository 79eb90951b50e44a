// The two short lookup lists: product groups (shown as categories) and sell price tiers. Both are read by
// modifiedSince in Unleashed's own order. Categories belong to the store once synced (R3), so a group that
// disappears from Unleashed is not removed here.

import { listProductGroupsChangedSince, listSellPriceTiersChangedSince } from '../../unleashed/operations.ts';
import { type ListChanges, type Pass, type PassContext, passOverChanges, tally } from './pass.ts';

/** A pass storing each page's new and changed records (`stored` finds a record's copy), without a checkpoint. */
function lookupPass<T extends object>(
  listChanges: ListChanges<T>,
  stored: (ctx: PassContext, record: T) => Promise<T | undefined>,
  save: (ctx: PassContext, records: T[]) => Promise<void>,
): Pass {
  return (ctx) =>
    passOverChanges(ctx, listChanges, async (records) => {
      const writes: T[] = [];
      for (const record of records) {
        if (tally(ctx.result, await stored(ctx, record), record)) writes.push(record);
      }
      await save(ctx, writes);
    });
}

/** Product groups → categories (resource `productGroups`). */
export const syncProductGroups = lookupPass(
  listProductGroupsChangedSince,
  (ctx, category) => ctx.catalogue.getCategory(ctx.store.id, category.guid),
  (ctx, categories) => ctx.catalogue.saveCategories(categories),
);

/** The account's sell price tiers (resource `sellPriceTiers`). */
export const syncSellPriceTiers = lookupPass(
  listSellPriceTiersChangedSince,
  (ctx, tier) => ctx.catalogue.getPriceTier(ctx.store.id, tier.number),
  (ctx, tiers) => ctx.catalogue.savePriceTiers(tiers),
);
