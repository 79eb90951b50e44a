// The stock pass (R4: per warehouse, each with its own cursor; a warehouse the store dropped is forgotten) and the
// lookup passes (categories, price tiers), against in-memory Unleashed pages and stores.
import { describe, expect, it } from 'vitest';
import { syncProductGroups, syncSellPriceTiers } from './lookups.ts';
import { passWorld, wireDate } from './pass.fakes.ts';
import { SyncInterrupted } from './pass.ts';
import { applyStockLevels, syncStock } from './stock.ts';

const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-02T10:00:00.000Z';
const T3 = '2026-12-03T10:00:00.000Z';

const stockRow = (product: string, warehouse: string, onHand: number, at: string) => ({
  ...{ Guid: product, ProductGuid: product.toUpperCase(), ProductCode: product, ProductDescription: product },
  ...{ WarehouseId: warehouse, WarehouseCode: warehouse, Warehouse: warehouse },
  ...{ QtyOnHand: onHand, AllocatedQty: 1, AvailableQty: onHand - 1, LastModifiedOn: wireDate(at) },
});

describe('the stock pass', () => {
  it("when the store has two warehouses, then each one's rows are stored per product, pages counted across both, and each cursor moves to its newest row", async () => {
    const lists = {
      'StockOnHand:MAIN': [
        stockRow('p1', 'MAIN', 5, T1),
        stockRow('p2', 'MAIN', 7, T2),
        stockRow('p3', 'MAIN', 0, T3),
      ],
      'StockOnHand:NORTH': [stockRow('p1', 'NORTH', 3, T2)],
    };
    const world = passWorld({ warehouseCodes: ['MAIN', 'NORTH'] }, lists);
    await syncStock(world.ctx);
    expect(world.stock.map.get('MAIN:p2')).toMatchObject({
      productGuid: 'p2',
      onHand: 7,
      allocated: 1,
      available: 6,
    });
    expect(world.stock.map.get('NORTH:p1')).toMatchObject({
      id: 's1:p1:NORTH',
      warehouseCode: 'NORTH',
      onHand: 3,
    });
    expect(world.stock.map.size).toBe(4);
    expect(world.ctx.result).toMatchObject({ added: 4, changed: 0, removed: 0 });
    expect(world.progress).toEqual([
      [1, 2],
      [2, 2],
      [3, 3],
    ]);
    expect(world.cursorOf('MAIN')).toEqual({ modifiedSince: T3, resumeFrom: null, fullReadAt: null });
    expect(world.cursorOf('NORTH').modifiedSince).toBe(T2);
  });

  it('when nothing changed since the last pass, then it asks from the cursor and counts nothing; a changed row counts as changed', async () => {
    const lists = { 'StockOnHand:MAIN': [stockRow('p1', 'MAIN', 5, T1), stockRow('p2', 'MAIN', 7, T2)] };
    const world = passWorld({}, lists);
    await syncStock(world.ctx);
    world.ctx.result.added = 0;
    world.asked.length = 0;
    await syncStock(world.ctx);
    expect(world.asked[0]?.modifiedSince).toBe('2026-12-02T10:00:00');
    expect(world.ctx.result).toMatchObject({ added: 0, changed: 0 });
    lists['StockOnHand:MAIN'].push(stockRow('p1', 'MAIN', 9, T3));
    await syncStock(world.ctx);
    expect(world.ctx.result).toMatchObject({ added: 0, changed: 1 });
    expect(world.stock.map.get('MAIN:p1')?.onHand).toBe(9);
  });

  it('when a later page fails to store, then the pages before it are kept with their resume point, and nothing of the failed one', async () => {
    const lists = {
      'StockOnHand:MAIN': [
        stockRow('p1', 'MAIN', 5, T1),
        stockRow('p2', 'MAIN', 7, T2),
        stockRow('p3', 'MAIN', 2, T3),
      ],
    };
    const world = passWorld({}, lists);
    Object.assign(world.fail, { write: 'stock', after: 1 });
    await expect(syncStock(world.ctx)).rejects.toThrow('stock failed');
    expect([...world.stock.map.keys()]).toEqual(['MAIN:p1', 'MAIN:p2']);
    expect(world.cursorOf('MAIN')).toMatchObject({ modifiedSince: null, resumeFrom: T2 });
  });

  it('when the engine stops during the pass, then it ends between pages as interrupted, the pages read so far kept with their resume point', async () => {
    const rows = [
      stockRow('p1', 'MAIN', 5, T1),
      stockRow('p2', 'MAIN', 7, T2),
      stockRow('p3', 'MAIN', 2, T3),
    ];
    const world = passWorld({}, { 'StockOnHand:MAIN': rows });
    world.ctx.progress = async () => world.stop();
    const stopped = await syncStock(world.ctx).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(SyncInterrupted);
    expect((stopped as Error).message).toBe(
      'Stopped before the pass finished; the next run resumes where it stopped.',
    );
    expect(world.asked).toHaveLength(1);
    expect([...world.stock.map.keys()]).toEqual(['MAIN:p1', 'MAIN:p2']);
    expect(world.cursorOf('MAIN')).toMatchObject({ modifiedSince: null, resumeFrom: T2 });
  });

  it('when a webhook names stock rows, then they are stored without any cursor', async () => {
    const world = passWorld();
    const level = { id: 's1:p1:MAIN', storeId: 's1', productGuid: 'p1', warehouseCode: 'MAIN' };
    const row = { ...level, onHand: 4, allocated: 0, available: 4, modifiedAt: T1, syncedAt: T1 };
    await applyStockLevels(world.ctx, 'MAIN', [row]);
    expect(world.stock.map.get('MAIN:p1')).toEqual(row);
    expect(world.ctx.result.added).toBe(1);
  });

  it('when the store no longer uses a warehouse, then its stock and its cursor are dropped and counted as removed', async () => {
    const world = passWorld(
      { warehouseCodes: ['MAIN', 'OLD'] },
      { 'StockOnHand:OLD': [stockRow('p1', 'OLD', 4, T1), stockRow('p2', 'OLD', 4, T1)] },
    );
    await syncStock(world.ctx);
    world.cursorOf('GONE');
    world.ctx.store.warehouseCodes = ['MAIN'];
    await syncStock(world.ctx);
    expect(world.stock.map.size).toBe(0);
    expect(world.ctx.result.removed).toBe(2);
    expect(await world.ctx.listPartitions()).toEqual(['MAIN']);
  });
});

