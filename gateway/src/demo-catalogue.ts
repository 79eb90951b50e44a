// Demo mode only: right after bootstrap connects the demo store, its first sync runs and a sensible part of the
// seed becomes Sellable - the DEMO-* anchors and every product of the first few product groups (by name), within
// the plan's product limit (R7) - so a newcomer can order at once. It goes through the catalogue service like an
// admin's bulk action, runs once (bootstrap calls it only when it creates the store) and does nothing when
// any product is already listed, so it never overrides an admin's choice.

import { PLAN_LIMITS } from './account/plans.ts';
import type { GatewayServices } from './app.ts';
import type { Product } from './catalogue/catalogue.types.ts';

/** How many product groups the demo store sells besides the anchors. */
export const DEMO_GROUPS = 3;

/** The products the demo store makes Sellable: anchors first, then whole groups while they fit under `limit`. */
export function pickDemoProducts(products: readonly Product[], limit: number | null): Product[] {
  const orderable = products.filter((p) => !p.obsolete && p.sellableInUnleashed);
  const picked = orderable.filter((p) => p.code.startsWith('DEMO-'));
  const room = (limit ?? Number.POSITIVE_INFINITY) - picked.length;
  const groups = [...new Set(orderable.map((p) => p.categoryName).filter((n): n is string => !!n))].sort();
  let added = 0;
  for (const group of groups.slice(0, DEMO_GROUPS)) {
    const members = orderable.filter((p) => p.categoryName === group && !picked.includes(p));
    if (added + members.length > room) break;
    picked.push(...members);
    added += members.length;
  }
  return picked.slice(0, Math.max(0, limit ?? picked.length));
}

/** Runs the demo store's first sync and makes the demo selection Sellable; returns how many products it listed. */
export async function seedDemoCatalogue(
  services: Pick<GatewayServices, 'sync' | 'catalogue' | 'account'>,
  storeId: string,
  logger: { info(fields: object, message: string): void; warn(fields: object, message: string): void },
): Promise<number> {
  const run = await services.sync.runSync(storeId, 'startup');
  const { items: products } = await services.catalogue.findProducts(storeId, {});
  if (products.length === 0) {
    logger.warn({ storeId, runId: run.id, status: run.status }, 'demo: the first sync brought no products');
    return 0;
  }
  if (products.some((p) => p.status !== 'hidden')) return 0;
  const picked = pickDemoProducts(products, PLAN_LIMITS[await services.account.plan()].products);
  if (picked.length === 0) return 0;
  const result = await services.catalogue.setStatus(storeId, 'sellable', {
    productGuids: picked.map((p) => p.guid),
  });
  logger.info({ storeId, sellable: result.changed }, 'demo: products made Sellable');
  return result.changed;
}
