// The products pass: the store's status survives a sync (R3), new and returning products arrive Hidden, an obsolete
// one counts as removed (R6), a returning product keeps its catalogue listings only while the plan has room (R7),
// and discount rules follow a new default sell price.
import { describe, expect, it } from 'vitest';
import type { PriceRule, Product } from '../../catalogue/catalogue.types.ts';
import { NOW, passWorld, wireDate } from './pass.fakes.ts';
import { applyProductGone, applyProducts, syncProducts } from './products.ts';

const T1 = '2026-12-01T10:00:00.000Z';
const product = (guid: string, fields: Partial<Product> = {}): Product => ({
  ...{
    id: `s1:${guid}`,
    storeId: 's1',
    guid,
    code: guid.toUpperCase(),
    description: guid,
    categoryGuid: null,
  },
  ...{
    categoryName: null,
    defaultSellPrice: 20,
    tierPrices: [],
    minimumSellPrice: null,
    minimumSaleQuantity: null,
  },
  ...{ packSize: null, taxable: true, taxCode: null, taxRate: null, images: [], sellableInUnleashed: true },
  ...{ obsolete: false, status: 'hidden', modifiedAt: T1, syncedAt: NOW },
  ...fields,
});
const discountRule = (guid: string, discountPercent: number | null, price: number): PriceRule => ({
  ...{ id: `s1:${guid}`, storeId: 's1', guid, productGuid: 'p1', customerGuid: null, minimumQuantity: 1 },
  ...{ price, discountPercent, validFrom: null, validTo: null, modifiedAt: T1 },
});

