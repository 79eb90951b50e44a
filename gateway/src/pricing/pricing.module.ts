// Builds the pricing domain (R17a): the admin's explanation of the price a customer pays for a product, and the
// per-customer price check of quantity breaks that raise the unit price.
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createPriceCheck } from './price-check.service.ts';
import { createPriceExplanation } from './price-explanation.service.ts';
import { pricesAdminRouter } from './prices.routes.ts';

export function createPricingModule(
  ctx: GatewayContext,
  deps: { catalogue: CatalogueReader; directory: CustomerDirectory; stores: StoresService },
) {
  const prices = createPriceExplanation({ ...deps, clock: ctx.clock });
  const check = createPriceCheck({ ...deps, clock: ctx.clock });
  const routes: ModuleRoutes = { admin: [pricesAdminRouter(prices, check)] };
  return { routes };
}
