// /admin/stores/{storeId}/products: what the sync brought in, with the store's status, its own name and
// description (R3) and stock (R4).
import { Router } from 'express';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import { pageRequest } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { SyncFreshness } from '../sync/sync-freshness.ts';
import type { CatalogueReader } from './catalogue.reader.ts';
import type { CatalogueService } from './catalogue.service.ts';
import type { Product, ProductStatus } from './catalogue.types.ts';
import type { ProductOverride, ProductOverridesService } from './product-overrides.service.ts';

type StoreProduct = components['schemas']['StoreProduct'];
type StockTotal = { onHand: number; available: number } | undefined;

const toStoreProduct = (
  p: Product,
  stock: StockTotal,
  syncedAt: string | null,
  override: ProductOverride | undefined | null,
): StoreProduct => ({
  guid: p.guid,
  code: p.code,
  description: p.description,
  category: p.categoryName,
  status: p.status,
  obsolete: p.obsolete,
  defaultSellPrice: p.defaultSellPrice,
  imageUrl: p.images.find((image) => image.isDefault)?.url ?? p.images[0]?.url ?? null,
  stock: { onHand: stock?.onHand ?? 0, available: stock?.available ?? 0, syncedAt },
  ...(override ? { override } : {}),
});

export function catalogueAdminRouter(deps: {
  catalogue: Pick<CatalogueReader, 'stockTotals'>;
  catalogueService: CatalogueService;
  overrides: ProductOverridesService;
  stores: StoresService;
  sync: SyncFreshness;
}): Router {
  const router = Router();
  router.post('/admin/stores/:storeId/products/status', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const { status, productGuids, filter } = req.body as components['schemas']['ProductStatusChange'];
    if ((productGuids === undefined) === (filter === undefined)) {
      throw new AppError('validation-failed', 'Give either productGuids or filter.', {
        errors: [{ field: 'productGuids', message: 'give either productGuids or filter' }],
      });
    }
    res.json(await deps.catalogueService.setStatus(store.id, status, { productGuids, filter }));
  });
  router.put('/admin/stores/:storeId/products/:productGuid/status', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const { status } = req.body as { status: ProductStatus };
    res.json(
      await deps.catalogueService.setStatus(store.id, status, { productGuids: [req.params.productGuid] }),
    );
  });
  router.get('/admin/stores/:storeId/products', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const paging = pageRequest(req);
    const { items: products, total } = await deps.catalogueService.findProducts(
      store.id,
      {
        search: typeof req.query.search === 'string' ? req.query.search : undefined,
        status: typeof req.query.status === 'string' ? (req.query.status as ProductStatus) : undefined,
      },
      paging,
    );
    const stockSyncedAt = await deps.sync.lastSucceededAt(store.id, 'stock');
    const stock = await deps.catalogue.stockTotals(
      store.id,
      store.warehouseCodes,
      products.map((p) => p.guid),
    );
    const overrides = await deps.overrides.overridesOf(
      store.id,
      products.map((p) => p.guid),
    );
    const items = products.map((p) =>
      toStoreProduct(p, stock.get(p.guid), stockSyncedAt, overrides.get(p.guid)),
    );
    res.json({ items, ...paging, total });
  });
  router.put('/admin/stores/:storeId/products/:productGuid/override', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const guid = req.params.productGuid;
    const { product, override } = await deps.overrides.setOverride(store.id, guid, req.body);
    const stock = await deps.catalogue.stockTotals(store.id, store.warehouseCodes, [guid]);
    const syncedAt = await deps.sync.lastSucceededAt(store.id, 'stock');
    res.json(toStoreProduct(product, stock.get(guid), syncedAt, override));
  });
  return router;
}
