// A buyer's way in (storefront/src/buyer/…): the invitation link (R13, R14), sign-in and the home page.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_CUSTOMER, BUYER_EMAIL, BUYER_PASSWORD, EXAMPLES, STATES, STORE_NAME } from './contract.ts';
import { buyerSignedIn, contactThat, storeSynced } from './givens.ts';
import { bareProblem, fromState, isoDateTime, orNull, problem, validationProblem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, integer } = MatchersV3;
const TOKEN = EXAMPLES.invitationToken;
const canSignIn: Given = [
  STATES.buyerCanSignIn,
  { email: BUYER_EMAIL, customerCode: BUYER_CUSTOMER, password: BUYER_PASSWORD },
];
const login = (password: string) => ({ storeId: EXAMPLES.storeId, email: BUYER_EMAIL, password });
const loginRequest = (password: string) => ({ ...login(password), storeId: fromState('storeId') });

const invitationView = {
  store: { id: like('store-1'), name: like('Trade Store'), slug: like('trade-store') },
  customer: { name: like('Ridgeway Trading Ltd') },
  contact: {
    firstName: orNull('[\\s\\S]*', 'Rita'),
    lastName: orNull('[\\s\\S]*', 'Tester'),
    email: like('rita@buyer.example'),
  },
  expiresAt: isoDateTime(),
};

