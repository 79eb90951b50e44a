// Builds the Base catalogue domain: products, prices and stock as the sync brought them in from Unleashed, the
// store's statuses (R3, R4) and own names, and the admin's product pages. Other domains read it through `reader`
// and `base` (catalogue.reader.ts); the sync writes through the target `syncTargetWith` makes.

import type { AccountService } from '../account/account.service.ts';
import type { CatalogueListings } from '../custom-catalogues/custom-catalogues.reader.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { SyncFreshness } from '../sync/sync-freshness.ts';
import {
  type BaseCatalogue,
  type CatalogueSyncTarget,
  catalogueReader,
  catalogueSyncTarget,
  type ProductNames,
} from './catalogue.reader.ts';
import { createCatalogueRepo } from './catalogue.repo.ts';
import { catalogueAdminRouter } from './catalogue.routes.ts';
import { createCatalogueService } from './catalogue.service.ts';
import { createProductOverridesRepo } from './product-overrides.repo.ts';
import { createProductOverridesService } from './product-overrides.service.ts';

export interface CatalogueModuleDeps {
  account: AccountService;
  stores: StoresService;
  freshness: SyncFreshness;
}

export function createCatalogueModule(ctx: GatewayContext, deps: CatalogueModuleDeps) {
  const { db, clock, versions } = ctx;
  const { account, stores } = deps;
  const catalogue = createCatalogueRepo(db);
  const overrides = createProductOverridesRepo(db, versions);
  const overrideService = createProductOverridesService({
    ...{ db, catalogue, overrides, audit: ctx.audit, clock },
  });
  // R7 counts the products listed in Base or any custom catalogue: the repository counts both.
  const service = createCatalogueService({ db, catalogue, account, statuses: catalogue, audit: ctx.audit });
  const routes: ModuleRoutes = {
    admin: [
      catalogueAdminRouter({
        ...{ catalogue, catalogueService: service, stores, sync: deps.freshness },
        overrides: overrideService,
      }),
    ],
  };
  const reader = catalogueReader(catalogue, overrides);
  const base: BaseCatalogue = catalogue;
  const names: ProductNames = overrides;
  const syncTargetWith = (listings: CatalogueListings): CatalogueSyncTarget =>
    catalogueSyncTarget(catalogue, listings);
  return { service, reader, base, names, syncTargetWith, routes };
}
