// Builds the custom catalogues domain (R17): the store's own catalogues over the Base (a product's status for
// the customers assigned), the store categories, the admin's pages for both, and the statuses a buyer sees (the
// most permissive of Base and its customer's catalogues), which the cart, orders and the buyer's catalogue read.
import type { AccountService } from '../account/account.service.ts';
import type { BaseCatalogue } from '../catalogue/catalogue.reader.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createCataloguesRepo } from './catalogues.repo.ts';
import { cataloguesAdminRouter } from './catalogues.routes.ts';
import { createCataloguesService } from './catalogues.service.ts';
import { createCategoriesService } from './categories.service.ts';
import type { CatalogueListings, CustomerCatalogues } from './custom-catalogues.reader.ts';
import { createEffectiveStatuses } from './effective-status.ts';

export interface CustomCataloguesModuleDeps {
  /** The Base catalogue as synced, and its service (a status change in Base goes through it). */
  catalogue: BaseCatalogue;
  base: CatalogueService;
  account: AccountService;
  customers: CustomerReader;
  stores: StoresService;
}

export function createCustomCataloguesModule(ctx: GatewayContext, deps: CustomCataloguesModuleDeps) {
  const { db, clock, versions } = ctx;
  const { catalogue, customers, stores } = deps;
  const catalogues = createCataloguesRepo(db);
  const statuses = createEffectiveStatuses({ catalogue, catalogues, versions });
  const service = createCataloguesService({
    ...{ db, repo: catalogues, catalogue, base: deps.base, customers, statuses },
    ...{ account: deps.account, clock, audit: ctx.audit },
  });
  const categories = createCategoriesService({ db, repo: catalogues, catalogue, clock, audit: ctx.audit });
  const routes: ModuleRoutes = {
    admin: [cataloguesAdminRouter({ catalogues: service, categories, stores })],
  };
  const listings: CatalogueListings = catalogues;
  const forBuyers: CustomerCatalogues = catalogues;
  return { statuses, listings, forBuyers, routes };
}
