import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../storage/collections.ts';
import { createCatalogueRepo } from './catalogue.repo.ts';
import type { Product, StockLevel } from './catalogue.types.ts';
import { createCataloguesRepo } from './catalogues.repo.ts';
import { createEffectiveStatuses } from './effective-status.ts';

const product = (storeId: string, guid: string, status: Product['status'], obsolete = false) =>
  ({ id: `${storeId}:${guid}`, storeId, guid, status, obsolete }) as Product;
const level = (storeId: string, productGuid: string, warehouseCode: string, onHand: number) =>
  ({
    id: `${storeId}:${productGuid}:${warehouseCode}`,
    storeId,
    productGuid,
    warehouseCode,
    onHand,
    allocated: 1,
    available: onHand - 1,
  }) as StockLevel;

describe('the catalogue repository', () => {
  it('counts Visible and Sellable products of the store that are not obsolete (R7)', async () => {
    const backend = new MemoryBackend();
    const repo = await createCatalogueRepo(backend);
    await repo.saveProducts([
      product('a', 'p1', 'hidden'),
      product('a', 'p2', 'visible'),
      product('a', 'p3', 'sellable'),
      product('a', 'p4', 'sellable', true),
      product('b', 'p1', 'sellable'),
    ]);
    // R7 counts through the effective statuses (Base here: no custom catalogue exists).
    const statuses = createEffectiveStatuses({
      catalogue: repo,
      catalogues: await createCataloguesRepo(backend),
    });
    expect(await statuses.countListed('a')).toBe(2);
    expect(await statuses.countListed('b')).toBe(1);
  });

  it("sums a product's stock over the warehouses asked for (R4), and drops a warehouse's stock", async () => {
    const repo = await createCatalogueRepo(new MemoryBackend());
    await repo.saveStockLevels([
      level('a', 'p1', 'MAIN', 10),
      level('a', 'p1', 'NORTH', 5),
      level('a', 'p2', 'NORTH', 3),
    ]);
    expect(await repo.stockOf('a', 'p1', ['MAIN', 'NORTH'])).toEqual({
      onHand: 15,
      allocated: 2,
      available: 13,
    });
    expect(await repo.stockOf('a', 'p1', ['MAIN'])).toEqual({ onHand: 10, allocated: 1, available: 9 });
    expect(await repo.stockOf('a', 'p9', ['MAIN'])).toEqual({ onHand: 0, allocated: 0, available: 0 });
    expect(await repo.removeStockOfWarehouse('a', 'NORTH')).toBe(2);
    expect((await repo.listStockLevels('a')).map((l) => l.id)).toEqual(['a:p1:MAIN']);
  });
});
