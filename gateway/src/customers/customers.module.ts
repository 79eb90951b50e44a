// Builds the customers domain (R5, R6, R7): the customers and contacts the sync brings in, which of them are in
// the store, and the admin's customers page. Other domains read it through the directory and the reader; the
// sync writes through the sync target.
import type { AccountService } from '../account/account.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { CustomerReader, CustomerSyncTarget } from './customers.reader.ts';
import { createCustomersRepo } from './customers.repo.ts';
import { customersAdminRouter } from './customers.routes.ts';
import { type ContactAccess, createCustomerDirectory, createCustomersService } from './customers.service.ts';

export interface CustomersModuleDeps {
  account: AccountService;
  stores: StoresService;
  /** Who of the contacts may sign in (the buyer-access domain, built after this one: read when asked). */
  access: () => ContactAccess;
}

export function createCustomersModule(ctx: GatewayContext, deps: CustomersModuleDeps) {
  const repo = createCustomersRepo(ctx.db, ctx.versions);
  const directory = createCustomerDirectory(repo);
  const access: ContactAccess = {
    describe: (...args) => deps.access().describe(...args),
    closeCustomer: (...args) => deps.access().closeCustomer(...args),
  };
  const service = createCustomersService({
    repo,
    directory,
    account: deps.account,
    access,
    clock: ctx.clock,
    audit: ctx.audit,
    transaction: ctx.transaction,
  });
  const routes: ModuleRoutes = { admin: [customersAdminRouter({ customers: service, stores: deps.stores })] };
  const reader: CustomerReader = repo;
  const syncTarget: CustomerSyncTarget = repo;
  return { service, directory, reader, syncTarget, countInStore: repo.countInStore, routes };
}
