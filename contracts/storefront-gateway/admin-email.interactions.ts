// The invitation template (R12) and the outbox (B6), as the admin pages are about to use them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { EXAMPLES, STATES } from './contract.ts';
import { adminOfStore, contactThat } from './givens.ts';
import { fromState, isoDateTime, oneOf, orNull } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, eachLike, integer, boolean } = MatchersV3;
const { storeId, messageId } = EXAMPLES;
const onStore = '/admin/stores/{storeId}';
const store = { params: { path: { storeId } } };
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

export function adminEmailContracts(): void {
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
          response: { ...shapes.page(eachLike(outboxSummary)), retentionDays: orNull('\\d+', null) },
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
}
