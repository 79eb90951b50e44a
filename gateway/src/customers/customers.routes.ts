// The customers page (R11): customers with their contacts by status, one customer's contacts, and adding or
// removing a customer from the store (R7).
import { Router } from 'express';
import { pageRequest } from '../http/paging.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { CustomersQuery, CustomersService } from './customers.service.ts';

export function customersAdminRouter(deps: { customers: CustomersService; stores: StoresService }): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/customers', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const q = req.query as Record<string, string | undefined>;
    const query: CustomersQuery = {
      search: q.search,
      customerType: q.customerType,
      contactStatus: q.contactStatus as CustomersQuery['contactStatus'],
      inStore: q.inStore === undefined ? undefined : String(q.inStore) === 'true',
    };
    res.json(await deps.customers.listCustomers(store.id, query, pageRequest(req)));
  });
  router.get('/admin/stores/:storeId/customer-types', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    res.json({ items: await deps.customers.customerTypes(store.id) });
  });
  router.get('/admin/stores/:storeId/customers/:customerGuid/contacts', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const status = req.query.status as 'active' | 'pending' | 'inactive' | undefined;
    res.json(await deps.customers.customerContacts(store.id, req.params.customerGuid, status));
  });
  router.put('/admin/stores/:storeId/customers/:customerGuid/membership', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const { inStore } = req.body as { inStore: boolean };
    res.json(await deps.customers.setMembership(store.id, req.params.customerGuid, inStore));
  });
  return router;
}
