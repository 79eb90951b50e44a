// The catalogue repository on both databases: the plan count (R7), stock sums (R4), the admin list's filters and
// paging in SQL, and sync pages that keep the store's status (R3) and move the data version once per page.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aProduct } from '../../test/catalogue-fixtures.ts';
import { onEachDatabase } from '../../test/databases.ts';
import { createCataloguesRepo } from '../custom-catalogues/catalogues.repo.ts';
import { createEffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import { createDataVersions } from '../db/data-versions.ts';
import { createCatalogueRepo } from './catalogue.repo.ts';
import type { StockLevel } from './catalogue.types.ts';

const level = (storeId: string, productGuid: string, warehouseCode: string, onHand: number): StockLevel => ({
  id: `${storeId}:${productGuid}:${warehouseCode}`,
  storeId,
  productGuid,
  warehouseCode,
  onHand,
  allocated: 1,
  available: onHand - 1,
  modifiedAt: null,
  syncedAt: '2026-11-02T00:00:00.000Z',
});

const newStore = () => `s-${randomUUID().slice(0, 8)}`;

describe('the catalogue repository', () => {
  onEachDatabase((db) => {
    it('counts Visible and Sellable products of the store that are not obsolete, and those a catalogue lists (R7)', async () => {
      const [a, b] = [newStore(), newStore()];
      const repo = createCatalogueRepo(db());
      const catalogues = createCataloguesRepo(db());
      await repo.saveProducts([
        aProduct(a, 'p1', { status: 'hidden' }),
        aProduct(a, 'p2', { status: 'visible' }),
        aProduct(a, 'p3', { status: 'sellable' }),
        aProduct(a, 'p4', { status: 'sellable', obsolete: true }),
        aProduct(a, 'p5', { status: 'hidden' }),
        aProduct(b, 'p1', { status: 'sellable' }),
      ]);
      const statuses = createEffectiveStatuses({
        catalogue: repo,
        catalogues,
        versions: createDataVersions(db()),
      });
      expect(await statuses.countListed(a)).toBe(2);
      expect(await statuses.countListed(b)).toBe(1);
      const createdAt = new Date().toISOString();
      await catalogues.createCatalogue({ storeId: a, catalogueId: 'c1', name: 'Trade', createdAt });
      await catalogues.setProductStatuses(a, 'c1', ['p1', 'p4'], 'visible');
      expect(await statuses.countListed(a)).toBe(3);
      expect([...(await statuses.listedAmong(a, ['p1', 'p4', 'p5']))]).toEqual(['p1']);
    });

    it("sums a product's stock over the warehouses asked for (R4), and drops a warehouse's stock", async () => {
      const a = newStore();
      const repo = createCatalogueRepo(db());
      await repo.saveStockLevels([
        level(a, 'p1', 'MAIN', 10),
        level(a, 'p1', 'NORTH', 5),
        level(a, 'p2', 'NORTH', 3),
      ]);
      expect(await repo.stockOf(a, 'p1', ['MAIN', 'NORTH'])).toEqual({
        onHand: 15,
        allocated: 2,
        available: 13,
      });
      expect(await repo.stockOf(a, 'p1', ['MAIN'])).toEqual({ onHand: 10, allocated: 1, available: 9 });
      expect(await repo.stockOf(a, 'p9', ['MAIN'])).toEqual({ onHand: 0, allocated: 0, available: 0 });
      expect(await repo.stockWarehouses(a)).toEqual(['MAIN', 'NORTH']);
      expect(await repo.removeStockOfWarehouse(a, 'NORTH')).toBe(2);
      expect((await repo.listStockLevels(a)).map((l) => l.id)).toEqual([`${a}:p1:MAIN`]);
    });

    it('pages the admin list by code in SQL: the second page holds the next products, filters narrow the total', async () => {
      const a = newStore();
      const repo = createCatalogueRepo(db());
      const guids = Array.from({ length: 120 }, (_, i) => `g${String(i).padStart(3, '0')}`);
      await repo.saveProducts(
        guids.map((guid, i) =>
          aProduct(a, guid, {
            code: `W-${String(119 - i).padStart(3, '0')}`,
            status: i % 3 ? 'hidden' : 'sellable',
          }),
        ),
      );
      const second = await repo.findProducts(a, {}, { page: 2, pageSize: 50 });
      expect(second.total).toBe(120);
      expect(second.items.map((p) => p.code)).toEqual(
        Array.from({ length: 50 }, (_, i) => `W-${String(50 + i).padStart(3, '0')}`),
      );
      const search = await repo.findProducts(
        a,
        { search: 'w-11', status: 'sellable' },
        { page: 1, pageSize: 50 },
      );
      expect(search.items.map((p) => p.code)).toEqual(['W-110', 'W-113', 'W-116', 'W-119']);
      expect(search.total).toBe(4);
      expect((await repo.findProducts(a, { search: 'w-11' }, { page: 9, pageSize: 50 })).total).toBe(10);
    });

    it("writes a sync page of thousands at once, keeps the store's status unless the product returns from obsolete, and moves the version once", async () => {
      const a = newStore();
      const repo = createCatalogueRepo(db());
      const versions = createDataVersions(db());
      const page = Array.from({ length: 2_500 }, (_, i) => aProduct(a, `p${i}`));
      await repo.saveProducts(page);
      expect(await versions.current(a, 'catalogue')).toBe(1);
      await repo.setProductStatus(a, ['p1', 'p2'], 'sellable');
      await repo.saveProducts([aProduct(a, 'p0', { obsolete: true, status: 'sellable' })]);
      await repo.setProductStatus(a, ['p0'], 'visible');
      await repo.saveProducts([
        aProduct(a, 'p0', { status: 'hidden' }),
        aProduct(a, 'p1', { status: 'hidden', description: 'Renamed' }),
      ]);
      const [p0, p1, p2] = await Promise.all(['p0', 'p1', 'p2'].map((g) => repo.getProduct(a, g)));
      expect([p0?.status, p1?.status, p2?.status]).toEqual(['hidden', 'sellable', 'sellable']);
      expect(p1).toEqual(aProduct(a, 'p1', { status: 'sellable', description: 'Renamed' }));
      expect((await repo.findProducts(a, {})).total).toBe(2_500);
      expect(await versions.current(a, 'catalogue')).toBe(5);
    });
  });
});
