// The price rows pass (R17a): rows stored by GUID, product-group rows reported, and once a day a whole read that
// removes the rows Unleashed no longer has; in between, only changes are read and nothing is removed.
import { describe, expect, it } from 'vitest';
import type { PriceRule } from '../../catalogue/catalogue.types.ts';
import { NOW, passWorld, wireDate } from './pass.fakes.ts';
import { syncProductPrices } from './product-prices.ts';

const T1 = '2026-12-01T10:00:00.000Z';
const priceRow = (guid: string, product: string | null, price: number, at = T1) => ({
  ...{ Guid: guid, Product: { Guid: product, ProductCode: product ? `${product}-CODE` : null } },
  ...{ Customer: null, PriceType: 'Fixed', DiscountValue: null, MinimumQuantity: 1, DefaultSellPrice: 20 },
  ...{ CustomerPrice: price, ValidFrom: null, ValidTo: null, LastModifiedOn: wireDate(at) },
});
const storedRule = (guid: string): PriceRule => ({
  ...{ id: `s1:${guid}`, storeId: 's1', guid, productGuid: 'p1', customerGuid: null, minimumQuantity: 1 },
  ...{ price: 1, discountPercent: null, validFrom: null, validTo: null, modifiedAt: T1 },
});
const hoursBefore = (hours: number) => new Date(Date.parse(NOW) - hours * 3_600_000).toISOString();

describe('the price rows pass', () => {
  it('when it has never read every row, then it reads them all, stores each, reports a product-group row, and removes the stored rows Unleashed no longer has', async () => {
    const world = passWorld({}, { ProductPrices: [priceRow('R1', 'P1', 9.5), priceRow('R2', null, 3)] });
    world.rules.put([storedRule('old')]);
    await syncProductPrices(world.ctx);
    expect(world.asked[0]?.modifiedSince).toBeUndefined();
    expect(world.rules.map.get('r1')).toMatchObject({ productGuid: 'p1', price: 9.5 });
    expect(world.rules.map.has('old')).toBe(false);
    expect(world.ctx.result).toMatchObject({ added: 1, removed: 1 });
    expect(world.ctx.result.skipped).toEqual([
      {
        key: 'R2',
        reason: 'unknown-reference',
        detail: 'A product-group price: the store keeps prices per product.',
      },
    ]);
    expect(world.cursorOf()).toEqual({ modifiedSince: T1, resumeFrom: null, fullReadAt: NOW });
    expect(world.progress).toEqual([[1, 1]]);
  });

  it('when the last whole read was less than a day ago, then only changes since the cursor are read and nothing is removed', async () => {
    const world = passWorld({}, { ProductPrices: [priceRow('R1', 'P1', 9.5)] });
    Object.assign(world.cursorOf(), { modifiedSince: T1, fullReadAt: hoursBefore(23.9) });
    world.rules.put([storedRule('old')]);
    await syncProductPrices(world.ctx);
    expect(world.asked[0]?.modifiedSince).toBe('2026-12-01T10:00:00');
    expect(world.rules.map.has('old')).toBe(true);
    expect(world.cursorOf().fullReadAt).toBe(hoursBefore(23.9));
  });

  it('when the last whole read was a day ago or more, then every row is read again and the gone ones removed', async () => {
    for (const hours of [24, 30]) {
      const world = passWorld({}, { ProductPrices: [priceRow('R1', 'P1', 9.5)] });
      Object.assign(world.cursorOf(), { modifiedSince: T1, fullReadAt: hoursBefore(hours) });
      world.rules.put([storedRule('old')]);
      await syncProductPrices(world.ctx);
      expect(world.asked[0]?.modifiedSince).toBeUndefined();
      expect(world.rules.map.has('old')).toBe(false);
      expect(world.cursorOf().fullReadAt).toBe(NOW);
    }
  });

  it('when a pass resumes after a failure, then it is never a whole read, whatever the day', async () => {
    const world = passWorld({}, { ProductPrices: [priceRow('R1', 'P1', 9.5)] });
    Object.assign(world.cursorOf(), { resumeFrom: T1, fullReadAt: null });
    world.rules.put([storedRule('old')]);
    await syncProductPrices(world.ctx);
    expect(world.asked[0]?.modifiedSince).toBe('2026-12-01T10:00:00');
    expect(world.rules.map.has('old')).toBe(true);
    expect(world.cursorOf().fullReadAt).toBeNull();
  });

  it('when a row is unchanged it is not counted; a changed price is; a failed page keeps only the pages before it, with their resume point', async () => {
    const rows = [priceRow('R1', 'P1', 9.5, T1), priceRow('R2', 'P2', 4, '2026-12-02T10:00:00.000Z')];
    const world = passWorld({}, { ProductPrices: rows });
    await syncProductPrices(world.ctx);
    await syncProductPrices(world.ctx);
    expect(world.ctx.result).toMatchObject({ added: 2, changed: 0 });
    rows[0] = priceRow('R1', 'P1', 8, '2026-12-03T10:00:00.000Z');
    await syncProductPrices(world.ctx);
    expect(world.ctx.result).toMatchObject({ added: 2, changed: 1 });

    const failing = passWorld(
      {},
      { ProductPrices: [...rows, priceRow('R3', 'P3', 1, '2026-12-04T10:00:00.000Z')] },
    );
    Object.assign(failing.fail, { write: 'rules', after: 1 });
    await expect(syncProductPrices(failing.ctx)).rejects.toThrow();
    expect([...failing.rules.map.keys()].sort()).toEqual(['r1', 'r2']);
    expect(failing.cursorOf().resumeFrom).toBe('2026-12-03T10:00:00.000Z');
  });
});
