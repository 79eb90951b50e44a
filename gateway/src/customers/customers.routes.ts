// /admin/stores/{storeId}/customers: customers synced from Unleashed with their contacts (the customers page
// proper, with statuses and invitations, comes with issue 4).
import { Router } from 'express';
import { pageOf, pageRequest } from '../http/paging.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { CustomersRepo } from './customers.repo.ts';

export function customersAdminRouter(deps: { customers: CustomersRepo; stores: StoresService }): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/customers', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const search = typeof req.query.search === 'string' ? req.query.search.toLowerCase() : undefined;
    const inStore = req.query.inStore === undefined ? undefined : String(req.query.inStore) === 'true';
    const customers = (await deps.customers.listCustomers(store.id))
      .filter(
        (c) => !search || c.code.toLowerCase().includes(search) || c.name.toLowerCase().includes(search),
      )
      .filter((c) => inStore === undefined || c.inStore === inStore)
      .sort((a, b) => a.code.localeCompare(b.code));
    const contacts = await deps.customers.listContacts(store.id);
    res.json(
      pageOf(customers, pageRequest(req), (c) => ({
        guid: c.guid,
        code: c.code,
        name: c.name,
        customerType: c.customerType,
        currency: c.currency,
        sellPriceTier: c.sellPriceTier,
        discountRate: c.discountRate,
        inStore: c.inStore,
        contacts: contacts
          .filter((contact) => contact.customerGuid === c.guid)
          .map(({ guid, firstName, lastName, email, isDefault, forOrdering, syncState }) => ({
            guid,
            firstName,
            lastName,
            email,
            isDefault,
            forOrdering,
            syncState,
          })),
      })),
    );
  });
  return router;
}
