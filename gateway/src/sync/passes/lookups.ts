// The two short lookup lists: product groups (shown as categories) and sell price tiers. Both are read by
// modifiedSince in Unleashed's own order. Categories belong to the store once synced (R3), so a group that
// disappears from Unleashed is not removed here.

import { listProductGroupsChangedSince, listSellPriceTiersChangedSince } from '../../unleashed/operations.ts';
import { listReader, type Pass, scopeOf, tally } from './pass.ts';

/** Product groups → categories (resource `productGroups`). */
export const syncProductGroups: Pass = async (ctx) => {
  const cursor = await ctx.openCursor();
  let newest: string | null = null;
  for await (const page of listProductGroupsChangedSince(listReader(ctx), scopeOf(ctx), cursor.start)) {
    const writes = [];
    for (const category of page.items) {
      if (tally(ctx.result, await ctx.catalogue.getCategory(ctx.store.id, category.guid), category))
        writes.push(category);
    }
    await ctx.catalogue.saveCategories(writes);
    newest = page.newest;
    await ctx.progress(page.pagesDone, page.pagesTotal);
  }
  await cursor.complete(newest);
};

/** The account's sell price tiers (resource `sellPriceTiers`). */
export const syncSellPriceTiers: Pass = async (ctx) => {
  const cursor = await ctx.openCursor();
  let newest: string | null = null;
  for await (const page of listSellPriceTiersChangedSince(listReader(ctx), scopeOf(ctx), cursor.start)) {
    const writes = [];
    for (const tier of page.items) {
      if (tally(ctx.result, await ctx.catalogue.getPriceTier(ctx.store.id, tier.number), tier))
        writes.push(tier);
    }
    await ctx.catalogue.savePriceTiers(writes);
    newest = page.newest;
    await ctx.progress(page.pagesDone, page.pagesTotal);
  }
  await cursor.complete(newest);
};
