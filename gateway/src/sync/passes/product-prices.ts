// ProductPrices rows: customer-specific prices and quantity breaks (R17a). A row is stored by its GUID even
// when its product or customer has not arrived yet, so no pass depends on another having succeeded first.
import type { PriceRule } from '../../catalogue/catalogue.types.ts';
import { priceRowLabel, toPriceRule } from '../../unleashed/mapper.ts';
import type { UProductPrice } from '../../unleashed/types.ts';
import { readChanges } from '../paging.ts';
import { type Pass, skip, tally } from './pass.ts';

/** Price rules (resource `productPrices`). */
export const syncProductPrices: Pass = async (ctx) => {
  const storeId = ctx.store.id;
  const cursor = await ctx.openCursor();
  let newest: string | null = null;
  for await (const page of readChanges<UProductPrice>(ctx, 'ProductPrices', {}, cursor.start)) {
    const rules: PriceRule[] = [];
    for (const item of page.items) {
      const rule = toPriceRule(item, storeId);
      if (!rule) {
        skip(ctx.result, {
          key: priceRowLabel(item),
          reason: 'unknown-reference',
          detail: 'A product-group price: the store keeps prices per product.',
        });
        continue;
      }
      if (tally(ctx.result, await ctx.catalogue.getPriceRule(storeId, rule.guid), rule)) rules.push(rule);
    }
    await ctx.catalogue.savePriceRules(rules);
    if (page.resumeFrom) await cursor.checkpoint(page.resumeFrom);
    newest = page.newest;
    await ctx.progress(page.pagesDone, page.pagesTotal);
  }
  await cursor.complete(newest);
};
