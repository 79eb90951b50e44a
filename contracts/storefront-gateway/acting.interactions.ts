// Acting as a customer (R22, R23): the admin starts and stops acting and reads the acting log; while acting,
// the buyer pages show the badge, offer the customer's contacts and place the order for one of them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { ADMIN_EMAIL, BUYER_CUSTOMER, EXAMPLES, SELLABLE_PRODUCT, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, sellable, storeSynced } from './givens.ts';
import { fromState, isoDateTime, isoDateTimeOrNull, orNull, problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { eachLike, like, boolean } = MatchersV3;
const storeId = { params: { path: { storeId: EXAMPLES.storeId } } };
const demoInStore: Given = [STATES.customerInStore, { customerCode: BUYER_CUSTOMER, storeName: STORE_NAME }];
const actingAsDemo: Given = [STATES.acting, { email: ADMIN_EMAIL, customerCode: BUYER_CUSTOMER }];
const actingCartHolds: Given = [STATES.actingCartHolds, { quantity: 2, productCode: SELLABLE_PRODUCT }];
const acting = {
  adminEmail: like(ADMIN_EMAIL),
  adminName: like('Ada Admin'),
  startedAt: isoDateTime(),
};
const address = { street: '1 Quay Street', city: 'Auckland' };
const text = (example: string | null) => orNull('[\\s\\S]*', example);

export function actingContracts(): void {
  describe('acting as a customer (R22)', () => {
    it('when the admin acts as a customer, then the answer carries the acting session and the buyer it acts as', async () => {
      const body = { customerGuid: EXAMPLES.customerGuid };
      const { data } = await exchange(
        {
          given: [...adminOfStore, demoInStore],
          as: 'admin',
          uponReceiving: 'a request to act as a customer of the store',
          method: 'POST',
          path: '/admin/stores/{storeId}/acting',
          body: { customerGuid: fromState('customerGuid') },
          status: 201,
          response: {
            token: like('acting-session-token'),
            expiresAt: isoDateTime(),
            buyer: { ...shapes.buyer, acting },
          },
        },
        (api) => api.POST('/admin/stores/{storeId}/acting', { ...storeId, body }),
      );
      expect(data?.buyer.acting?.adminEmail).toBe(ADMIN_EMAIL);
    });

    it('when the admin stops acting, then the answer is 204', async () => {
      const { response } = await exchange(
        {
          given: [...adminOfStore, actingAsDemo],
          as: 'admin',
          uponReceiving: 'a request to stop acting as a customer',
          method: 'DELETE',
          path: '/admin/stores/{storeId}/acting',
          status: 204,
        },
        (api) => api.DELETE('/admin/stores/{storeId}/acting', storeId),
      );
      expect(response.status).toBe(204);
    });

    it('when the acting log opens, then it lists who acted as which customer, when, and why it ended', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, actingAsDemo],
          as: 'admin',
          uponReceiving: 'a request for the acting log',
          method: 'GET',
          path: '/admin/stores/{storeId}/acting-log',
          query: { page: '1', pageSize: '25' },
          status: 200,
          response: shapes.page(
            eachLike({
              id: like('acting-1'),
              admin: { id: like('admin-1'), email: like(ADMIN_EMAIL) },
              customer: shapes.buyer.customer,
              startedAt: isoDateTime(),
              endedAt: isoDateTimeOrNull(null),
              endReason: orNull(
                '(stopped|replaced|admin-signed-out|customer-left-store|session-ended)',
                null,
              ),
            }),
          ),
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/acting-log', {
            params: { path: { storeId: EXAMPLES.storeId }, query: { page: 1, pageSize: 25 } },
          }),
      );
      expect(data?.items[0]?.admin.email).toBe(ADMIN_EMAIL);
    });

    it('when the buyer pages open while acting, then the buyer carries the acting badge', async () => {
      const { data } = await exchange(
        {
          given: [storeSynced, actingAsDemo],
          as: 'acting',
          uponReceiving: 'a request for the current buyer while an admin acts as the customer',
          method: 'GET',
          path: '/store/me',
          status: 200,
          response: { ...shapes.buyer, acting },
        },
        (api) => api.GET('/store/me'),
      );
      expect(data?.acting?.adminName).toBe('Ada Admin');
    });
  });

  describe('ordering for a contact of the customer (R23)', () => {
    it('when the checkout opens while acting, then it offers the contacts the order may be placed for', async () => {
      const { data } = await exchange(
        {
          given: [storeSynced, actingAsDemo],
          as: 'acting',
          uponReceiving: 'a request for the contacts an acting admin may order for',
          method: 'GET',
          path: '/store/acting/contacts',
          status: 200,
          response: {
            items: eachLike({
              guid: like(EXAMPLES.contactGuid),
              firstName: text('Dana'),
              lastName: text('Buyer'),
              email: like('dana@demo-wholesale.example'),
              isDefault: boolean(true),
            }),
          },
        },
        (api) => api.GET('/store/acting/contacts'),
      );
      expect(data?.items[0]?.isDefault).toBe(true);
    });

    it('when the acting admin places the cart for a contact, then the order is placed by that contact', async () => {
      const body = { deliveryAddress: address, placedForContactGuid: EXAMPLES.contactGuid };
      const { data } = await exchange(
        {
          given: [storeSynced, sellable(), actingAsDemo, actingCartHolds],
          as: 'acting',
          uponReceiving: 'the placing of a cart while acting, for a contact of the customer',
          method: 'POST',
          path: '/store/orders',
          body: { ...body, placedForContactGuid: fromState('contactGuid') },
          status: 201,
          response: { ...shapes.buyerOrder, status: 'processing' },
        },
        (api) => api.POST('/store/orders', { body }),
      );
      expect(data?.placedByEmail).toBe('dana@demo-wholesale.example');
    });

    it('when the contact named was deactivated, then the answer is 409 contact-deactivated', async () => {
      const deactivated: Given = [STATES.actingForDeactivated, { email: ADMIN_EMAIL, firstName: 'Bob' }];
      const body = { deliveryAddress: address, placedForContactGuid: EXAMPLES.contactGuid };
      const { error } = await exchange(
        {
          given: [storeSynced, sellable(), deactivated, actingCartHolds],
          as: 'acting',
          uponReceiving: 'the placing of a cart while acting, for a deactivated contact',
          method: 'POST',
          path: '/store/orders',
          body: { ...body, placedForContactGuid: fromState('contactGuid') },
          status: 409,
          response: problem('contact-deactivated', 409),
        },
        (api) => api.POST('/store/orders', { body }),
      );
      expect(error?.type).toMatch(/contact-deactivated$/);
    });
  });
}
