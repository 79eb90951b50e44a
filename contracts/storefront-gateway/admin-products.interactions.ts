// The admin's products (R3, R7) and the store's orders, as the admin pages are about to use them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_EMAIL, EXAMPLES, SELLABLE_PRODUCT, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore } from './givens.ts';
import { fromState, isoDateTime, oneOf, orNull, problem, textOrNull } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, eachLike } = MatchersV3;
const { storeId, productGuid } = EXAMPLES;
const onStore = '/admin/stores/{storeId}';
const store = { params: { path: { storeId } } };
const product = (status: string): Given => [
  STATES.productStatus,
  { productCode: SELLABLE_PRODUCT, status, storeName: STORE_NAME },
];

export function adminProductsContracts(): void {
  describe('the products page (R3, R7)', () => {
    it('when the admin searches products, then each shows its store status and stock', async () => {
      const query = { search: SELLABLE_PRODUCT };
      const { data } = await exchange(
        {
          given: [...adminOfStore, product('sellable')],
          as: 'admin',
          uponReceiving: 'a search of the store products',
          method: 'GET',
          path: `${onStore}/products`,
          query,
          status: 200,
          response: shapes.page(eachLike(shapes.storeProduct)),
        },
        (api) => api.GET('/admin/stores/{storeId}/products', { params: { path: { storeId }, query } }),
      );
      expect(data?.items[0]?.status).toBe('sellable');
    });

    it('when the admin makes selected products Sellable, then the answer counts what changed (R3)', async () => {
      const body = { status: 'sellable' as const, productGuids: [productGuid] };
      const { data } = await exchange(
        {
          given: [...adminOfStore, product('visible')],
          as: 'admin',
          uponReceiving: 'a bulk change of selected products to sellable',
          method: 'POST',
          path: `${onStore}/products/status`,
          body: { ...body, productGuids: [fromState('productGuid')] },
          status: 200,
          response: shapes.statusResult('sellable'),
        },
        (api) => api.POST('/admin/stores/{storeId}/products/status', { ...store, body }),
      );
      expect(data?.changed).toBe(1);
    });

    it('when the admin sets one product Visible, then the answer counts what changed (R3)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, product('sellable')],
          as: 'admin',
          uponReceiving: 'a change of one product to visible',
          method: 'PUT',
          path: `${onStore}/products/{productGuid}/status`,
          body: { status: 'visible' },
          status: 200,
          response: shapes.statusResult('visible'),
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/products/{productGuid}/status', {
            params: { path: { storeId, productGuid } },
            body: { status: 'visible' },
          }),
      );
      expect(data?.status).toBe('visible');
    });

    it("when the admin gives a product the store's own name and description, then the answer shows them beside Unleashed's (R3)", async () => {
      const body = { name: 'Workshop Widget (trade pack)', description: 'Ships in cartons of 12.' };
      const { data } = await exchange(
        {
          given: [...adminOfStore, product('sellable')],
          as: 'admin',
          uponReceiving: "the store's own name and description of one product",
          method: 'PUT',
          path: `${onStore}/products/{productGuid}/override`,
          body,
          status: 200,
          response: {
            ...shapes.storeProduct,
            override: { name: textOrNull(body.name), description: textOrNull(body.description) },
          },
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/products/{productGuid}/override', {
            params: { path: { storeId, productGuid } },
            body,
          }),
      );
      expect(data?.override?.name).toBe(body.name);
    });

    it('when the product is no longer in the store, then its name edit is told not-found (R3)', async () => {
      const { error } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: "the store's own name of a product the store does not have",
          method: 'PUT',
          path: `${onStore}/products/no-such-product/override`,
          body: { name: 'Ghost', description: null },
          status: 404,
          response: problem('not-found', 404),
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/products/{productGuid}/override', {
            params: { path: { storeId, productGuid: 'no-such-product' } },
            body: { name: 'Ghost', description: null },
          }),
      );
      expect(error?.type).toMatch(/not-found$/);
    });

    it('when listing one more would pass the plan limit, then the answer is 403 plan-limit-reached (R7)', async () => {
      const { error } = await exchange(
        {
          given: [...adminOfStore, [STATES.planFull, { storeName: STORE_NAME, plan: 'base' }]],
          as: 'admin',
          uponReceiving: 'a change of one hidden product to sellable when the plan allows no more',
          method: 'PUT',
          path: `${onStore}/products/{productGuid}/status`,
          body: { status: 'sellable' },
          status: 403,
          response: problem('plan-limit-reached', 403, {
            limit: like('products'),
            plan: like('base'),
            upgradeTo: orNull('[\\s\\S]*', 'premium'),
          }),
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/products/{productGuid}/status', {
            params: { path: { storeId, productGuid } },
            body: { status: 'sellable' },
          }),
      );
      expect(error?.upgradeTo).toBe('premium');
    });
  });

  describe("the store's orders", () => {
    it('when the orders page opens, then each order shows who placed it and its import state', async () => {
      const { data } = await exchange(
        {
          given: [
            ...adminOfStore,
            [STATES.orderPlaced, { email: BUYER_EMAIL, productCode: SELLABLE_PRODUCT }],
          ],
          as: 'admin',
          uponReceiving: "a request for the store's orders",
          method: 'GET',
          path: `${onStore}/orders`,
          status: 200,
          response: shapes.page(
            eachLike({
              id: like('order-1'),
              placedByEmail: like(BUYER_EMAIL),
              status: shapes.orderStatus,
              importState: oneOf(['held', 'queued', 'imported', 'failed'], 'queued'),
              unleashedOrderNumber: orNull('[\\s\\S]*', null),
              total: like(37.95),
              createdAt: isoDateTime(),
            }),
          ),
        },
        (api) => api.GET('/admin/stores/{storeId}/orders', store),
      );
      expect(data?.items[0]?.placedByEmail).toBe(BUYER_EMAIL);
    });

    it('when the admin opens an order, then it shows its lines, totals, who placed it and its PO number', async () => {
      const { data } = await exchange(
        {
          given: [
            ...adminOfStore,
            [STATES.orderPlaced, { email: BUYER_EMAIL, productCode: SELLABLE_PRODUCT }],
          ],
          as: 'admin',
          uponReceiving: 'a request for one store order',
          method: 'GET',
          path: `${onStore}/orders/{orderId}`,
          status: 200,
          response: {
            id: like(EXAMPLES.orderId),
            storeReference: like('E7BF257B'),
            requiredDate: orNull('[\\s\\S]*', null),
            customerCode: like('DEMO001'),
            customerName: orNull('[\\s\\S]*', 'Demo Wholesale Ltd'),
            placedByEmail: like(BUYER_EMAIL),
            placedOnBehalfBy: orNull('[\\s\\S]*', null),
            purchaseOrderRef: orNull('[\\s\\S]*', null),
            statusLabel: like('Processing'),
            importState: oneOf(['held', 'queued', 'imported', 'failed'], 'queued'),
            lines: eachLike({ code: like(SELLABLE_PRODUCT), quantity: like(2), lineTotal: like(33) }),
            charges: [],
            subTotal: like(33),
            taxTotal: like(4.95),
            total: like(37.95),
            createdAt: isoDateTime(),
          },
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/orders/{orderId}', {
            params: { path: { storeId, orderId: EXAMPLES.orderId } },
          }),
      );
      expect(data?.lines[0]?.code).toBe(SELLABLE_PRODUCT);
    });
  });
}
