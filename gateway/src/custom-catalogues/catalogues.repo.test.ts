// The store's catalogues and categories on both databases: changes touch only the rows concerned, names are
// unique per store in any case, a category keeps its products' order.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { createDataVersions } from '../db/data-versions.ts';
import { createCataloguesRepo } from './catalogues.repo.ts';

const newStore = () => `s-${randomUUID().slice(0, 8)}`;
const createdAt = '2026-01-01T00:00:00.000Z';

describe('the catalogues repository', () => {
  onEachDatabase((db) => {
    it('sets and removes the statuses of just the products named, and moves the version each time', async () => {
      const s = newStore();
      const repo = createCataloguesRepo(db());
      const versions = createDataVersions(db());
      expect(await repo.createCatalogue({ storeId: s, catalogueId: 'c1', name: 'Trade', createdAt })).toBe(
        true,
      );
      const many = Array.from({ length: 3_000 }, (_, i) => `p${i}`);
      await repo.setProductStatuses(s, 'c1', many, 'visible');
      await repo.setProductStatuses(s, 'c1', ['p1', 'p2'], 'sellable');
      expect(await repo.removeProducts(s, 'c1', ['p2', 'p3', 'nope'])).toBe(2);
      const catalogue = await repo.getCatalogue(s, 'c1');
      expect(Object.keys(catalogue?.statuses ?? {})).toHaveLength(2_998);
      expect(catalogue?.statuses.p1).toBe('sellable');
      expect(await repo.statusesIn(s, 'c1', ['p0', 'p1', 'p2'])).toEqual(
        new Map([
          ['p0', 'visible'],
          ['p1', 'sellable'],
        ]),
      );
      expect(await versions.current(s, 'catalogues')).toBe(4);
    });

    it("gives a customer each product's most permissive status over the catalogues it is assigned to", async () => {
      const s = newStore();
      const repo = createCataloguesRepo(db());
      await repo.createCatalogue({ storeId: s, catalogueId: 'a', name: 'A', createdAt });
      await repo.createCatalogue({ storeId: s, catalogueId: 'b', name: 'B', createdAt });
      await repo.setProductStatuses(s, 'a', ['p1', 'p2'], 'visible');
      await repo.setProductStatuses(s, 'b', ['p1'], 'sellable');
      await repo.assignCustomer(s, 'a', 'c1', true);
      await repo.assignCustomer(s, 'b', 'c1', true);
      await repo.assignCustomer(s, 'b', 'c1', true);
      expect(await repo.statusesForCustomer(s, 'c1')).toEqual(
        new Map([
          ['p1', 'sellable'],
          ['p2', 'visible'],
        ]),
      );
      expect(await repo.catalogueIdsOf(s, 'c1')).toEqual(['a', 'b']);
      await repo.assignCustomer(s, 'b', 'c1', false);
      expect((await repo.getCatalogue(s, 'b'))?.customerGuids).toEqual([]);
    });

    it('refuses a second catalogue or category of the same name in any case, in the store only', async () => {
      const [s, other] = [newStore(), newStore()];
      const repo = createCataloguesRepo(db());
      expect(await repo.createCatalogue({ storeId: s, catalogueId: 'a', name: 'Trade', createdAt })).toBe(
        true,
      );
      expect(await repo.createCatalogue({ storeId: s, catalogueId: 'b', name: 'TRADE', createdAt })).toBe(
        false,
      );
      expect(await repo.createCatalogue({ storeId: other, catalogueId: 'a', name: 'Trade', createdAt })).toBe(
        true,
      );
      expect(await repo.createCatalogue({ storeId: s, catalogueId: 'c', name: 'Retail', createdAt })).toBe(
        true,
      );
      expect(await repo.renameCatalogue(s, 'c', 'trade')).toBe(false);
      expect(await repo.renameCatalogue(s, 'a', 'trade')).toBe(true);
      expect(await repo.createCategory({ storeId: s, categoryId: 'x', name: 'New', createdAt })).toBe(true);
      expect(await repo.createCategory({ storeId: s, categoryId: 'y', name: 'new', createdAt })).toBe(false);
      expect((await repo.listCatalogues(s)).map((c) => c.name)).toEqual(['Retail', 'trade']);
    });

    it('keeps the order a category was given, and names its categories per product', async () => {
      const s = newStore();
      const repo = createCataloguesRepo(db());
      await repo.createCategory({ storeId: s, categoryId: 'x', name: 'Winter', createdAt });
      await repo.createCategory({ storeId: s, categoryId: 'y', name: 'Autumn', createdAt });
      await repo.setCategoryProducts(s, 'x', ['p3', 'p1', 'p2']);
      await repo.setCategoryProducts(s, 'y', ['p1']);
      expect((await repo.getCategory(s, 'x'))?.productGuids).toEqual(['p3', 'p1', 'p2']);
      await repo.setCategoryProducts(s, 'x', ['p2', 'p3']);
      expect((await repo.getCategory(s, 'x'))?.productGuids).toEqual(['p2', 'p3']);
      expect((await repo.categoryNamesByProduct(s)).get('p1')).toEqual(['Autumn']);
      expect((await repo.categoryNamesByProduct(s)).get('p3')).toEqual(['Winter']);
      await repo.setCategoryProducts(s, 'y', ['p3']);
      expect((await repo.categoryNamesByProduct(s)).get('p3')).toEqual(['Autumn', 'Winter']);
    });
  });
});
