// The store admin's side of the buyer browser tests, through the gateway's API (the admin pages for these steps
// are built elsewhere): calls on the portal's store, a sync that waits for its end, product statuses and the
// guid of a seeded contact.
import type { RunningPortal } from './harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

export interface StoreAdmin {
  /** An admin call on the store, e.g. `call('POST', '/sync')`; a non-2xx answer throws with its body. */
  call(method: string, path: string, body?: unknown): Promise<Json>;
  /** Starts a sync and waits for it to finish (a plain loop: beforeAll may call it, where expect.poll may not). */
  sync(): Promise<void>;
  /** The store guid of each product code. */
  productGuids(codes: string[]): Promise<Record<string, string>>;
  /** The guid of the contact with `email` on the customer `customerCode`. */
  contactGuid(customerCode: string, email: string): Promise<string>;
}

/** Signs the portal's admin in and returns the helpers. */
export async function storeAdmin(portal: RunningPortal): Promise<StoreAdmin> {
  const token = await portal.gw.loginAdmin();
  const call: StoreAdmin['call'] = async (method, path, body) => {
    const answer = await portal.gw.request(method, `/admin/stores/${portal.storeId}${path}`, { token, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  return {
    call,
    async sync() {
      const start = () => portal.gw.request('POST', `/admin/stores/${portal.storeId}/sync`, { token });
      let answer = await start();
      // An order push (started by a placement) may be running: like an admin, wait for it and start again.
      for (let i = 0; i < 400 && answer.status === 409; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        answer = await start();
      }
      if (answer.status !== 202)
        throw new Error(`POST /sync: ${answer.status} ${JSON.stringify(answer.body)}`);
      const started = answer.body;
      for (let i = 0; i < 400; i++) {
        const status = await call('GET', '/sync');
        if (!status.running && status.lastRun?.id === started.id) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the sync did not finish');
    },
    async productGuids(codes) {
      const guids: Record<string, string> = {};
      for (const code of codes) {
        const { items } = await call('GET', `/products?search=${encodeURIComponent(code)}`);
        guids[code] = items.find((p: { code: string }) => p.code === code).guid;
      }
      return guids;
    },
    async contactGuid(customerCode, email) {
      const { items } = await call('GET', `/customers?search=${encodeURIComponent(customerCode)}`);
      const customer = items.find((c: { code: string }) => c.code === customerCode);
      const { active, pending, inactive } = customer.contacts;
      return [...active, ...pending, ...inactive].find((c: { email: string }) => c.email === email).guid;
    },
  };
}
