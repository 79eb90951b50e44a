// Builds the catalogue domain: products, prices and stock as the sync brought them in, the store's statuses
// (R3, R4) and catalogues (R17), the admin's product pages and the buyer's catalogue. Other domains read it
// through `reader` and `statuses`; the sync writes through `syncTarget`.

import type { AccountService } from '../account/account.service.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Customer } from '../customers/customers.types.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { RuleBook } from '../order-rules/order-rules.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { SyncFreshness } from '../sync/sync-freshness.ts';
import { buyerCatalogueRouter } from './buyer-catalogue.routes.ts';
import { createBuyerCatalogueService } from './buyer-catalogue.service.ts';
import { type CatalogueSyncTarget, catalogueReader, catalogueSyncTarget } from './catalogue.reader.ts';
import { createCatalogueRepo } from './catalogue.repo.ts';
import { catalogueAdminRouter } from './catalogue.routes.ts';
import { createCatalogueService } from './catalogue.service.ts';
import { createCataloguesRepo } from './catalogues.repo.ts';
import { cataloguesAdminRouter } from './catalogues.routes.ts';
import { createCataloguesService } from './catalogues.service.ts';
import { createCategoriesService } from './categories.service.ts';
import { createEffectiveStatuses } from './effective-status.ts';
import { createProductOverridesRepo } from './product-overrides.repo.ts';
import { createProductOverridesService } from './product-overrides.service.ts';

export interface CatalogueModuleDeps {
  account: AccountService;
  customers: CustomerReader;
  stores: StoresService;
  freshness: SyncFreshness;
  /** The order rules (B4) each buyer product shows; built later by the orders domain, so asked when needed. */
  orderRules: { ruleBook(storeId: string, customer: Customer): Promise<RuleBook> };
}

export function createCatalogueModule(ctx: GatewayContext, deps: CatalogueModuleDeps) {
  const { db, clock, versions } = ctx;
  const { account, customers, stores } = deps;
  const catalogue = createCatalogueRepo(db);
  const catalogues = createCataloguesRepo(db);
  const statuses = createEffectiveStatuses({ catalogue, catalogues, versions });
  const overrides = createProductOverridesRepo(db, versions);
  const overrideService = createProductOverridesService({
    ...{ db, catalogue, overrides, audit: ctx.audit, clock },
  });
  const service = createCatalogueService({ db, catalogue, account, statuses, audit: ctx.audit });
  const buyerCatalogue = createBuyerCatalogueService({
    catalogue,
    customers,
    catalogues,
    overrides,
    statuses,
    versions,
    clock,
    orderRules: deps.orderRules,
  });
  const routes: ModuleRoutes = {
    buyer: [buyerCatalogueRouter({ catalogue: buyerCatalogue, stores, sync: deps.freshness, versions })],
    admin: [
      catalogueAdminRouter({
        ...{ catalogue, catalogueService: service, stores, sync: deps.freshness },
        overrides: overrideService,
      }),
      cataloguesAdminRouter({
        catalogues: createCataloguesService({
          db,
          repo: catalogues,
          catalogue,
          base: service,
          customers,
          statuses,
          account,
          clock,
          audit: ctx.audit,
        }),
        categories: createCategoriesService({ db, repo: catalogues, catalogue, clock, audit: ctx.audit }),
        stores,
      }),
    ],
  };
  const reader = catalogueReader(catalogue, overrides);
  const syncTarget: CatalogueSyncTarget = catalogueSyncTarget(catalogue, catalogues);
  return { service, statuses, reader, syncTarget, routes, overrides };
}
