// The store's own sign-in page (storefront/src/buyer/sign-in/sign-in-page.ts) against the gateway: at the store's address
// (`/s/{slug}/`) the page reads the store's name and branding before anyone signs in (issue 16 items 1 and 9).
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { STORE_NAME } from './contract.ts';
import { storeSynced } from './givens.ts';
import { problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like } = MatchersV3;
const SLUG = 'trade-store';

export function signInPageContracts(): void {
  describe("the store's sign-in page at its address", () => {
    it("when the store's address is opened, then the page reads its name and branding without a session", async () => {
      const { data } = await exchange(
        {
          given: [storeSynced],
          uponReceiving: "a store's sign-in page, by its address",
          method: 'GET',
          path: `/store/sign-in-pages/${SLUG}`,
          status: 200,
          response: { name: like(STORE_NAME), branding: shapes.branding },
        },
        (api) => api.GET('/store/sign-in-pages/{slug}', { params: { path: { slug: SLUG } } }),
      );
      expect(data?.name).toBe(STORE_NAME);
    });

    it('when the address names no store, then the answer is 404 not-found', async () => {
      const slug = 'no-such-store';
      const { error } = await exchange(
        {
          given: [storeSynced],
          uponReceiving: 'the sign-in page of an address that names no store',
          method: 'GET',
          path: `/store/sign-in-pages/${slug}`,
          status: 404,
          response: problem('not-found', 404),
        },
        (api) => api.GET('/store/sign-in-pages/{slug}', { params: { path: { slug } } }),
      );
      expect(error?.status).toBe(404);
    });
  });
}
