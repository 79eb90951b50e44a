// Every email's wording (issue 16 item 9, R12) and the outbox (B6), as the admin pages are about to use them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { EXAMPLES, STATES } from './contract.ts';
import { adminOfStore, contactThat } from './givens.ts';
import {
  fromState,
  isoDateTime,
  isoDateTimeOrNull,
  oneOf,
  orNull,
  problem,
  validationProblem,
} from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, eachLike, integer, boolean } = MatchersV3;
const { storeId, messageId } = EXAMPLES;
const onStore = '/admin/stores/{storeId}';
const store = { params: { path: { storeId } } };
const email = { params: { path: { storeId, template: 'order-status-changed' } } };
const onEmail = `${onStore}/email-templates/order-status-changed`;
const draft = {
  subject: 'Order {Order Number}: {Status}',
  body: 'Hello {First Name},\n\nYour order {Order Number} is now {Status}.',
};
const summary = {
  name: like('order-status-changed'),
  title: like('Order status changed'),
  sentWhen: like("To the contact who placed an order when the order's status changes."),
  isDefault: boolean(true),
  updatedAt: isoDateTimeOrNull(null),
};
const template = {
  ...summary,
  subject: like(draft.subject),
  body: like(draft.body),
  placeholders: eachLike('{First Name}'),
  requiredPlaceholders: like([]),
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
  describe("the store's emails (issue 16 item 9) and the outbox (B6)", () => {
    it('when the emails page opens, then it lists every email with whether the store edited it', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: "a request for the store's emails",
          method: 'GET',
          path: `${onStore}/email-templates`,
          status: 200,
          response: { items: eachLike(summary) },
        },
        (api) => api.GET('/admin/stores/{storeId}/email-templates', store),
      );
      expect(data?.items[0]?.title).toBe('Order status changed');
    });

    it('when one email opens, then it shows the subject, the body and the placeholders', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for one email template',
          method: 'GET',
          path: onEmail,
          status: 200,
          response: template,
        },
        (api) => api.GET('/admin/stores/{storeId}/email-templates/{template}', email),
      );
      expect(data?.placeholders).toContain('{First Name}');
    });

    it('when the admin asks for an email that does not exist, then the page says so', async () => {
      const { error } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for an unknown email template',
          method: 'GET',
          path: `${onStore}/email-templates/newsletter`,
          status: 404,
          response: problem('not-found', 404),
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/email-templates/{template}', {
            params: { path: { storeId, template: 'newsletter' } },
          }),
      );
      expect(error?.status).toBe(404);
    });

    it('when the admin saves an email, then it is the store’s own', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the saving of an email template',
          method: 'PUT',
          path: onEmail,
          body: draft,
          status: 200,
          response: { ...template, isDefault: boolean(false), updatedAt: isoDateTime() },
        },
        (api) => api.PUT('/admin/stores/{storeId}/email-templates/{template}', { ...email, body: draft }),
      );
      expect(data?.isDefault).toBe(false);
    });

    it('when the admin saves a draft with an unknown placeholder, then the problem names the field', async () => {
      const bad = { subject: 'Hi {Nickname}', body: draft.body };
      const { error } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the saving of an email template with an unknown placeholder',
          method: 'PUT',
          path: onEmail,
          body: bad,
          status: 400,
          response: validationProblem('subject'),
        },
        (api) => api.PUT('/admin/stores/{storeId}/email-templates/{template}', { ...email, body: bad }),
      );
      expect(error?.errors?.[0]?.field).toBe('subject');
    });

    it('when the admin resets an email, then the default is back', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'the reset of an email template',
          method: 'DELETE',
          path: onEmail,
          status: 200,
          response: { ...template, isDefault: boolean(true) },
        },
        (api) => api.DELETE('/admin/stores/{storeId}/email-templates/{template}', email),
      );
      expect(data?.isDefault).toBe(true);
    });

    it('when the admin previews a draft, then it is rendered with sample values', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a preview of a draft email template',
          method: 'POST',
          path: `${onEmail}/preview`,
          body: draft,
          status: 200,
          response: {
            subject: like('Order SO-00001: Confirmed'),
            html: like('<p>Hello</p>'),
            text: like('Hello'),
          },
        },
        (api) =>
          api.POST('/admin/stores/{storeId}/email-templates/{template}/preview', { ...email, body: draft }),
      );
      expect(data?.subject).toBe('Order SO-00001: Confirmed');
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