describe('the products pass', () => {
  it('when a product is new, then it arrives Hidden and is counted added; a known one keeps the status the store gave it', async () => {
    const world = passWorld();
    world.products.put([product('p2', { status: 'sellable', description: 'old name' })]);
    await applyProducts(world.ctx, [
      product('p1', { status: 'sellable' }),
      product('p2', { description: 'new name' }),
    ]);
    expect(world.products.map.get('p1')?.status).toBe('hidden');
    expect(world.products.map.get('p2')).toMatchObject({ status: 'sellable', description: 'new name' });
    expect(world.ctx.result).toMatchObject({ added: 1, changed: 1, removed: 0 });
  });

  it('when a product becomes obsolete, then it is kept obsolete and counted removed (R6); one back from obsolete arrives Hidden', async () => {
    const world = passWorld();
    world.products.put([
      product('p1', { status: 'sellable' }),
      product('p2', { status: 'sellable', obsolete: true }),
    ]);
    await applyProducts(world.ctx, [product('p1', { obsolete: true }), product('p2')]);
    expect(world.products.map.get('p1')).toMatchObject({ obsolete: true, status: 'sellable' });
    expect(world.products.map.get('p2')).toMatchObject({ obsolete: false, status: 'hidden' });
    expect(world.ctx.result).toMatchObject({ added: 0, changed: 1, removed: 1 });
  });

  it('when an unchanged product comes again (only its sync or modification time differs), or an obsolete one stays obsolete, then it is neither counted nor written', async () => {
    const world = passWorld();
    world.products.put([
      product('p1', { status: 'sellable', syncedAt: 'earlier' }),
      product('p2', { obsolete: true, syncedAt: 'earlier' }),
    ]);
    await applyProducts(world.ctx, [product('p1', { modifiedAt: NOW }), product('p2', { obsolete: true })]);
    expect(world.ctx.result).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(world.products.map.get('p1')?.syncedAt).toBe('earlier');
    expect(world.products.map.get('p2')?.syncedAt).toBe('earlier');
  });

  it('when the default sell price changes, then discount rules are repriced from it and fixed or already right rules are left', async () => {
    const world = passWorld();
    world.products.put([product('p1', { defaultSellPrice: 20 })]);
    world.rules.put([
      discountRule('d10', 10, 18),
      discountRule('fixed', null, 15),
      discountRule('d50', 50, 25),
    ]);
    await applyProducts(world.ctx, [product('p1', { defaultSellPrice: 50 })]);
    expect([...world.rules.map.keys()]).toEqual(['d10', 'fixed', 'd50']);
    expect(world.rules.map.get('d10')?.price).toBe(45);
    expect(world.rules.map.get('fixed')?.price).toBe(15);
    expect(world.rules.map.get('d50')?.price).toBe(25);
    await applyProducts(world.ctx, [product('p1', { defaultSellPrice: null })]);
    expect(world.rules.map.get('d10')?.price).toBe(0);
  });

  it("when the default sell price did not change, then discount rules keep Unleashed's own price", async () => {
    const world = passWorld();
    world.products.put([product('p1', { defaultSellPrice: 20, description: 'old' })]);
    world.rules.put([discountRule('d10', 10, 17.5)]);
    await applyProducts(world.ctx, [
      product('p1', { defaultSellPrice: 20 }),
      product('p9', { defaultSellPrice: 40 }),
    ]);
    expect(world.rules.map.get('d10')?.price).toBe(17.5);
    expect(world.rules.map.size).toBe(1);
  });

  it('when products come back from obsolete listed in custom catalogues and the plan has room for one, then the first keeps its listings and the next leaves them, reported (R7)', async () => {
    const world = passWorld();
    world.products.put(['p1', 'p2', 'p3'].map((guid) => product(guid, { obsolete: true })));
    world.listings.set('p1', ['Trade']);
    world.listings.set('p3', ['Trade', 'Export']);
    world.room.products = 1;
    await applyProducts(
      world.ctx,
      ['p1', 'p2', 'p3'].map((guid) => product(guid)),
    );
    expect(world.unlisted).toEqual(['p3']);
    expect(world.ctx.result.skipped).toEqual([
      {
        key: 'P3',
        reason: 'plan-limit',
        detail:
          "Back from obsolete, but no longer listed in Trade, Export: the store plan's product limit is reached. List it again once the plan has room. Premium has room for more.",
      },
    ]);
  });

  it('when the plan has no limit, no catalogue lists the returning products, or a listed product was never obsolete, then nothing is unlisted', async () => {
    for (const [room, listed, wasObsolete] of [
      [null, true, true],
      [0, false, true],
      [0, true, false],
    ] as const) {
      const world = passWorld();
      world.products.put([product('p1', { obsolete: wasObsolete })]);
      if (listed) world.listings.set('p1', ['Trade']);
      world.room.products = room;
      await applyProducts(world.ctx, [product('p1')]);
      expect(world.unlisted).toEqual([]);
      expect(world.ctx.result.skipped).toEqual([]);
    }
  });

  it('when Unleashed deletes a product, then it is kept obsolete with its status and counted removed once; an unknown one is nothing', async () => {
    const world = passWorld();
    world.products.put([product('p1', { status: 'sellable', syncedAt: 'earlier' })]);
    expect(await applyProductGone(world.ctx, 'p1')).toBe('P1');
    expect(world.products.map.get('p1')).toMatchObject({ obsolete: true, status: 'sellable', syncedAt: NOW });
    expect(await applyProductGone(world.ctx, 'p1')).toBe('P1');
    expect(world.ctx.result.removed).toBe(1);
    expect(await applyProductGone(world.ctx, 'nope')).toBeUndefined();
  });

  it('when the pass reads Unleashed, then every page is stored, the resume point kept only while it runs, and the cursor moves to the newest', async () => {
    const wire = (guid: string, at: string) => ({
      ...{ Guid: guid, ProductCode: guid, ProductDescription: guid, DefaultSellPrice: 5 },
      LastModifiedOn: wireDate(at),
    });
    const lists = {
      Products: [
        wire('A1', T1),
        wire('A2', '2026-12-02T00:00:00.000Z'),
        wire('A3', '2026-12-03T00:00:00.000Z'),
      ],
    };
    const failing = passWorld({}, lists);
    Object.assign(failing.fail, { write: 'products', after: 1 });
    await expect(syncProducts(failing.ctx)).rejects.toThrow();
    expect(failing.cursorOf().resumeFrom).toBe('2026-12-02T00:00:00.000Z');
    const world = passWorld({}, lists);
    await syncProducts(world.ctx);
    expect([...world.products.map.keys()].sort()).toEqual(['a1', 'a2', 'a3']);
    expect(world.cursorOf()).toMatchObject({ modifiedSince: '2026-12-03T00:00:00.000Z', resumeFrom: null });
    expect(world.progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