describe('the lookup passes', () => {
  const group = (guid: string, name: string, at: string) => ({
    Guid: guid,
    GroupName: name,
    LastModifiedOn: wireDate(at),
  });
  const tier = (number: number, name: string) => ({ TierNumber: number, Name: name });

  it('when product groups arrive, then they are stored as categories, an unchanged one is not counted again, a renamed one is, and the cursor moves to the newest', async () => {
    const lists = { ProductGroups: [group('G1', 'Tools', T1), group('G2', 'Paint', T2)] };
    const world = passWorld({}, lists);
    await syncProductGroups(world.ctx);
    expect(world.categories.map.size).toBe(2);
    expect(world.categories.map.get('g2')).toEqual({
      id: 's1:g2',
      storeId: 's1',
      guid: 'g2',
      name: 'Paint',
      modifiedAt: T2,
    });
    expect(world.cursorOf().modifiedSince).toBe(T2);
    lists.ProductGroups = [group('G1', 'Tools', T1), group('G2', 'Paints', T3)];
    world.ctx.result.added = 0;
    await syncProductGroups(world.ctx);
    expect(world.ctx.result).toMatchObject({ added: 0, changed: 1 });
    expect(world.categories.map.get('g2')?.name).toBe('Paints');
    expect(world.progress.at(-1)).toEqual([1, 1]);
  });

  it('when sell price tiers arrive, then each is stored by number; a renamed tier counts as changed', async () => {
    const lists = { SellPriceTiers: [tier(1, 'Trade'), tier(2, 'Wholesale'), tier(3, 'Export')] };
    const world = passWorld({}, lists);
    await syncSellPriceTiers(world.ctx);
    expect(world.tiers.map.get('2')).toEqual({ id: 's1:2', storeId: 's1', number: 2, name: 'Wholesale' });
    expect(world.ctx.result.added).toBe(3);
    expect(world.tiers.map.size).toBe(3);
    expect(world.progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    lists.SellPriceTiers = [tier(1, 'Trade'), tier(2, 'Bulk')];
    await syncSellPriceTiers(world.ctx);
    expect(world.ctx.result).toMatchObject({ added: 3, changed: 1 });
    expect(world.tiers.map.get('2')?.name).toBe('Bulk');
  });
});
