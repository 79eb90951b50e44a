// Stock-aware ordering (B9) and quantity breaks that raise the unit price (issue 16 items 2 and 3) as the pages
// use them: a quantity past the available stock refused with not-enough-stock naming how many are available
// (shown at the quantity field), and the admin's per-customer price check (shown in the price panel).
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_CUSTOMER, EXAMPLES, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, buyerOfStore } from './givens.ts';
import { problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { atLeastLike, eachLike, integer, like, regex } = MatchersV3;
const { storeId, customerGuid, productGuid } = EXAMPLES;
const demoInStore: Given = [STATES.customerInStore, { customerCode: BUYER_CUSTOMER, storeName: STORE_NAME }];

/** A unit price from a quantity on, and a break that raises it (what PriceSteps shows). */
export const priceStep = { minimumQuantity: integer(1), price: like(16.2) };
export const raisingBreak = {
  minimumQuantity: integer(10),
  price: like(17),
  cheaperQuantity: integer(1),
  cheaperPrice: like(16.2),
  message: like('From 10 units the unit price is 17.00, more than the 16.20 paid from 1 unit.'),
};

export function stockAndPriceBreakContracts(): void {
  describe('stock-aware ordering (B9)', () => {
    it('when the buyer sets a quantity past the available stock, then the answer is 422 not-enough-stock naming how many are available', async () => {
      const { error } = await exchange(
        {
          given: buyerOfStore,
          as: 'buyer',
          uponReceiving:
            'a quantity past the available stock put in the cart of a store taking no backorders',
          method: 'PUT',
          path: '/store/cart/lines/{productGuid}',
          body: { quantity: 100000 },
          status: 422,
          response: problem('not-enough-stock', 422, {
            detail: like('DEMO-PLENTY: only 500 available.'),
            stockShortfalls: eachLike({
              productCode: like('DEMO-PLENTY'),
              quantity: integer(100000),
              available: like(500),
              message: like('DEMO-PLENTY: only 500 available.'),
            }),
          }),
        },
        (api) =>
          api.PUT('/store/cart/lines/{productGuid}', {
            params: { path: { productGuid } },
            body: { quantity: 100000 },
          }),
      );
      expect(error?.type).toMatch(/not-enough-stock$/);
    });
  });

  describe('the price check (issue 16 item 3)', () => {
    it("when the admin opens a customer's price check, then it lists the products whose breaks raise the unit price", async () => {
      const path = '/admin/stores/{storeId}/customers/{customerGuid}/price-check' as const;
      const { data } = await exchange(
        {
          given: [...adminOfStore, demoInStore],
          as: 'admin',
          uponReceiving: "a request for a customer's price check",
          method: 'GET',
          path,
          status: 200,
          response: {
            customer: shapes.buyer.customer,
            today: regex('^\\d{4}-\\d{2}-\\d{2}$', '2026-11-23'),
            items: atLeastLike(
              {
                product: { guid: like(productGuid), code: like('DEMO-PLENTY'), description: like('Plenty') },
                steps: eachLike(priceStep),
                raisingBreaks: eachLike(raisingBreak),
              },
              0,
            ),
          },
        },
        (api) => api.GET(path, { params: { path: { storeId, customerGuid } } }),
      );
      expect(data?.items).toBeInstanceOf(Array);
    });
  });
}
