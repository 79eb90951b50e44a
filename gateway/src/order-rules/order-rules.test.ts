// The order-rules engine (B4): layering of quantity rules, the nearest valid quantity, the minimum order value
// and the refusal a buyer reads.
import { describe, expect, it } from 'vitest';
import { orderBreaches, orderRuleBroken } from './order-rules.engine.ts';
import { checkOrderValue, minimumOrderValueOf } from './order-value.ts';
import {
  checkQuantity,
  describeQuantityRule,
  NO_QUANTITY_RULE,
  nearestValidQuantity,
  quantityRuleOf,
} from './quantity-rules.ts';

const rule = (minimum: number | null, multiple: number | null, maximum: number | null = null) => ({
  minimum,
  maximum,
  multiple,
});

describe('which quantity rule a line follows', () => {
  const unleashed = { minimumSaleQuantity: 6, packSize: 6 };

  it('when only Unleashed has fields, then its MinimumSaleQuantity and whole PackSize make "min 6, in 6s"', () => {
    const r = quantityRuleOf({ storeDefault: NO_QUANTITY_RULE, unleashed, store: null, customer: null });
    expect(describeQuantityRule(r)).toBe('min 6, in 6s');
  });

  it('when the PackSize is not a whole number, then it is no multiple (2.5 kg packs say nothing about counts)', () => {
    const r = quantityRuleOf({
      storeDefault: NO_QUANTITY_RULE,
      unleashed: { minimumSaleQuantity: null, packSize: 2.5 },
      store: null,
      customer: null,
    });
    expect(r).toEqual(NO_QUANTITY_RULE);
  });

  it('when Unleashed has nothing, then the store-wide defaults apply; when it has a value, it beats them', () => {
    const storeDefault = rule(2, 2, 500);
    const none = { minimumSaleQuantity: null, packSize: null };
    expect(quantityRuleOf({ storeDefault, unleashed: none, store: null, customer: null })).toEqual(
      rule(2, 2, 500),
    );
    expect(quantityRuleOf({ storeDefault, unleashed, store: null, customer: null })).toEqual(rule(6, 6, 500));
  });

  it('when the store and the customer override, then the customer wins, field by field', () => {
    const r = quantityRuleOf({
      storeDefault: NO_QUANTITY_RULE,
      unleashed,
      store: rule(12, null, 240),
      customer: rule(null, 1, null),
    });
    expect(r).toEqual(rule(12, 1, 240));
    expect(describeQuantityRule(r)).toBe('min 12, max 240');
  });
});

describe('whether a quantity meets its rule', () => {
  it('when 10 is ordered of a product sold in 6s, then the multiple is broken and 12 is suggested', () => {
    expect(checkQuantity(rule(null, 6), 10)).toMatchObject({
      rule: 'quantity-multiple',
      nearestQuantity: 12,
    });
    expect(checkQuantity(rule(null, 6), 8)?.nearestQuantity).toBe(6);
    expect(checkQuantity(rule(null, 6), 12)).toBeNull();
  });

  it('when fewer than the minimum are ordered, then the minimum is broken and the first valid quantity is named', () => {
    const breach = checkQuantity(rule(5, 6), 3);
    expect(breach).toMatchObject({ rule: 'minimum-quantity', nearestQuantity: 6 });
    expect(breach?.message).toBe(
      'At least 5 must be ordered; 3 is fewer. The nearest quantity that can be ordered is 6.',
    );
  });

  it('when more than the maximum are ordered, then the largest valid quantity is named', () => {
    expect(checkQuantity(rule(null, 6, 100), 101)).toMatchObject({
      rule: 'maximum-quantity',
      nearestQuantity: 96,
    });
  });

  it('when no quantity can meet the rule, then the refusal says so', () => {
    expect(nearestValidQuantity(rule(10, null, 5), 7)).toBeNull();
    expect(checkQuantity(rule(10, null, 5), 7)?.message).toContain('No quantity meets');
  });
});

describe('the minimum order value', () => {
  const minimums = {
    store: 250,
    customerTypes: new Map([
      ['Retail', 100],
      ['Trade', null],
    ]),
    customer: null,
  };

  it('when the customer has its own minimum, then it wins; else its type; else the store', () => {
    expect(minimumOrderValueOf({ ...minimums, customer: 50 }, 'Retail')).toBe(50);
    expect(minimumOrderValueOf(minimums, 'Retail')).toBe(100);
    expect(minimumOrderValueOf(minimums, 'Trade')).toBe(250);
    expect(minimumOrderValueOf(minimums, null)).toBe(250);
  });

  it('when the subtotal is 207.50 against 250.00, then the buyer is told to add 42.50', () => {
    expect(checkOrderValue(207.5, 250)?.message).toBe(
      'Add 42.50 more to reach the 250.00 minimum order value (before tax).',
    );
    expect(checkOrderValue(250, 250)).toBeNull();
  });
});

describe('the refusal', () => {
  it('names every broken rule with its product, as one order-rule-broken problem', () => {
    const lines = [
      { productGuid: 'g1', productCode: 'CASE-6', quantity: 10, rule: rule(null, 6) },
      { productGuid: 'g2', productCode: 'FREE', quantity: 1, rule: NO_QUANTITY_RULE },
    ];
    const problem = orderRuleBroken(orderBreaches(lines, 30, 100)).toProblem();
    expect(problem.status).toBe(422);
    expect(problem.type).toMatch(/order-rule-broken$/);
    expect(problem.detail).toContain('CASE-6: Sold in 6s');
    expect(problem.detail).toContain('Add 70.00 more');
    expect(problem.ruleBreaches).toEqual([
      expect.objectContaining({ productCode: 'CASE-6', rule: 'quantity-multiple', nearestQuantity: 12 }),
      expect.objectContaining({ rule: 'minimum-order-value', amountNeeded: 70, minimumOrderValue: 100 }),
    ]);
  });
});
