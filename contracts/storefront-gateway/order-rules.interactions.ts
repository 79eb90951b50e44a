// Order rules (B4) as the buyer pages use them: a quantity breaking the product's multiple is refused with
// order-rule-broken naming the nearest valid quantity (shown at the quantity field), and a cart below the
// store's minimum order value says how much more it needs (shown under the totals).
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_EMAIL, EXAMPLES, SELLABLE_PRODUCT, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, buyerOfStore, cartHolds } from './givens.ts';
import { problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { boolean, eachLike, integer, like } = MatchersV3;
const line = { params: { path: { productGuid: EXAMPLES.productGuid } } };
const storePath = { params: { path: { storeId: EXAMPLES.storeId } } };
const NONE = { minimum: null, maximum: null, multiple: null };
const inSixes: Given = [STATES.soldInMultiples, { productCode: SELLABLE_PRODUCT, multiple: 6 }];
const minimum250: Given = [STATES.minimumOrderValue, { storeName: STORE_NAME, amount: 250 }];

export function orderRuleContracts(): void {
  describe('order rules (B4)', () => {
    it('when the buyer sets a quantity that is not a multiple, then the answer is 422 order-rule-broken naming the nearest quantity', async () => {
      const { error } = await exchange(
        {
          given: [...buyerOfStore, inSixes],
          as: 'buyer',
          uponReceiving: 'a quantity of 10 of a product sold in 6s put in the cart',
          method: 'PUT',
          path: '/store/cart/lines/{productGuid}',
          body: { quantity: 10 },
          status: 422,
          response: problem('order-rule-broken', 422, {
            ruleBreaches: eachLike({
              rule: like('quantity-multiple'),
              message: like('DEMO-PLENTY: Sold in 6s; 10 is not a multiple of 6.'),
              nearestQuantity: like(12),
            }),
          }),
        },
        (api) => api.PUT('/store/cart/lines/{productGuid}', { ...line, body: { quantity: 10 } }),
      );
      expect(error?.type).toMatch(/order-rule-broken$/);
    });

    it('when a CSV row breaks the multiple, then its row in the report carries the breach with the nearest quantity', async () => {
      const csv = `code,quantity\n${SELLABLE_PRODUCT},7\n`;
      const { data } = await exchange(
        {
          given: [...buyerOfStore, [STATES.cartEmpty, { email: BUYER_EMAIL }], inSixes],
          as: 'buyer',
          uponReceiving: 'a CSV whose row breaks the multiple of a product sold in 6s',
          method: 'POST',
          path: '/store/cart/import',
          body: csv,
          contentType: 'text/csv',
          status: 200,
          response: {
            rows: [
              {
                row: integer(2),
                code: like(SELLABLE_PRODUCT),
                quantity: integer(7),
                added: false,
                problem: like('DEMO-PLENTY: Sold in 6s; 7 is not a multiple of 6.'),
                ruleBreach: {
                  rule: like('quantity-multiple'),
                  productGuid: like(EXAMPLES.productGuid),
                  nearestQuantity: integer(6),
                  row: integer(2),
                },
              },
            ],
            added: integer(0),
            refused: integer(1),
            cart: shapes.cart([]),
          },
        },
        (api) =>
          api.POST('/store/cart/import', {
            body: csv,
            bodySerializer: (body: string) => body,
            headers: { 'Content-Type': 'text/csv' },
          }),
      );
      expect(data?.rows[0]?.ruleBreach?.nearestQuantity).toBe(6);
    });

    it('when the cart is below the minimum order value, then it cannot be placed and says how much more it needs', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartHolds(2), minimum250],
          as: 'buyer',
          uponReceiving: 'a request for a cart below the minimum order value',
          method: 'GET',
          path: '/store/cart',
          status: 200,
          response: {
            ...shapes.cart(eachLike(shapes.cartLine)),
            canPlace: boolean(false),
            minimumOrderValue: like(250),
            orderValueBreach: {
              rule: 'minimum-order-value',
              message: like('Add 217.00 more to reach the 250.00 minimum order value (before tax).'),
              amountNeeded: like(217),
            },
          },
        },
        (api) => api.GET('/store/cart'),
      );
      expect(data?.orderValueBreach?.message).toContain('more to reach');
    });
  });

  describe("the admin's order rules (B4)", () => {
    it('when the Settings page opens, then it reads the store order rules', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, minimum250],
          as: 'admin',
          uponReceiving: "a request for the store's order rules",
          method: 'GET',
          path: '/admin/stores/{storeId}/order-rules',
          status: 200,
          response: { minimumOrderValue: like(250), customerTypeMinimums: [], defaultQuantityRule: NONE },
        },
        (api) => api.GET('/admin/stores/{storeId}/order-rules', storePath),
      );
      expect(data?.minimumOrderValue).toBe(250);
    });

    it('when the admin saves the order rules, then the saved rules come back', async () => {
      const body = {
        minimumOrderValue: 300,
        customerTypeMinimums: [{ customerType: 'Retail', minimumOrderValue: 150 }],
        defaultQuantityRule: { minimum: null, maximum: null, multiple: 6 },
      };
      const { data } = await exchange(
        {
          given: [...adminOfStore, minimum250],
          as: 'admin',
          uponReceiving: 'new order rules for the store',
          method: 'PUT',
          path: '/admin/stores/{storeId}/order-rules',
          body,
          status: 200,
          response: {
            minimumOrderValue: like(300),
            customerTypeMinimums: eachLike({ customerType: like('Retail'), minimumOrderValue: like(150) }),
            defaultQuantityRule: { minimum: null, maximum: null, multiple: like(6) },
          },
        },
        (api) => api.PUT('/admin/stores/{storeId}/order-rules', { ...storePath, body }),
      );
      expect(data?.defaultQuantityRule.multiple).toBe(6);
    });
  });
}
