// A seeded contact signed up as a buyer through the API (invited, the link read from the caught email, accepted),
// for admin browser tests that need a buyer's side: returns a buyer call signed in as that contact.
import type { RunningPortal } from './harness.ts';
import type { StoreAdmin } from './store-admin.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

export const BUYER_PASSWORD = 'Buyer2026ok';

export type BuyerCall = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: Json }>;

/** Invites `email` (a contact of `customerCode`), accepts the invitation and returns a buyer call as that contact. */
export async function signUpBuyer(
  portal: RunningPortal,
  admin: StoreAdmin,
  customerCode: string,
  email: string,
): Promise<BuyerCall> {
  await admin.call('POST', `/contacts/${await admin.contactGuid(customerCode, email)}/invitation`);
  let token: string | undefined;
  for (let i = 0; i < 100 && !token; i++) {
    token = /\/invitations\/([\w-]{20,})/.exec(portal.catcher.latest(email)?.text ?? '')?.[1];
    if (!token) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!token) throw new Error(`no invitation link in the mail to ${email}`);
  const accepted = await portal.gw.request('POST', '/store/invitations/accept', {
    body: { token, password: BUYER_PASSWORD },
  });
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  return async (method, path, body) => {
    const login = await portal.gw.request('POST', '/store/login', {
      body: { storeId: portal.storeId, email, password: BUYER_PASSWORD },
    });
    return portal.gw.request(method, `/store${path}`, { token: login.body.token, body });
  };
}
