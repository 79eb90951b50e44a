// ProductPrices rows: customer-specific prices and quantity breaks (R17a). A row is stored by its GUID even
// when its product or customer has not arrived yet, so no pass depends on another having succeeded first.
// A row removed in Unleashed never shows in a read of changes, so once a day the pass reads every row instead
// and removes the stored ones Unleashed no longer has: a buyer stops getting a price that is gone within a day.
import type { PriceRule } from '../../catalogue/catalogue.types.ts';
import { listProductPricesChangedSince } from '../../unleashed/operations.ts';
import { listReader, type Pass, scopeOf, skip, tally } from './pass.ts';

const WHOLE_READ_EVERY_MS = 24 * 3_600_000;

/** Price rules (resource `productPrices`). */
export const syncProductPrices: Pass = async (ctx) => {
  const storeId = ctx.store.id;
  const cursor = await ctx.openCursor();
  const { fullReadAt, resumeFrom } = cursor.cursor;
  const wholeRead =
    resumeFrom === null &&
    (!fullReadAt || Date.parse(ctx.now()) - Date.parse(fullReadAt) >= WHOLE_READ_EVERY_MS);
  const seen = new Set<string>();
  let newest: string | null = null;
  for await (const page of listProductPricesChangedSince(
    listReader(ctx),
    scopeOf(ctx),
    wholeRead ? null : cursor.start,
  )) {
    const mapped: PriceRule[] = [];
    for (const { rule, label } of page.items) {
      if (rule) mapped.push(rule);
      else
        skip(ctx.result, {
          key: label,
          reason: 'unknown-reference',
          detail: 'A product-group price: the store keeps prices per product.',
        });
    }
    const stored = await ctx.catalogue.getPriceRules(
      storeId,
      mapped.map((rule) => rule.guid),
    );
    const known = new Map(stored.map((rule) => [rule.guid, rule]));
    for (const rule of mapped) seen.add(rule.guid);
    const rules = mapped.filter((rule) => tally(ctx.result, known.get(rule.guid), rule));
    await ctx.transaction(async () => {
      await ctx.catalogue.savePriceRules(rules);
      if (page.resumeFrom) await cursor.checkpoint(page.resumeFrom);
    });
    newest = page.newest;
    await ctx.progress(page.pagesDone, page.pagesTotal);
  }
  if (wholeRead) {
    const gone = (await ctx.catalogue.listPriceRules(storeId)).filter((rule) => !seen.has(rule.guid));
    ctx.result.removed += await ctx.catalogue.removePriceRules(
      storeId,
      gone.map((rule) => rule.guid),
    );
  }
  await cursor.complete(newest, { fullRead: wholeRead });
};
