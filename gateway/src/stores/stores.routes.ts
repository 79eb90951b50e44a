// /admin/stores, /admin/stores/{storeId}, /admin/stores/{storeId}/connection.
import { Router } from 'express';
import {
  type Credentials,
  type StoreCreate,
  type StoreSettings,
  type StoresService,
  toPublicStore,
} from './stores.service.ts';

export function storesRouter(stores: StoresService): Router {
  const router = Router();
  router.get('/admin/stores', async (_req, res) => {
    res.json({ items: (await stores.list()).map(toPublicStore) });
  });
  router.post('/admin/stores', async (req, res) => {
    res.status(201).json(toPublicStore(await stores.create(req.body as StoreCreate)));
  });
  router.get('/admin/stores/:storeId', async (req, res) => {
    res.json(toPublicStore(await stores.get(req.params.storeId)));
  });
  router.patch('/admin/stores/:storeId', async (req, res) => {
    res.json(toPublicStore(await stores.update(req.params.storeId, req.body as StoreSettings)));
  });
  router.put('/admin/stores/:storeId/connection', async (req, res) => {
    res.json(toPublicStore(await stores.reconnect(req.params.storeId, req.body as Credentials)));
  });
  return router;
}
