// /admin/stores/{storeId}/catalogues… (R17) and /admin/stores/{storeId}/categories… : the store's own catalogue
// structure. Every call is scoped to a store the admin can reach (StoresService.get answers 404 otherwise).
import { type Request, Router } from 'express';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { ProductStatus } from '../catalogue/catalogue.types.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { CataloguesService } from './catalogues.service.ts';
import type { CategoriesService } from './categories.service.ts';

/** The name in a create or rename body (catalogues and categories share the draft schema). */
const draftName = (body: unknown) => (body as components['schemas']['CatalogueDraft']).name;

/** What catalogues and categories both are: named things of one store, listed, created, renamed and removed. */
interface NamedCollection {
  list(storeId: string): Promise<unknown[]>;
  create(storeId: string, name: string): Promise<unknown>;
  rename(storeId: string, id: string, name: string): Promise<unknown>;
  remove(storeId: string, id: string): Promise<void>;
}

/** GET and POST `/admin/stores/:storeId/<path>`, PATCH and DELETE `…/<path>/:<idParam>`. */
function namedCollectionRoutes(
  router: Router,
  path: string,
  idParam: string,
  collection: NamedCollection,
  storeOf: (storeId: string) => Promise<string>,
): void {
  const base = `/admin/stores/:storeId/${path}`;
  // The path is built, so Express cannot type its parameters from it; both are always there.
  const storeIdOf = (req: Request) => storeOf(req.params.storeId as string);
  const idOf = (req: Request) => req.params[idParam] as string;
  router.get(base, async (req, res) => {
    res.json({ items: await collection.list(await storeIdOf(req)) });
  });
  router.post(base, async (req, res) => {
    res.status(201).json(await collection.create(await storeIdOf(req), draftName(req.body)));
  });
  router.patch(`${base}/:${idParam}`, async (req, res) => {
    res.json(await collection.rename(await storeIdOf(req), idOf(req), draftName(req.body)));
  });
  router.delete(`${base}/:${idParam}`, async (req, res) => {
    await collection.remove(await storeIdOf(req), idOf(req));
    res.status(204).end();
  });
}

export function cataloguesAdminRouter(deps: {
  catalogues: CataloguesService;
  categories: CategoriesService;
  stores: StoresService;
}): Router {
  const { catalogues, categories } = deps;
  const router = Router();
  const storeOf = async (storeId: string) => (await deps.stores.get(storeId)).id;

  // GET, POST /admin/stores/:storeId/catalogues; PATCH, DELETE /admin/stores/:storeId/catalogues/:catalogueId
  namedCollectionRoutes(router, 'catalogues', 'catalogueId', catalogues, storeOf);
  router.get('/admin/stores/:storeId/catalogues/:catalogueId', async (req, res) => {
    res.json(await catalogues.get(await storeOf(req.params.storeId), req.params.catalogueId));
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

  // GET, POST /admin/stores/:storeId/categories; PATCH, DELETE /admin/stores/:storeId/categories/:categoryId
  namedCollectionRoutes(router, 'categories', 'categoryId', categories, storeOf);
  router.put('/admin/stores/:storeId/categories/:categoryId/products', async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    const { productGuids } = req.body as { productGuids: string[] };
    res.json(await categories.setProducts(storeId, req.params.categoryId, productGuids));
  });
  return router;
}
