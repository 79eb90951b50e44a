// The stock rule (B9, R17b): within the stock nothing is said; past it a store taking no backorders refuses naming
// how many are available (or, with counts hidden, without the figure), and one taking backorders marks the excess.
import { describe, expect, it } from 'vitest';
import { backorderComment, checkStock, notEnoughStock } from './stock-rule.ts';

const line = (quantity: number) => ({ productGuid: 'p1', productCode: 'DEMO-LOW', quantity });
const visible = { outOfStockPolicy: 'visible' as const, showStockCounts: true };

describe('checkStock', () => {
  it('when the quantity is within the stock, then nothing is refused or marked, whatever the setting', () => {
    for (const outOfStockPolicy of ['hidden', 'visible', 'sellable'] as const)
      expect(checkStock({ outOfStockPolicy, showStockCounts: true }, line(5), 5)).toEqual({
        backorderQuantity: 0,
        shortfall: null,
      });
  });

  it('when 6 are asked of 5 and backorders are off, then it is refused naming "only 5 available"', () => {
    expect(checkStock(visible, line(6), 5).shortfall).toEqual({
      productGuid: 'p1',
      productCode: 'DEMO-LOW',
      quantity: 6,
      available: 5,
      message: 'DEMO-LOW: only 5 available.',
    });
    expect(checkStock({ ...visible, showStockCounts: false }, line(6), 5).shortfall).toMatchObject({
      available: null,
      message: 'DEMO-LOW: not enough in stock for 6.',
    });
  });

  it('when nothing is available (or a negative figure) and backorders are off, then it is the same refusal saying "none available"', () => {
    expect(checkStock(visible, line(1), 0).shortfall).toMatchObject({
      quantity: 1,
      available: 0,
      message: 'DEMO-LOW: none available.',
    });
    const hidden = { outOfStockPolicy: 'hidden' as const, showStockCounts: true };
    expect(checkStock(hidden, line(2), -3).shortfall).toMatchObject({
      available: 0,
      message: 'DEMO-LOW: none available.',
    });
    expect(checkStock({ ...visible, showStockCounts: false }, line(1), 0).shortfall).toMatchObject({
      available: null,
      message: 'DEMO-LOW: out of stock.',
    });
  });

  it('when 8 are asked of 5 (or of a negative figure) and the store sells out-of-stock products, then the excess is the backorder', () => {
    const sellable = { ...visible, outOfStockPolicy: 'sellable' as const };
    expect(checkStock(sellable, line(8), 5)).toEqual({ backorderQuantity: 3, shortfall: null });
    expect(checkStock(sellable, line(8), -2)).toEqual({ backorderQuantity: 8, shortfall: null });
  });

  it('the refusal is one 422 not-enough-stock naming every short line; the backorder comment names the part', () => {
    const shortfall = checkStock(visible, line(6), 5).shortfall;
    if (!shortfall) throw new Error('expected a shortfall');
    const problem = notEnoughStock([shortfall]).toProblem();
    expect(problem).toMatchObject({ status: 422, detail: 'DEMO-LOW: only 5 available.' });
    expect(problem.stockShortfalls).toHaveLength(1);
    expect(backorderComment(3, 8)).toBe('Backorder: 3 of 8 ordered past the stock available in the portal.');
  });
});
