// Products, obsolete ones included (R6: flagged obsolete, gone from the catalog). The store's status survives
// every sync (R3); a product new to the store arrives Hidden, and so does one that comes back from obsolete, so
// the plan's product limit is never crossed by surprise (R7). A returning product that custom catalogues still
// list would be counted again: it keeps those listings only while the plan has room, otherwise it leaves those
// catalogues and the run reports it (R7). When a product's default sell price changes, its discount price rules
// follow it (Unleashed recomputes them without marking the rows modified).
import type { PriceRule, Product } from '../../catalogue/catalogue.types.ts';
import { toCents } from '../../unleashed/mapper.ts';
import { listProductsChangedSince } from '../../unleashed/operations.ts';
import {
  type AlsoInTransaction,
  type ApplyContext,
  type Pass,
  passOverChanges,
  skip,
  tally,
} from './pass.ts';

function statusAfterSync(before: Product | undefined, after: Product): Product['status'] {
  if (!before || (before.obsolete && !after.obsolete)) return 'hidden';
  return before.status;
}

async function repricedRules(ctx: ApplyContext, product: Product): Promise<PriceRule[]> {
  const sell = product.defaultSellPrice ?? 0;
  const rules = await ctx.catalogue.listPriceRules(ctx.store.id, product.guid);
  return rules.flatMap((rule) => {
    if (rule.discountPercent === null) return [];
    const price = toCents(sell * (1 - rule.discountPercent / 100)) / 100;
    return price === rule.price ? [] : [{ ...rule, price }];
  });
}

/**
 * Of the products coming back from obsolete, those custom catalogues list count again once stored (R7): the
 * plan's room admits them in order; the GUIDs of the rest, to be unlisted, each reported as a plan-limit skip.
 */
async function listingsWithoutRoom(ctx: ApplyContext, returning: readonly Product[]): Promise<string[]> {
  if (returning.length === 0) return [];
  const storeId = ctx.store.id;
  const listings = await ctx.catalogue.listingsOf(
    storeId,
    returning.map((product) => product.guid),
  );
  if (listings.size === 0) return [];
  let room = await ctx.limits.productsAllowed(storeId);
  if (room === null) return [];
  const lift = await ctx.limits.productsLift(storeId);
  const unlisted: string[] = [];
  for (const product of returning) {
    const names = listings.get(product.guid);
    if (!names) continue;
    if (room > 0) {
      room--;
      continue;
    }
    unlisted.push(product.guid);
    skip(ctx.result, {
      key: product.code,
      reason: 'plan-limit',
      detail: `Back from obsolete, but no longer listed in ${names.join(', ')}: the store plan's product limit is reached. List it again once the plan has room.${lift}`,
    });
  }
  return unlisted;
}

/** Stores these products as Unleashed has them (with R3, R6, R7 above); `also` commits with them. */
export async function applyProducts(
  ctx: ApplyContext,
  mapped: readonly Product[],
  also?: AlsoInTransaction,
): Promise<void> {
  const storeId = ctx.store.id;
  const products: Product[] = [];
  const rules: PriceRule[] = [];
  const stored = await ctx.catalogue.getProducts(
    storeId,
    mapped.map((product) => product.guid),
  );
  const known = new Map(stored.map((product) => [product.guid, product]));
  for (const product of mapped) {
    const before = known.get(product.guid);
    product.status = statusAfterSync(before, product);
    if (before && !before.obsolete && product.obsolete) {
      ctx.result.removed++;
      products.push(product);
    } else if (tally(ctx.result, before, product)) {
      products.push(product);
    }
    if (before && before.defaultSellPrice !== product.defaultSellPrice)
      rules.push(...(await repricedRules(ctx, product)));
  }
  const returning = mapped.filter((product) => known.get(product.guid)?.obsolete && !product.obsolete);
  const unlisted = await listingsWithoutRoom(ctx, returning);
  await ctx.transaction(async () => {
    await ctx.catalogue.unlistEverywhere(storeId, unlisted);
    await ctx.catalogue.saveProducts(products);
    await ctx.catalogue.savePriceRules(rules);
    await also?.();
  });
}

/**
 * A product Unleashed no longer has (deleted there; a webhook said so): gone from the catalog as an obsolete one
 * is (R6), its store status kept should it ever come back. The sync never sees a deletion, only obsolete records.
 */
export async function applyProductGone(ctx: ApplyContext, guid: string): Promise<string | undefined> {
  const [before] = await ctx.catalogue.getProducts(ctx.store.id, [guid]);
  if (!before || before.obsolete) return before?.code;
  ctx.result.removed++;
  await ctx.transaction(() =>
    ctx.catalogue.saveProducts([{ ...before, obsolete: true, syncedAt: ctx.now() }]),
  );
  return before.code;
}

/** The products pass (resource `products`). */
export const syncProducts: Pass = (ctx) =>
  passOverChanges(ctx, listProductsChangedSince, (items, also) => applyProducts(ctx, items, also));
