// The two short lookup lists: product groups (shown as categories) and sell price tiers. Both are read by
// modifiedSince in Unleashed's own order. Categories belong to the store once synced (R3), so a group that
// disappears from Unleashed is not removed here.

import { listProductGroupsChangedSince, listSellPriceTiersChangedSince } from '../../unleashed/operations.ts';
import { type Pass, passOverChanges, tally } from './pass.ts';

/** Product groups → categories (resource `productGroups`); each page is stored without a checkpoint. */
export const syncProductGroups: Pass = (ctx) =>
  passOverChanges(ctx, listProductGroupsChangedSince, async (categories) => {
    const writes = [];
    for (const category of categories) {
      if (tally(ctx.result, await ctx.catalogue.getCategory(ctx.store.id, category.guid), category))
        writes.push(category);
    }
    await ctx.catalogue.saveCategories(writes);
  });

/** The account's sell price tiers (resource `sellPriceTiers`); each page is stored without a checkpoint. */
export const syncSellPriceTiers: Pass = (ctx) =>
  passOverChanges(ctx, listSellPriceTiersChangedSince, async (tiers) => {
    const writes = [];
    for (const tier of tiers) {
      if (tally(ctx.result, await ctx.catalogue.getPriceTier(ctx.store.id, tier.number), tier))
        writes.push(tier);
    }
    await ctx.catalogue.savePriceTiers(writes);
  });
