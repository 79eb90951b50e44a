// The admin's products (R3, R7), the invitation template and outbox (R12, B6), and the store's orders, as the
// admin pages are about to use them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_EMAIL, EXAMPLES, SELLABLE_PRODUCT, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, contactThat } from './givens.ts';
import { fromState, isoDateTime, oneOf, orNull, problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, eachLike, integer, boolean } = MatchersV3;
const { storeId, productGuid, messageId } = EXAMPLES;
const onStore = '/admin/stores/{storeId}';
const store = { params: { path: { storeId } } };
const product = (status: string): Given => [
  STATES.productStatus,
  { productCode: SELLABLE_PRODUCT, status, storeName: STORE_NAME },
];
const draft = {
  subject: 'Order from {Brand Name}',
  body: 'Hello {First Name},\n\nOrder online:\n\n{Accept Link}\n\nThe link works until {Expiry Date}.',
};
const template = {
  subject: like(draft.subject),
  body: like(draft.body),
  isDefault: boolean(false),
  placeholders: eachLike('{First Name}'),
};
const outboxSummary = {
  id: like(messageId),
  to: like('rita@buyer.example'),
  subject: like('You are invited to order from Trade Store'),
  status: oneOf(['queued', 'sending', 'sent', 'failed'], 'sent'),
  attempts: integer(1),
  lastError: orNull('[\\s\\S]*', null),
  createdAt: isoDateTime(),
};

export function adminCatalogueEmailContracts(): void {
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

  describe('the invitation email (R12) and the outbox (B6)', () => {
    it('when the template page opens, then it shows the subject, the body and the placeholders', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for the invitation template',
          method: 'GET',
          path: `${onStore}/invitation-template`,
          status: 200,
          response: template,
        },
        (api) => api.GET('/admin/stores/{storeId}/invitation-template', store),
      );
      expect(data?.placeholders).toContain('{First Name}');
    });

    it('when the admin saves a template, then it is the store’s own', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the saving of an invitation template',
          method: 'PUT',
          path: `${onStore}/invitation-template`,
          body: draft,
          status: 200,
          response: { ...template, isDefault: false },
        },
        (api) => api.PUT('/admin/stores/{storeId}/invitation-template', { ...store, body: draft }),
      );
      expect(data?.isDefault).toBe(false);
    });

    it('when the admin resets the template, then the default is back', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the reset of the invitation template',
          method: 'DELETE',
          path: `${onStore}/invitation-template`,
          status: 200,
          response: { ...template, isDefault: true },
        },
        (api) => api.DELETE('/admin/stores/{storeId}/invitation-template', store),
      );
      expect(data?.isDefault).toBe(true);
    });

    it('when the admin previews a draft, then it is rendered with sample values', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a preview of a draft invitation template',
          method: 'POST',
          path: `${onStore}/invitation-template/preview`,
          body: draft,
          status: 200,
          response: {
            subject: like('Order from Trade Store'),
            html: like('<p>Hello</p>'),
            text: like('Hello'),
          },
        },
        (api) => api.POST('/admin/stores/{storeId}/invitation-template/preview', { ...store, body: draft }),
      );
      expect(data?.subject).toBe('Order from Trade Store');
    });

    it('when the outbox opens, then it lists the emails with their delivery state (B6)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactInvited, 'Otto')],
          as: 'admin',
          uponReceiving: 'a request for the outbox',
          method: 'GET',
          path: `${onStore}/outbox`,
          status: 200,
          response: shapes.page(eachLike(outboxSummary)),
        },
        (api) => api.GET('/admin/stores/{storeId}/outbox', store),
      );
      expect(data?.items[0]?.status).toBe('sent');
    });

    it('when the admin opens an email, then it shows the rendered message (B6)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactInvited, 'Mia')],
          as: 'admin',
          uponReceiving: 'a request for one outbox message',
          method: 'GET',
          path: `${onStore}/outbox/{messageId}`,
          status: 200,
          response: {
            ...outboxSummary,
            id: fromState('messageId'),
            html: like('<p>Hello</p>'),
            text: like('Hello'),
          },
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/outbox/{messageId}', { params: { path: { storeId, messageId } } }),
      );
      expect(data?.text).toBe('Hello');
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
              importState: oneOf(['queued', 'imported', 'failed'], 'queued'),
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
  });
}
