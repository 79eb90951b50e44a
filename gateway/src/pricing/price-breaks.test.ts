// Quantity breaks that raise the unit price (issue 16 item 3): the price at each quantity and which breaks are
// dearer than a smaller quantity, for the tier customer of the issue (2.63 for one, 2.84 from 10).
import { describe, expect, it } from 'vitest';
import type { PriceRule } from '../catalogue/catalogue.types.ts';
import { priceSteps, raisingBreaks } from './price-breaks.ts';

const product = {
  guid: 'p1',
  defaultSellPrice: 3,
  tierPrices: [2.63, null, null, null, null, null, null, null, null, null],
};
const customer = { guid: 'c1', sellPriceTier: 'Trade', discountRate: 0 };
const tiers = [{ id: 's:1', storeId: 's', number: 1, name: 'Trade' }];
const rule = (
  guid: string,
  minimumQuantity: number,
  price: number,
  fields: Partial<PriceRule> = {},
): PriceRule => ({
  id: `s:${guid}`,
  storeId: 's',
  guid,
  productGuid: 'p1',
  customerGuid: null,
  minimumQuantity,
  price,
  discountPercent: null,
  validFrom: null,
  validTo: null,
  modifiedAt: '2026-01-01T00:00:00Z',
  ...fields,
});
const steps = (rules: PriceRule[]) => priceSteps({ product, customer, rules, tiers, today: '2026-11-23' });

describe('price steps and raising breaks', () => {
  it('when the 10-unit break (2.84) is above the tier price (2.63), then it is flagged against 1 unit', () => {
    const found = steps([rule('b10', 10, 2.84)]);
    expect(found).toEqual([
      { minimumQuantity: 1, price: 2.63 },
      { minimumQuantity: 10, price: 2.84 },
    ]);
    expect(raisingBreaks(found)).toEqual([
      {
        minimumQuantity: 10,
        price: 2.84,
        cheaperQuantity: 1,
        cheaperPrice: 2.63,
        message: 'From 10 units the unit price is 2.84, more than the 2.63 paid from 1 unit.',
      },
    ]);
  });

  it('when breaks only lower the price, then nothing is flagged; a later break above an earlier cheaper one is', () => {
    expect(raisingBreaks(steps([rule('b10', 10, 2.5), rule('b50', 50, 2.4)]))).toEqual([]);
    const flagged = raisingBreaks(steps([rule('b10', 10, 2.4), rule('b50', 50, 2.5)]));
    expect(flagged).toMatchObject([{ minimumQuantity: 50, cheaperQuantity: 10, cheaperPrice: 2.4 }]);
  });

  it("when a break is another customer's or expired, then it is no step of this customer's", () => {
    const other = rule('o', 10, 2.84, { customerGuid: 'c2' });
    const expired = rule('e', 20, 2.9, { validTo: '2026-01-01T00:00:00Z' });
    expect(steps([other, expired])).toEqual([{ minimumQuantity: 1, price: 2.63 }]);
  });
});
