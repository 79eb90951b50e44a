// Builds the buyer's catalogue: the products a signed-in buyer may see (R17), with the store's names, the
// customer's own prices (R17a), stock bands (R17b) and order rules (B4), cached per data version.
import type { BaseCatalogue, ProductNames } from '../catalogue/catalogue.reader.ts';
import type { CustomerCatalogues } from '../custom-catalogues/custom-catalogues.reader.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Customer } from '../customers/customers.types.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { RuleBook } from '../order-rules/order-rules.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { SyncFreshness } from '../sync/sync-freshness.ts';
import { buyerCatalogueRouter } from './buyer-catalogue.routes.ts';
import { createBuyerCatalogueService } from './buyer-catalogue.service.ts';

export interface BuyerCatalogueModuleDeps {
  catalogue: BaseCatalogue;
  names: ProductNames;
  catalogues: CustomerCatalogues;
  statuses: EffectiveStatuses;
  customers: CustomerReader;
  stores: StoresService;
  freshness: SyncFreshness;
  /** The order rules (B4) each buyer product shows; built later by the orders domain, so asked when needed. */
  orderRules: { ruleBook(storeId: string, customer: Customer): Promise<RuleBook> };
}

export function createBuyerCatalogueModule(ctx: GatewayContext, deps: BuyerCatalogueModuleDeps) {
  const { versions } = ctx;
  const service = createBuyerCatalogueService({
    ...{ catalogue: deps.catalogue, customers: deps.customers, catalogues: deps.catalogues },
    ...{
      overrides: deps.names,
      statuses: deps.statuses,
      versions,
      clock: ctx.clock,
      orderRules: deps.orderRules,
    },
  });
  const routes: ModuleRoutes = {
    buyer: [
      buyerCatalogueRouter({ catalogue: service, stores: deps.stores, sync: deps.freshness, versions }),
    ],
  };
  return { routes };
}
