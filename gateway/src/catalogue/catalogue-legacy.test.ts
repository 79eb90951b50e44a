// The catalogue of an earlier version (lowdb concerns catalogue, prices, stock, store-catalogues) is copied into
// its tables at first start, records lacking fields added since included, and keeps the store's choices.
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { createCataloguesRepo } from '../custom-catalogues/catalogues.repo.ts';
import { createLogger } from '../http/logging.ts';
import { MemoryBackend } from '../legacy/collections.ts';
import { legacyCollections } from '../legacy/legacy-collections.ts';
import { importLegacyData } from '../legacy/legacy-import.ts';
import { createCatalogueRepo } from './catalogue.repo.ts';

async function oldStorage(storeId: string) {
  const old = new MemoryBackend();
  const put = async (concern: string, name: string, record: { id: string } & Record<string, unknown>) =>
    (await old.collection<typeof record>(concern, name)).put(record);
  // An early product record: no tax code or rate, no images, no minimum price.
  await put('catalogue', 'products', {
    id: `${storeId}:p1`,
    storeId,
    guid: 'p1',
    code: 'OLD-1',
    description: 'Old widget',
    categoryGuid: null,
    categoryName: null,
    defaultSellPrice: 12.5,
    tierPrices: [11],
    taxable: true,
    sellableInUnleashed: true,
    obsolete: false,
    status: 'sellable',
    modifiedAt: '2026-01-01T00:00:00.000Z',
    syncedAt: '2026-01-02T00:00:00.000Z',
  });
  await put('stock', 'stockLevels', {
    id: `${storeId}:p1:MAIN`,
    storeId,
    productGuid: 'p1',
    warehouseCode: 'MAIN',
    onHand: 4,
    allocated: 1,
    available: 3,
    syncedAt: '2026-01-02T00:00:00.000Z',
  });
  await put('store-catalogues', 'catalogues', {
    id: `${storeId}:c1`,
    storeId,
    catalogueId: 'c1',
    name: 'Trade',
    statuses: { p1: 'visible' },
    customerGuids: ['k1'],
    createdAt: '2026-01-03T00:00:00.000Z',
  });
  await put('store-catalogues', 'categories', {
    id: `${storeId}:x`,
    storeId,
    categoryId: 'x',
    name: 'Winter',
    productGuids: ['p2', 'p1'],
    createdAt: '2026-01-03T00:00:00.000Z',
  });
  return old;
}

describe('the catalogue of an earlier version', () => {
  onEachDatabase((db) => {
    it('when imported, then products, stock, catalogues and categories are kept with their statuses and order', async () => {
      const storeId = 'legacy-store';
      const imported = await importLegacyData(
        db(),
        await oldStorage(storeId),
        legacyCollections(db()),
        createLogger('silent'),
      );
      expect(imported).toBe(4);
      const catalogue = createCatalogueRepo(db());
      expect(await catalogue.getProduct(storeId, 'p1')).toMatchObject({
        code: 'OLD-1',
        status: 'sellable',
        taxCode: null,
        images: [],
        minimumSellPrice: null,
        tierPrices: [11],
      });
      expect(await catalogue.stockOf(storeId, 'p1', ['MAIN'])).toEqual({
        onHand: 4,
        allocated: 1,
        available: 3,
      });
      const catalogues = createCataloguesRepo(db());
      expect(await catalogues.getCatalogue(storeId, 'c1')).toMatchObject({
        statuses: { p1: 'visible' },
        customerGuids: ['k1'],
      });
      expect((await catalogues.getCategory(storeId, 'x'))?.productGuids).toEqual(['p2', 'p1']);
    });
  });
});
