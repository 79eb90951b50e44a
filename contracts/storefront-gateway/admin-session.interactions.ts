// The admin's sign-in, session check and sign-out (storefront/src/admin/login-page, admin-app, admin-shell).
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, STATES } from './contract.ts';
import { adminSignedIn } from './givens.ts';
import { bareProblem, isoDateTime, problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, integer } = MatchersV3;

export function adminSessionContracts(): void {
  describe('the admin signing in and out (R1)', () => {
    it('when the password is right, then the admin is signed in', async () => {
      const { data } = await exchange(
        {
          given: [[STATES.adminExists, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }]],
          uponReceiving: 'an admin sign-in with the right password',
          method: 'POST',
          path: '/admin/login',
          body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
          status: 200,
          response: { token: like('admin-session-token'), expiresAt: isoDateTime(), admin: shapes.admin },
        },
        (api) => api.POST('/admin/login', { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } }),
      );
      expect(data?.admin.name).toBe('Ada Admin');
    });

    it('when the password is wrong, then the answer is 401 invalid-credentials', async () => {
      const { error } = await exchange(
        {
          given: [[STATES.adminExists, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }]],
          uponReceiving: 'an admin sign-in with a wrong password',
          method: 'POST',
          path: '/admin/login',
          body: { email: ADMIN_EMAIL, password: 'not-the-password' },
          status: 401,
          response: bareProblem('invalid-credentials', 401),
        },
        (api) => api.POST('/admin/login', { body: { email: ADMIN_EMAIL, password: 'not-the-password' } }),
      );
      expect(error?.type).toMatch(/invalid-credentials$/);
    });

    it('when sign-in is throttled, then the answer is 429 too-many-attempts saying how long to wait', async () => {
      const email = 'locked.admin@supplier.example';
      const { error } = await exchange(
        {
          given: [[STATES.signInThrottled, { email }]],
          uponReceiving: 'an admin sign-in while sign-in is throttled',
          method: 'POST',
          path: '/admin/login',
          body: { email, password: 'not-the-password' },
          status: 429,
          response: problem('too-many-attempts', 429, { retryAfterSeconds: integer(900) }),
        },
        (api) => api.POST('/admin/login', { body: { email, password: 'not-the-password' } }),
      );
      expect(error?.retryAfterSeconds).toBe(900);
    });

    it('when the session is valid, then the admin is named', async () => {
      const { data } = await exchange(
        {
          given: [adminSignedIn],
          as: 'admin',
          uponReceiving: 'a request for the signed-in admin',
          method: 'GET',
          path: '/admin/me',
          status: 200,
          response: shapes.admin,
        },
        (api) => api.GET('/admin/me'),
      );
      expect(data?.email).toBe('admin@supplier.example');
    });

    it('when there is no session, then the answer is 401 not-signed-in', async () => {
      const { error, response } = await exchange(
        {
          uponReceiving: 'a request for the signed-in admin without a session',
          method: 'GET',
          path: '/admin/me',
          status: 401,
          response: bareProblem('not-signed-in', 401),
        },
        (api) => api.GET('/admin/me'),
      );
      expect([response.status, error?.type]).toEqual([401, expect.stringMatching(/not-signed-in$/)]);
    });

    it('when the admin signs out, then the answer is 204', async () => {
      const { response } = await exchange(
        {
          given: [adminSignedIn],
          as: 'admin',
          uponReceiving: 'an admin sign-out',
          method: 'POST',
          path: '/admin/logout',
          status: 204,
        },
        (api) => api.POST('/admin/logout'),
      );
      expect(response.status).toBe(204);
    });
  });
}
