// Repeat buying (B3) and the store's own order status labels (R18a), as the buyer pages use them: reorder a
// past order, quick add by code, import a CSV, and the orders list with each status as the store names it.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_EMAIL, EXAMPLES, LOW_PRODUCT, SELLABLE_PRODUCT, STATES, STORE_NAME } from './contract.ts';
import { buyerOfStore } from './givens.ts';
import { problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { eachLike, like, integer } = MatchersV3;
const cartEmpty: Given = [STATES.cartEmpty, { email: BUYER_EMAIL }];
const orderWithHiddenLine: Given = [
  STATES.orderWithHiddenLine,
  { email: BUYER_EMAIL, productCode: SELLABLE_PRODUCT, hiddenCode: LOW_PRODUCT },
];
const cart = shapes.cart(eachLike(shapes.cartLine));

export function buyerRepeatContracts(): void {
  describe('reordering a past order (B3)', () => {
    it('when the buyer reorders an order whose product was hidden since, then the rest is added and that line is flagged with why', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, orderWithHiddenLine, cartEmpty],
          as: 'buyer',
          uponReceiving: 'a reorder of a past order with a line that can no longer be ordered',
          method: 'POST',
          path: '/store/orders/{orderId}/reorder',
          status: 200,
          response: {
            lines: [
              { code: like(SELLABLE_PRODUCT), quantity: integer(2), added: true, problem: null },
              {
                code: like(LOW_PRODUCT),
                quantity: integer(1),
                added: false,
                problem: like('This product is no longer in the store.'),
              },
            ],
            cart,
          },
        },
        (api) =>
          api.POST('/store/orders/{orderId}/reorder', { params: { path: { orderId: EXAMPLES.orderId } } }),
      );
      expect(data?.lines.filter((l) => !l.added).map((l) => l.code)).toEqual([LOW_PRODUCT]);
    });
  });

  describe('quick order by product code (B3)', () => {
    it('when the buyer types a code in any case and a quantity, then the product is added to the cart', async () => {
      const body = { code: 'demo-plenty', quantity: 3 };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartEmpty],
          as: 'buyer',
          uponReceiving: 'a quick add of a product by its code',
          method: 'POST',
          path: '/store/cart/quick-add',
          body,
          status: 200,
          response: cart,
        },
        (api) => api.POST('/store/cart/quick-add', { body }),
      );
      expect(data?.lines[0]?.code).toBe(SELLABLE_PRODUCT);
    });

    it('when the code is not in the store, then the answer is 404 not-found with a sentence naming it', async () => {
      const body = { code: 'NOPE-123', quantity: 1 };
      const { error } = await exchange(
        {
          given: buyerOfStore,
          as: 'buyer',
          uponReceiving: 'a quick add of an unknown product code',
          method: 'POST',
          path: '/store/cart/quick-add',
          body,
          status: 404,
          response: problem('not-found', 404),
        },
        (api) => api.POST('/store/cart/quick-add', { body }),
      );
      expect(error?.type).toMatch(/not-found$/);
    });
  });

  describe('importing a cart from CSV (B3)', () => {
    it('when the file mixes good and unknown codes, then good rows are added and each refused row says why by its line', async () => {
      const csv = 'code,quantity\nDEMO-PLENTY,5\nNOPE-1,2\n';
      const row = (n: number, code: string, quantity: number, added: boolean) => ({
        row: integer(n),
        code: like(code),
        quantity: integer(quantity),
        added,
        problem: added ? null : like('There is no product with code NOPE-1 in this store.'),
      });
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartEmpty],
          as: 'buyer',
          uponReceiving: 'a CSV of product codes and quantities, one of them unknown',
          method: 'POST',
          path: '/store/cart/import',
          body: csv,
          contentType: 'text/csv',
          status: 200,
          response: {
            rows: [row(2, SELLABLE_PRODUCT, 5, true), row(3, 'NOPE-1', 2, false)],
            added: integer(1),
            refused: integer(1),
            cart,
          },
        },
        // As the import page sends it: the file's text as it is, typed text/csv.
        (api) =>
          api.POST('/store/cart/import', {
            body: csv,
            bodySerializer: (body: string) => body,
            headers: { 'Content-Type': 'text/csv' },
          }),
      );
      expect(data?.rows.map((r) => r.added)).toEqual([true, false]);
    });
  });

  describe('order status labels (R18a)', () => {
    it("when the store calls Processing 'Received', then the orders list shows each order's status by the store's label", async () => {
      const relabelled: Given = [
        STATES.statusLabel,
        { storeName: STORE_NAME, status: 'processing', label: 'Received' },
      ];
      const orderPlaced: Given = [STATES.orderPlaced, { email: BUYER_EMAIL, productCode: SELLABLE_PRODUCT }];
      const { data } = await exchange(
        {
          given: [...buyerOfStore, orderPlaced, relabelled],
          as: 'buyer',
          uponReceiving: "a request for the customer's orders after the store renamed a status",
          method: 'GET',
          path: '/store/orders',
          status: 200,
          response: shapes.page(eachLike({ ...shapes.buyerOrder, statusLabel: like('Received') })),
        },
        (api) => api.GET('/store/orders'),
      );
      expect(data?.items[0]?.statusLabel).toBe('Received');
    });
  });
}
