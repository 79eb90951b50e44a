// Inviting contacts, managing their logins and the notification that follows (R10, R12, R13, R16), as the
// admin pages are about to use them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { EXAMPLES, STATES } from './contract.ts';
import { adminOfStore, contactThat } from './givens.ts';
import { fromState, isoDateTime, orNull, problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, eachLike } = MatchersV3;
const { storeId, customerGuid, contactGuid } = EXAMPLES;
const onStore = '/admin/stores/{storeId}';
const contactPath = { params: { path: { storeId, contactGuid } } };

export function adminInvitationsContracts(): void {
  describe('inviting contacts (R10, R12, R13, R16)', () => {
    it('when the admin invites a contact, then it is Pending and the email is in the outbox (R12)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactNeverInvited, 'Ivy')],
          as: 'admin',
          uponReceiving: 'the invitation of a contact never invited',
          method: 'POST',
          path: `${onStore}/contacts/{contactGuid}/invitation`,
          status: 201,
          response: shapes.invitationSent,
        },
        (api) => api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/invitation', contactPath),
      );
      expect(data?.contact.status).toBe('pending');
    });

    it('when another customer’s contact holds the email, then the answer is 409 email-already-invited naming it (R10)', async () => {
      const { error } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.emailHeld, 'Hugo')],
          as: 'admin',
          uponReceiving: 'the invitation of a contact whose email another contact holds',
          method: 'POST',
          path: `${onStore}/contacts/{contactGuid}/invitation`,
          status: 409,
          response: problem('email-already-invited', 409, {
            heldBy: {
              contactGuid: like('9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'),
              customerGuid: like('1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a'),
              customerCode: like('T9Z8Y7X6W'),
              name: like('Holder Tester'),
            },
          }),
        },
        (api) => api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/invitation', contactPath),
      );
      expect(error?.heldBy?.customerCode).toBe('T9Z8Y7X6W');
    });

    it('when the admin cancels a pending invitation, then the contact is Inactive (R16)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactInvited, 'Cleo')],
          as: 'admin',
          uponReceiving: 'the cancelling of a pending invitation',
          method: 'DELETE',
          path: `${onStore}/contacts/{contactGuid}/invitation`,
          status: 200,
          response: shapes.contact('inactive', 'cancelled'),
        },
        (api) => api.DELETE('/admin/stores/{storeId}/contacts/{contactGuid}/invitation', contactPath),
      );
      expect(data?.statusReason).toBe('cancelled');
    });

    it('when the admin resends a pending invitation, then a new link is on its way (R13)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactInvited, 'Remy')],
          as: 'admin',
          uponReceiving: 'the resending of a pending invitation',
          method: 'POST',
          path: `${onStore}/contacts/{contactGuid}/invitation/resend`,
          status: 201,
          response: shapes.invitationSent,
        },
        (api) => api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/invitation/resend', contactPath),
      );
      expect(data?.message.status).toBe('queued');
    });

    it('when the admin deactivates an active contact, then it is Inactive (R16)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactActive, 'Dora')],
          as: 'admin',
          uponReceiving: 'the deactivation of an active contact',
          method: 'POST',
          path: `${onStore}/contacts/{contactGuid}/deactivate`,
          status: 200,
          response: shapes.contact('inactive', 'deactivated'),
        },
        (api) => api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/deactivate', contactPath),
      );
      expect(data?.status).toBe('inactive');
    });

    it('when the admin reactivates a deactivated contact, then it is Active again (R16)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactDeactivated, 'Raf')],
          as: 'admin',
          uponReceiving: 'the reactivation of a deactivated contact',
          method: 'POST',
          path: `${onStore}/contacts/{contactGuid}/reactivate`,
          status: 200,
          response: shapes.contact('active', 'accepted'),
        },
        (api) => api.POST('/admin/stores/{storeId}/contacts/{contactGuid}/reactivate', contactPath),
      );
      expect(data?.status).toBe('active');
    });

    it('when the admin invites selected contacts, then each gets its own result (R12)', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactNeverInvited, 'Bo')],
          as: 'admin',
          uponReceiving: 'a bulk invitation of selected contacts',
          method: 'POST',
          path: `${onStore}/invitations`,
          body: { contactGuids: [fromState('contactGuid')] },
          status: 200,
          response: { items: eachLike({ contactGuid: like(contactGuid), outcome: 'sent' }) },
        },
        (api) =>
          api.POST('/admin/stores/{storeId}/invitations', {
            params: { path: { storeId } },
            body: { contactGuids: [contactGuid] },
          }),
      );
      expect(data?.items[0]?.outcome).toBe('sent');
    });

    it("when the admin invites selected customers' primary contacts, then each customer gets a result (R12)", async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, contactThat(STATES.contactNeverInvited, 'Pia')],
          as: 'admin',
          uponReceiving: 'a bulk invitation of the primary contacts of selected customers',
          method: 'POST',
          path: `${onStore}/invitations/primary-contacts`,
          body: { customerGuids: [fromState('customerGuid')] },
          status: 200,
          response: {
            items: eachLike({
              customerGuid: like(customerGuid),
              contactGuid: orNull('[\\s\\S]*', contactGuid),
              outcome: 'sent',
            }),
          },
        },
        (api) =>
          api.POST('/admin/stores/{storeId}/invitations/primary-contacts', {
            params: { path: { storeId } },
            body: { customerGuids: [customerGuid] },
          }),
      );
      expect(data?.items[0]?.customerGuid).toBe(customerGuid);
    });

    it('when a contact opened an expired invitation, then the admin is notified (R13)', async () => {
      const { data } = await exchange(
        {
          given: [contactThat(STATES.adminNotified, 'Nora'), ...adminOfStore],
          as: 'admin',
          uponReceiving: "a request for the store admin's notifications",
          method: 'GET',
          path: `${onStore}/notifications`,
          status: 200,
          response: {
            items: eachLike({
              id: like('notification-1'),
              kind: 'invitation-expired',
              message: like('Nora Tester of T1A2B3C4D tried to accept an expired invitation.'),
              contactGuid: like(contactGuid),
              customerGuid: like(customerGuid),
              createdAt: isoDateTime(),
            }),
          },
        },
        (api) => api.GET('/admin/stores/{storeId}/notifications', { params: { path: { storeId } } }),
      );
      expect(data?.items[0]?.kind).toBe('invitation-expired');
    });
  });
}
