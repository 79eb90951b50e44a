// The admin's customers page (R7, R11), as the admin pages are about to use it.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { EXAMPLES, STATES } from './contract.ts';
import { adminOfStore, contactThat } from './givens.ts';
import { orNull } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, eachLike } = MatchersV3;
const { storeId, customerGuid } = EXAMPLES;
const onStore = '/admin/stores/{storeId}';

const customerRow = {
  guid: like(customerGuid),
  code: like('DEMO001'),
  name: like('Demo Wholesale Ltd'),
  customerType: orNull('[\\s\\S]*', 'Wholesale'),
  inStore: true,
  contactCounts: shapes.contactCounts,
  contactsSummary: like('1 Active, 2 Inactive'),
};

export function adminCustomersContracts(): void {
  describe('the customers page (R7, R11)', () => {
    it('when the admin searches, then customers are listed with their contacts summarised by status', async () => {
      const query = { search: 'DEMO001' };
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a search of the customers',
          method: 'GET',
          path: `${onStore}/customers`,
          query,
          status: 200,
          response: shapes.page(eachLike(customerRow)),
        },
        (api) => api.GET('/admin/stores/{storeId}/customers', { params: { path: { storeId }, query } }),
      );
      expect(data?.items[0]?.code).toBe('DEMO001');
    });

    it('when the customers page opens, then it offers the customer types to filter by', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: "a request for the store's customer types",
          method: 'GET',
          path: `${onStore}/customer-types`,
          status: 200,
          response: { items: eachLike('Wholesale') },
        },
        (api) => api.GET('/admin/stores/{storeId}/customer-types', { params: { path: { storeId } } }),
      );
      expect(data?.items.length).toBeGreaterThan(0);
    });

    it("when the admin opens a customer, then its contacts are listed with each one's status", async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactNeverInvited, 'Nell')],
          as: 'admin',
          uponReceiving: "a request for a customer's contacts",
          method: 'GET',
          path: `${onStore}/customers/{customerGuid}/contacts`,
          status: 200,
          response: {
            customer: {
              guid: like(customerGuid),
              code: like('T1A2B3C4D'),
              name: like('T1A2B3C4D Trading Ltd'),
            },
            contactCounts: shapes.contactCounts,
            items: eachLike(shapes.contact('inactive', 'never-invited')),
          },
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/customers/{customerGuid}/contacts', {
            params: { path: { storeId, customerGuid } },
          }),
      );
      expect(data?.items[0]?.statusReason).toBe('never-invited');
    });

    it('when the admin takes a customer out of the store, then it is no longer in the store (R7)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactNeverInvited, 'Olga')],
          as: 'admin',
          uponReceiving: 'the removal of a customer from the store',
          method: 'PUT',
          path: `${onStore}/customers/{customerGuid}/membership`,
          body: { inStore: false },
          status: 200,
          response: { ...customerRow, inStore: false },
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/customers/{customerGuid}/membership', {
            params: { path: { storeId, customerGuid } },
            body: { inStore: false },
          }),
      );
      expect(data?.inStore).toBe(false);
    });
  });
}
