// A buyer's catalogue, cart and orders (R17–R20), as the buyer pages are about to use them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_EMAIL, EXAMPLES, LOW_PRODUCT, SELLABLE_PRODUCT, STATES, STORE_NAME } from './contract.ts';
import { buyerOfStore, buyerSignedIn, cartHolds, storeSynced } from './givens.ts';
import { isoDateTimeOrNull, orNull, problem, textOrNull } from './matchers.ts';
import * as shapes from './shapes.ts';

const { eachLike, like } = MatchersV3;
const productGuid = EXAMPLES.productGuid;
const line = { params: { path: { productGuid } } };
const address = { street: '1 Quay Street', city: 'Auckland' };
const cartEmpty: Given = [STATES.cartEmpty, { email: BUYER_EMAIL }];
const orderPlaced: Given = [STATES.orderPlaced, { email: BUYER_EMAIL, productCode: SELLABLE_PRODUCT }];
const text = (example: string | null) => orNull('[\\s\\S]*', example);

export function buyerOrderingContracts(): void {
  describe("the buyer's catalogue (R17)", () => {
    it('when the catalogue opens, then it lists products with their own price, stock band and orderability', async () => {
      const { data } = await exchange(
        {
          given: buyerOfStore,
          as: 'buyer',
          uponReceiving: 'a request for the first page of the catalogue',
          method: 'GET',
          path: '/store/products',
          query: { search: 'DEMO-PLENTY' },
          status: 200,
          response: { ...shapes.page(eachLike(shapes.buyerProduct)), stockSyncedAt: isoDateTimeOrNull(null) },
        },
        (api) => api.GET('/store/products', { params: { query: { search: 'DEMO-PLENTY' } } }),
      );
      expect(data?.items[0]?.price).toBe(16.5);
    });

    it("when a product page opens, then it shows the product as the catalogue does with the customer's price by quantity", async () => {
      const { data } = await exchange(
        {
          given: buyerOfStore,
          as: 'buyer',
          uponReceiving: 'a request for one product of the catalogue by its code',
          method: 'GET',
          path: `/store/products/${SELLABLE_PRODUCT}`,
          status: 200,
          // DEMO001 has its own price on it, which wins at any quantity: no breaks.
          response: {
            ...shapes.buyerProduct,
            priceBreaks: [],
            stockSyncedAt: isoDateTimeOrNull(null),
            details: textOrNull(null),
          },
        },
        (api) =>
          api.GET('/store/products/{productCode}', { params: { path: { productCode: SELLABLE_PRODUCT } } }),
      );
      expect(data?.price).toBe(16.5);
      expect(data?.priceBreaks).toEqual([]);
    });

    it('when the product is not in the buyer catalogue, then the product page is told not-found', async () => {
      const { error } = await exchange(
        {
          given: buyerOfStore,
          as: 'buyer',
          uponReceiving: 'a request for a product the buyer may not see',
          method: 'GET',
          path: '/store/products/DEMO-OBSOLETE',
          status: 404,
          response: problem('not-found', 404),
        },
        (api) =>
          api.GET('/store/products/{productCode}', { params: { path: { productCode: 'DEMO-OBSOLETE' } } }),
      );
      expect(error?.status).toBe(404);
    });

    it('when the catalogue opens, then it lists the categories to filter by', async () => {
      const { data } = await exchange(
        {
          given: buyerOfStore,
          as: 'buyer',
          uponReceiving: 'a request for the categories',
          method: 'GET',
          path: '/store/categories',
          status: 200,
          response: { items: eachLike('Hardware') },
        },
        (api) => api.GET('/store/categories'),
      );
      expect(data?.items).toContain('Hardware');
    });
  });

  describe('the cart (R18)', () => {
    it('when the cart opens, then it shows the priced lines, totals and whether it can be placed', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartHolds(2)],
          as: 'buyer',
          uponReceiving: 'a request for a cart holding a product',
          method: 'GET',
          path: '/store/cart',
          status: 200,
          response: shapes.cart(eachLike(shapes.cartLine)),
        },
        (api) => api.GET('/store/cart'),
      );
      expect(data?.canPlace).toBe(true);
    });

    it('when the buyer sets a quantity, then the cart answers priced', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartEmpty],
          as: 'buyer',
          uponReceiving: 'a quantity of a sellable product put in the cart',
          method: 'PUT',
          path: '/store/cart/lines/{productGuid}',
          body: { quantity: 2 },
          status: 200,
          response: shapes.cart(eachLike(shapes.cartLine)),
        },
        (api) => api.PUT('/store/cart/lines/{productGuid}', { ...line, body: { quantity: 2 } }),
      );
      expect(data?.lines[0]?.quantity).toBe(2);
    });

    it('when the product can be seen but not ordered, then the answer is 409 product-not-orderable', async () => {
      const visible: Given = [
        STATES.productStatus,
        { productCode: LOW_PRODUCT, status: 'visible', storeName: STORE_NAME },
      ];
      const { error } = await exchange(
        {
          given: [storeSynced, visible, buyerSignedIn],
          as: 'buyer',
          uponReceiving: 'a quantity of a visible-only product put in the cart',
          method: 'PUT',
          path: '/store/cart/lines/{productGuid}',
          body: { quantity: 1 },
          status: 409,
          response: problem('product-not-orderable', 409),
        },
        (api) => api.PUT('/store/cart/lines/{productGuid}', { ...line, body: { quantity: 1 } }),
      );
      expect(error?.type).toMatch(/product-not-orderable$/);
    });

    it('when the buyer removes a line, then the cart answers without it', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartHolds(2)],
          as: 'buyer',
          uponReceiving: 'the removal of a cart line',
          method: 'DELETE',
          path: '/store/cart/lines/{productGuid}',
          status: 200,
          response: shapes.cart([]),
        },
        (api) => api.DELETE('/store/cart/lines/{productGuid}', line),
      );
      expect(data?.lines).toEqual([]);
    });

    it('when the buyer empties the cart, then the cart answers empty', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartHolds(2)],
          as: 'buyer',
          uponReceiving: 'the emptying of the cart',
          method: 'DELETE',
          path: '/store/cart',
          status: 200,
          response: shapes.cart([]),
        },
        (api) => api.DELETE('/store/cart'),
      );
      expect(data?.lines).toEqual([]);
    });
  });

  describe('placing and reading orders (R18–R20)', () => {
    it('when the checkout opens, then it offers the delivery addresses Unleashed holds', async () => {
      const { data } = await exchange(
        {
          given: buyerOfStore,
          as: 'buyer',
          uponReceiving: "a request for the customer's delivery addresses",
          method: 'GET',
          path: '/store/addresses',
          status: 200,
          response: { items: eachLike({ street: text('12 Wharf Road'), city: text('Auckland') }) },
        },
        (api) => api.GET('/store/addresses'),
      );
      expect(data?.items[0]?.city).toBe('Auckland');
    });

    it('when the buyer places the cart, then the order is Processing with its lines and totals (R18)', async () => {
      const body = { deliveryAddress: address, comment: 'Leave at the back door' };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartHolds(2)],
          as: 'buyer',
          uponReceiving: 'the placing of a cart with a delivery address',
          method: 'POST',
          path: '/store/orders',
          body,
          status: 201,
          response: { ...shapes.buyerOrder, status: 'processing' },
        },
        (api) => api.POST('/store/orders', { body }),
      );
      expect(data?.status).toBe('processing');
    });

    it('when the cart is empty, then the answer is 409 cart-cannot-be-placed', async () => {
      const body = { deliveryAddress: address };
      const { error } = await exchange(
        {
          given: [...buyerOfStore, cartEmpty],
          as: 'buyer',
          uponReceiving: 'the placing of an empty cart',
          method: 'POST',
          path: '/store/orders',
          body,
          status: 409,
          response: problem('cart-cannot-be-placed', 409),
        },
        (api) => api.POST('/store/orders', { body }),
      );
      expect(error?.type).toMatch(/cart-cannot-be-placed$/);
    });

    it("when the orders page opens, then it lists the customer's orders newest first (R19)", async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, orderPlaced],
          as: 'buyer',
          uponReceiving: "a request for the customer's orders",
          method: 'GET',
          path: '/store/orders',
          status: 200,
          response: shapes.page(eachLike(shapes.buyerOrder)),
        },
        (api) => api.GET('/store/orders'),
      );
      expect(data?.items[0]?.placedByEmail).toBe(BUYER_EMAIL);
    });

    it('when the buyer filters the orders by status, then only orders in that status come back (R19)', async () => {
      const query = { status: 'processing' as const };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, orderPlaced],
          as: 'buyer',
          uponReceiving: "a request for the customer's Processing orders",
          method: 'GET',
          path: '/store/orders',
          query,
          status: 200,
          response: shapes.page(eachLike({ ...shapes.buyerOrder, status: 'processing' })),
        },
        (api) => api.GET('/store/orders', { params: { query } }),
      );
      expect(data?.items[0]?.status).toBe('processing');
    });

    it('when the orders page opens, then it lists the store status labels to filter by (R18a)', async () => {
      const { data } = await exchange(
        {
          given: buyerOfStore,
          as: 'buyer',
          uponReceiving: "a request for the store's order status labels",
          method: 'GET',
          path: '/store/order-statuses',
          status: 200,
          response: { items: eachLike({ status: 'processing', label: like('Processing') }) },
        },
        (api) => api.GET('/store/order-statuses'),
      );
      expect(data?.items[0]?.label).toBe('Processing');
    });

    it('when the buyer opens an order, then it shows lines, totals and who placed it (R20)', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, orderPlaced],
          as: 'buyer',
          uponReceiving: 'a request for one order of the customer',
          method: 'GET',
          path: '/store/orders/{orderId}',
          status: 200,
          response: { ...shapes.buyerOrder, id: like(EXAMPLES.orderId) },
        },
        (api) => api.GET('/store/orders/{orderId}', { params: { path: { orderId: EXAMPLES.orderId } } }),
      );
      expect(data?.lines[0]?.code).toBe('DEMO-PLENTY');
    });
  });
}
