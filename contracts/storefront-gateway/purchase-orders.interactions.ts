// Purchase-order numbers (B7) as the storefront uses them: checkout asks whether one is required and sends it
// (refused at the field when missing), the buyer's and the admin's order lists find an order by it, the admin
// switches the requirement per customer, and a standing order carries a fixed number or a {date} pattern.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_CUSTOMER, BUYER_EMAIL, EXAMPLES, SELLABLE_PRODUCT, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, buyerOfStore, cartHolds } from './givens.ts';
import { validationProblem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { boolean, eachLike, like } = MatchersV3;
const { storeId, customerGuid } = EXAMPLES;
const PO = 'PO-7731';
const address = { street: '1 Quay Street', city: 'Auckland' };
const poRequired: Given = [STATES.poRequired, { customerCode: BUYER_CUSTOMER }];
const orderWithPo: Given = [
  STATES.orderPlacedWithPo,
  { email: BUYER_EMAIL, productCode: SELLABLE_PRODUCT, purchaseOrderRef: PO },
];
const demoInStore: Given = [STATES.customerInStore, { customerCode: BUYER_CUSTOMER, storeName: STORE_NAME }];
const settingsPath = { params: { path: { storeId, customerGuid } } };

export function purchaseOrderContracts(): void {
  describe('purchase-order numbers at checkout (B7)', () => {
    it('when checkout opens for a customer that requires a PO number, then it is told so', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, poRequired],
          as: 'buyer',
          uponReceiving: 'a request for the checkout settings of a customer that requires a PO number',
          method: 'GET',
          path: '/store/checkout-settings',
          status: 200,
          response: { purchaseOrderRefRequired: true },
        },
        (api) => api.GET('/store/checkout-settings'),
      );
      expect(data?.purchaseOrderRefRequired).toBe(true);
    });

    it('when the buyer places the cart without the required PO number, then the answer is 400 naming purchaseOrderRef', async () => {
      const body = { deliveryAddress: address, purchaseOrderRef: null };
      const { error } = await exchange(
        {
          given: [...buyerOfStore, poRequired, cartHolds(2)],
          as: 'buyer',
          uponReceiving: 'the placing of a cart without the PO number its customer requires',
          method: 'POST',
          path: '/store/orders',
          body,
          status: 400,
          response: validationProblem('purchaseOrderRef'),
        },
        (api) => api.POST('/store/orders', { body }),
      );
      expect(error?.errors?.[0]?.field).toBe('purchaseOrderRef');
    });

    it('when the buyer places the cart with a PO number, then the order carries it', async () => {
      const body = { deliveryAddress: address, purchaseOrderRef: PO };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, cartHolds(2)],
          as: 'buyer',
          uponReceiving: 'the placing of a cart with a PO number',
          method: 'POST',
          path: '/store/orders',
          body,
          status: 201,
          response: { ...shapes.buyerOrder, status: 'processing', purchaseOrderRef: PO },
        },
        (api) => api.POST('/store/orders', { body }),
      );
      expect(data?.purchaseOrderRef).toBe(PO);
    });
  });

  describe('finding an order by its PO number (B7)', () => {
    it('when the buyer searches the orders by the PO number, then the order comes back with it', async () => {
      const query = { search: PO };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, orderWithPo],
          as: 'buyer',
          uponReceiving: "a search of the customer's orders by PO number",
          method: 'GET',
          path: '/store/orders',
          query,
          status: 200,
          response: shapes.page(eachLike({ ...shapes.buyerOrder, purchaseOrderRef: PO })),
        },
        (api) => api.GET('/store/orders', { params: { query } }),
      );
      expect(data?.items[0]?.purchaseOrderRef).toBe(PO);
    });

    it('when the admin searches the orders by the PO number, then the order comes back with it', async () => {
      const query = { search: PO };
      const { data } = await exchange(
        {
          given: [...adminOfStore, orderWithPo],
          as: 'admin',
          uponReceiving: "a search of the store's orders by PO number",
          method: 'GET',
          path: '/admin/stores/{storeId}/orders',
          query,
          status: 200,
          response: shapes.page(
            eachLike({ id: like('order-1'), customerCode: like(BUYER_CUSTOMER), purchaseOrderRef: PO }),
          ),
        },
        (api) => api.GET('/admin/stores/{storeId}/orders', { params: { path: { storeId }, query } }),
      );
      expect(data?.items[0]?.purchaseOrderRef).toBe(PO);
    });
  });

  describe("the customer's ordering settings (B7)", () => {
    it('when the admin opens a customer, then its slide-out shows whether it requires a PO number', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, demoInStore],
          as: 'admin',
          uponReceiving: "a request for a customer's ordering settings",
          method: 'GET',
          path: '/admin/stores/{storeId}/customers/{customerGuid}/order-settings',
          status: 200,
          response: { purchaseOrderRefRequired: boolean(false) },
        },
        (api) => api.GET('/admin/stores/{storeId}/customers/{customerGuid}/order-settings', settingsPath),
      );
      expect(typeof data?.purchaseOrderRefRequired).toBe('boolean');
    });

    it('when the admin switches the requirement off, then the customer no longer requires a PO number', async () => {
      const body = { purchaseOrderRefRequired: false };
      const { data } = await exchange(
        {
          given: [...adminOfStore, poRequired],
          as: 'admin',
          uponReceiving: "the switching off of a customer's PO-number requirement",
          method: 'PUT',
          path: '/admin/stores/{storeId}/customers/{customerGuid}/order-settings',
          body,
          status: 200,
          response: { purchaseOrderRefRequired: false },
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/customers/{customerGuid}/order-settings', {
            ...settingsPath,
            body,
          }),
      );
      expect(data?.purchaseOrderRefRequired).toBe(false);
    });
  });

  describe('standing orders with a PO number (B7)', () => {
    const startDate = '2099-03-02';
    it('when the buyer saves a standing order with a {date} pattern, then it keeps the pattern', async () => {
      const body = { name: 'PO restock', deliveryAddress: address, startDate, purchaseOrderRef: 'PO-{date}' };
      const free: Given = [STATES.noStandingOrderNamed, { email: BUYER_EMAIL, name: body.name }];
      const { data } = await exchange(
        {
          given: [...buyerOfStore, free, cartHolds(4)],
          as: 'buyer',
          uponReceiving: 'the saving of the cart as a standing order with a PO-number pattern',
          method: 'POST',
          path: '/store/standing-orders',
          body,
          status: 201,
          response: { id: like(EXAMPLES.standingOrderId), name: body.name, purchaseOrderRef: 'PO-{date}' },
        },
        (api) => api.POST('/store/standing-orders', { body }),
      );
      expect(data?.purchaseOrderRef).toBe('PO-{date}');
    });

    it('when the pattern has a placeholder other than {date}, then the answer is 400 naming purchaseOrderRef', async () => {
      const body = { name: 'Bad PO', deliveryAddress: address, startDate, purchaseOrderRef: 'PO-{week}' };
      const free: Given = [STATES.noStandingOrderNamed, { email: BUYER_EMAIL, name: body.name }];
      const { error } = await exchange(
        {
          given: [...buyerOfStore, free, cartHolds(4)],
          as: 'buyer',
          uponReceiving: 'the saving of the cart as a standing order with an unknown PO-number placeholder',
          method: 'POST',
          path: '/store/standing-orders',
          body,
          status: 400,
          response: validationProblem('purchaseOrderRef'),
        },
        (api) => api.POST('/store/standing-orders', { body }),
      );
      expect(error?.errors?.[0]?.field).toBe('purchaseOrderRef');
    });
  });
}
