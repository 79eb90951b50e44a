// /admin/stores/{storeId}/catalogues… (R17) and /admin/stores/{storeId}/categories… : the store's own catalogue
// structure. Every call is scoped to a store the admin can reach (StoresService.get answers 404 otherwise).
import { Router } from 'express';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { ProductStatus } from '../catalogue/catalogue.types.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { CataloguesService } from './catalogues.service.ts';
import type { CategoriesService } from './categories.service.ts';

export function cataloguesAdminRouter(deps: {
  catalogues: CataloguesService;
  categories: CategoriesService;
  stores: StoresService;
}): Router {
  const { catalogues, categories } = deps;
  const router = Router();
  const storeOf = async (storeId: string) => (await deps.stores.get(storeId)).id;
  const name = (body: unknown) => (body as components['schemas']['CatalogueDraft']).name;

  router.get('/admin/stores/:storeId/catalogues', async (req, res) => {
    res.json({ items: await catalogues.list(await storeOf(req.params.storeId)) });
  });
  router.post('/admin/stores/:storeId/catalogues', async (req, res) => {
    res.status(201).json(await catalogues.create(await storeOf(req.params.storeId), name(req.body)));
  });
  router.get('/admin/stores/:storeId/catalogues/:catalogueId', async (req, res) => {
    res.json(await catalogues.get(await storeOf(req.params.storeId), req.params.catalogueId));
  });
  router.patch('/admin/stores/:storeId/catalogues/:catalogueId', async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    res.json(await catalogues.rename(storeId, req.params.catalogueId, name(req.body)));
  });
  router.delete('/admin/stores/:storeId/catalogues/:catalogueId', async (req, res) => {
    await catalogues.remove(await storeOf(req.params.storeId), req.params.catalogueId);
    res.status(204).end();
  });
  router.post('/admin/stores/:storeId/catalogues/:catalogueId/products/status', async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    const { status, productGuids } = req.body as components['schemas']['CatalogueStatusChange'];
    res.json(await catalogues.setStatus(storeId, req.params.catalogueId, status, productGuids));
  });
  router.put(
    '/admin/stores/:storeId/catalogues/:catalogueId/products/:productGuid/status',
    async (req, res) => {
      const storeId = await storeOf(req.params.storeId);
      const { status } = req.body as { status: ProductStatus };
      res.json(await catalogues.setStatus(storeId, req.params.catalogueId, status, [req.params.productGuid]));
    },
  );
  router.put('/admin/stores/:storeId/catalogues/:catalogueId/customers/:customerGuid', async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    res.json(await catalogues.assign(storeId, req.params.catalogueId, req.params.customerGuid, true));
  });
  router.delete(
    '/admin/stores/:storeId/catalogues/:catalogueId/customers/:customerGuid',
    async (req, res) => {
      const storeId = await storeOf(req.params.storeId);
      res.json(await catalogues.assign(storeId, req.params.catalogueId, req.params.customerGuid, false));
    },
  );

  router.get('/admin/stores/:storeId/categories', async (req, res) => {
    res.json({ items: await categories.list(await storeOf(req.params.storeId)) });
  });
  router.post('/admin/stores/:storeId/categories', async (req, res) => {
    res.status(201).json(await categories.create(await storeOf(req.params.storeId), name(req.body)));
  });
  router.patch('/admin/stores/:storeId/categories/:categoryId', async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    res.json(await categories.rename(storeId, req.params.categoryId, name(req.body)));
  });
  router.delete('/admin/stores/:storeId/categories/:categoryId', async (req, res) => {
    await categories.remove(await storeOf(req.params.storeId), req.params.categoryId);
    res.status(204).end();
  });
  router.put('/admin/stores/:storeId/categories/:categoryId/products', async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    const { productGuids } = req.body as { productGuids: string[] };
    res.json(await categories.setProducts(storeId, req.params.categoryId, productGuids));
  });
  return router;
}