export function buyerAccessContracts(): void {
  describe('a contact opening the invitation link (R13, R14)', () => {
    it('when the invitation is pending, then the page names the store, the customer and the contact', async () => {
      const { data } = await exchange(
        {
          given: [contactThat(STATES.contactInvited, 'Rita')],
          uponReceiving: 'the opening of a pending invitation',
          method: 'POST',
          path: '/store/invitations/open',
          body: { token: fromState('invitationToken') },
          status: 200,
          response: invitationView,
        },
        (api) => api.POST('/store/invitations/open', { body: { token: TOKEN } }),
      );
      expect(data?.store.name).toBe('Trade Store');
      expect(data?.store.slug).toBe('trade-store');
    });

    it('when the invitation is 8 days old, then the answer is 410 invitation-expired (R13)', async () => {
      const { error } = await exchange(
        {
          given: [contactThat(STATES.invitationExpired, 'Ezra')],
          uponReceiving: 'the opening of an expired invitation',
          method: 'POST',
          path: '/store/invitations/open',
          body: { token: fromState('invitationToken') },
          status: 410,
          response: problem('invitation-expired', 410),
        },
        (api) => api.POST('/store/invitations/open', { body: { token: TOKEN } }),
      );
      expect(error?.status).toBe(410);
    });

    it('when the link is unknown, then the answer is 404 invitation-not-found', async () => {
      const token = 'no-such-invitation-token-0000000000';
      const { error } = await exchange(
        {
          uponReceiving: 'the opening of an unknown invitation',
          method: 'POST',
          path: '/store/invitations/open',
          body: { token },
          status: 404,
          response: problem('invitation-not-found', 404),
        },
        (api) => api.POST('/store/invitations/open', { body: { token } }),
      );
      expect(error?.type).toMatch(/invitation-not-found$/);
    });

    it('when the contact accepts with a good password, then it is signed in (R14)', async () => {
      const { data } = await exchange(
        {
          given: [contactThat(STATES.contactInvited, 'Ada')],
          uponReceiving: 'the acceptance of a pending invitation',
          method: 'POST',
          path: '/store/invitations/accept',
          body: { token: fromState('invitationToken'), password: BUYER_PASSWORD },
          status: 200,
          response: shapes.buyerSession,
        },
        (api) => api.POST('/store/invitations/accept', { body: { token: TOKEN, password: BUYER_PASSWORD } }),
      );
      expect(data?.buyer.store.id).toBe('store-1');
    });

    it('when the password is too weak, then the answer is 400 validation-failed naming the password', async () => {
      const { error } = await exchange(
        {
          given: [contactThat(STATES.contactInvited, 'Wes')],
          uponReceiving: 'the acceptance of a pending invitation with a weak password',
          method: 'POST',
          path: '/store/invitations/accept',
          body: { token: fromState('invitationToken'), password: 'short' },
          status: 400,
          response: validationProblem('password'),
        },
        (api) => api.POST('/store/invitations/accept', { body: { token: TOKEN, password: 'short' } }),
      );
      expect(error?.errors?.[0]?.field).toBe('password');
    });

    it('when the contact declines, then the answer is 204 (R14)', async () => {
      const { response } = await exchange(
        {
          given: [contactThat(STATES.contactInvited, 'Dex')],
          uponReceiving: 'the decline of a pending invitation',
          method: 'POST',
          path: '/store/invitations/decline',
          body: { token: fromState('invitationToken') },
          status: 204,
        },
        (api) => api.POST('/store/invitations/decline', { body: { token: TOKEN } }),
      );
      expect(response.status).toBe(204);
    });
  });

  describe('a buyer signing in and out', () => {
    it('when the password is right, then the buyer is signed in to the store', async () => {
      const { data } = await exchange(
        {
          given: [storeSynced, canSignIn],
          uponReceiving: 'a buyer sign-in with the right password',
          method: 'POST',
          path: '/store/login',
          body: loginRequest(BUYER_PASSWORD),
          status: 200,
          response: shapes.buyerSession,
        },
        (api) => api.POST('/store/login', { body: login(BUYER_PASSWORD) }),
      );
      expect(data && 'buyer' in data && data.buyer.store.name).toBe('Trade Store');
    });

    it('when the password is wrong, then the answer is 401 invalid-credentials', async () => {
      const { error } = await exchange(
        {
          given: [storeSynced, canSignIn],
          uponReceiving: 'a buyer sign-in with a wrong password',
          method: 'POST',
          path: '/store/login',
          body: loginRequest('not-the-password'),
          status: 401,
          response: bareProblem('invalid-credentials', 401),
        },
        (api) => api.POST('/store/login', { body: login('not-the-password') }),
      );
      expect(error?.status).toBe(401);
    });

    it('when the buyer gives only email and password, then the store comes from the login (issue 16)', async () => {
      const { data } = await exchange(
        {
          given: [storeSynced, canSignIn],
          uponReceiving: 'a buyer sign-in without a store',
          method: 'POST',
          path: '/store/login',
          body: { email: BUYER_EMAIL, password: BUYER_PASSWORD },
          status: 200,
          response: shapes.buyerSession,
        },
        (api) => api.POST('/store/login', { body: { email: BUYER_EMAIL, password: BUYER_PASSWORD } }),
      );
      expect(data && 'buyer' in data && data.buyer.store.name).toBe('Trade Store');
    });

    it('when a store choice is stale or forged, then choosing answers 401 invalid-credentials', async () => {
      const { error } = await exchange(
        {
          given: [storeSynced],
          uponReceiving: 'a store choice with a stale choice token',
          method: 'POST',
          path: '/store/login/choose',
          body: { choiceToken: 'stale-choice', storeId: fromState('storeId') },
          status: 401,
          response: bareProblem('invalid-credentials', 401),
        },
        (api) =>
          api.POST('/store/login/choose', {
            body: { choiceToken: 'stale-choice', storeId: EXAMPLES.storeId },
          }),
      );
      expect(error?.status).toBe(401);
    });

    it('when a buyer asks for a password reset, then the answer is 202 whether or not the email has a login', async () => {
      const { response } = await exchange(
        {
          given: [storeSynced],
          uponReceiving: 'a buyer password reset request',
          method: 'POST',
          path: '/store/password-reset',
          body: { email: 'nobody@buyer.example' },
          status: 202,
        },
        (api) => api.POST('/store/password-reset', { body: { email: 'nobody@buyer.example' } }),
      );
      expect(response.status).toBe(202);
    });

    it('when a reset link is used or unknown, then setting the password answers 410 reset-link-invalid', async () => {
      const { error } = await exchange(
        {
          given: [storeSynced],
          uponReceiving: 'a password reset with an unknown link',
          method: 'POST',
          path: '/store/password-reset/complete',
          body: { token: 'no-such-reset-token', password: 'Fresh2026pass' },
          status: 410,
          response: problem('reset-link-invalid', 410),
        },
        (api) =>
          api.POST('/store/password-reset/complete', {
            body: { token: 'no-such-reset-token', password: 'Fresh2026pass' },
          }),
      );
      expect(error?.status).toBe(410);
    });

    it('when sign-in is throttled, then the answer is 429 too-many-attempts saying how long to wait', async () => {
      const { error } = await exchange(
        {
          given: [storeSynced, [STATES.buyerSignInThrottled, { email: BUYER_EMAIL, storeName: STORE_NAME }]],
          uponReceiving: 'a buyer sign-in while sign-in is throttled',
          method: 'POST',
          path: '/store/login',
          body: loginRequest('not-the-password'),
          status: 429,
          response: problem('too-many-attempts', 429, { retryAfterSeconds: integer(900) }),
        },
        (api) => api.POST('/store/login', { body: login('not-the-password') }),
      );
      expect(error?.retryAfterSeconds).toBe(900);
    });

    it('when the buyer home opens, then it names the contact, the customer and the store', async () => {
      const { data } = await exchange(
        {
          given: [storeSynced, buyerSignedIn],
          as: 'buyer',
          uponReceiving: 'a request for the signed-in buyer',
          method: 'GET',
          path: '/store/me',
          status: 200,
          response: shapes.buyer,
        },
        (api) => api.GET('/store/me'),
      );
      expect(data?.customer.code).toBe('DEMO001');
    });

    it('when the buyer signs out, then the answer is 204', async () => {
      const { response } = await exchange(
        {
          given: [storeSynced, buyerSignedIn],
          as: 'buyer',
          uponReceiving: 'a buyer sign-out',
          method: 'POST',
          path: '/store/logout',
          status: 204,
        },
        (api) => api.POST('/store/logout'),
      );
      expect(response.status).toBe(204);
    });
  });
}
