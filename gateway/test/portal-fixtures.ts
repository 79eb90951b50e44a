// A running portal for the customers and invitations API tests: the gateway and the mock Unleashed, an SMTP
// catcher receiving every email, one store synced from the mock's seed, and helpers that add a customer with
// contacts in the mock (as an Unleashed user would) and sync it in, invite, and read the accept link from mail.
import { randomUUID } from 'node:crypto';
import { type SmtpCatcher, startSmtpCatcher } from '../../scripts/smtp-catcher/catcher.ts';
import type { RateLimitSettings } from '../src/http/rate-limits.ts';
import type { TrustProxy } from '../src/http/trust-proxy.ts';
import { type RunningGateway, startGateway } from './harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

export const PASSWORD = 'Buyer2026ok';
export const DAY_MS = 86_400_000;
export const STORE_ADMIN_EMAIL = 'orders@supplier.example';

export interface ContactInput {
  firstName: string;
  lastName?: string;
  email?: string | null;
  isDefault?: boolean;
  forOrdering?: boolean;
}

export interface Portal {
  gw: RunningGateway;
  catcher: SmtpCatcher;
  readonly admin: string;
  storeId: string;
  /** An admin call on this store's API, e.g. `api('POST', '/contacts/x/invitation')`. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  /** Creates a customer with these contacts in Unleashed and syncs; returns its guid, code and contact guids by first name. */
  addCustomer(
    contacts: ContactInput[],
    options?: { customerType?: string },
  ): Promise<{ guid: string; code: string; contacts: Record<string, string> }>;
  /** Changes a contact in Unleashed and syncs. */
  editContact(customerGuid: string, contactGuid: string, changes: Record<string, unknown>): Promise<void>;
  sync(): Promise<void>;
  /** Moves the gateway's clock (and signs the admin in again, as sessions last 12 hours). */
  advance(ms: number): Promise<void>;
  /** The token in the newest invitation email to `email`. */
  tokenFor(email: string): string;
  /** Invites one contact and returns the token from the email. */
  invite(contactGuid: string, email: string): Promise<string>;
  /** Invites one contact, accepts with PASSWORD and returns the buyer's session token. */
  signUp(contactGuid: string, email: string): Promise<string>;
  /** A contact as the admin sees it. */
  contact(customerGuid: string, contactGuid: string): Promise<Json>;
  close(): Promise<void>;
}

/** Starts the portal; `smtpPort` sends email there instead of to the catcher (a server that is down). */
export async function startPortal(
  options: {
    plan?: 'base' | 'premium' | 'premium-plus';
    smtpPort?: number;
    validateResponses?: boolean;
    /** Subscribe the store to the mock's webhooks, delivered to the gateway's own URL (default false). */
    webhooks?: boolean;
    /** The public endpoints' rate limits (default: the gateway's own). */
    rateLimits?: RateLimitSettings;
    /** Days audit entries are kept; default for good. */
    auditRetentionDays?: number;
    /** Proxies whose X-Forwarded-For sets the client address (default none). */
    trustProxy?: TrustProxy;
  } = {},
): Promise<Portal> {
  const catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  const gw = await startGateway({
    plan: options.plan ?? 'premium-plus',
    smtpPort: options.smtpPort ?? catcher.smtpPort,
    publicBaseUrl: options.webhooks ? undefined : 'https://shop.example',
    validateResponses: options.validateResponses,
    webhooks: options.webhooks,
    rateLimits: options.rateLimits,
    auditRetentionDays: options.auditRetentionDays,
    trustProxy: options.trustProxy,
  });
  let admin = await gw.loginAdmin();
  const created = await gw.request('POST', '/admin/stores', {
    token: admin,
    body: {
      name: 'Trade Store',
      adminEmail: STORE_ADMIN_EMAIL,
      unleashed: gw.unleashed,
      warehouseCodes: ['MAIN'],
    },
  });
  const storeId: string = created.body.id;
  const api: Portal['api'] = (method, path, body) =>
    gw.request(method, `/admin/stores/${storeId}${path}`, { token: admin, body });

  async function sync(): Promise<void> {
    let started = await api('POST', '/sync');
    // An order push (started by a placement) may be running: like an admin, wait for it and start again.
    for (let i = 0; i < 400 && started.status === 409; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      started = await api('POST', '/sync');
    }
    if (started.status !== 202) {
      // The gateway's own error lines say why (a state handler's failure is otherwise all the report shows).
      const errors = gw.logs.filter((line) => /"level":(50|60)/.test(line)).slice(-3);
      throw new Error(
        `sync did not start: ${started.status} ${JSON.stringify(started.body)} ${errors.join(' ')}`,
      );
    }
    for (let i = 0; i < 400; i++) {
      const { body } = await api('GET', '/sync');
      if (!body.running && body.lastRun?.id === started.body.id) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the sync did not finish');
  }
  await sync();

  const tokenFor = (email: string) => {
    const text = catcher.latest(email)?.text ?? '';
    const token = /\/invitations\/([\w-]{20,})/.exec(text)?.[1];
    if (!token) throw new Error(`no invitation link in the mail to ${email}`);
    return token;
  };

  return {
    gw,
    catcher,
    get admin() {
      return admin;
    },
    storeId,
    api,
    sync,
    async advance(ms) {
      gw.clock.advance(ms);
      admin = await gw.loginAdmin();
    },
    tokenFor,
    async addCustomer(contacts, { customerType } = {}) {
      const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
      const customer = await gw.mock.call('POST', '/Customers', {
        CustomerCode: code,
        CustomerName: `${code} Trading Ltd`,
        ...(customerType ? { CustomerType: customerType } : {}),
      });
      if (customer.status !== 201)
        throw new Error(`mock refused the customer: ${JSON.stringify(customer.body)}`);
      const guid: string = customer.body.Guid;
      const byName: Record<string, string> = {};
      for (const [index, contact] of contacts.entries()) {
        const made = await gw.mock.call('POST', `/Customers/${guid}/Contacts`, {
          FirstName: contact.firstName,
          LastName: contact.lastName ?? 'Tester',
          EmailAddress:
            contact.email === undefined
              ? `${contact.firstName.toLowerCase()}.${code.toLowerCase()}@buyer.example`
              : contact.email,
          IsDefault: contact.isDefault ?? index === 0,
          ForOrdering: contact.forOrdering ?? true,
        });
        if (made.status !== 201) throw new Error(`mock refused the contact: ${JSON.stringify(made.body)}`);
        byName[contact.firstName] = made.body.Guid;
      }
      await sync();
      return { guid, code, contacts: byName };
    },
    async editContact(customerGuid, contactGuid, changes) {
      const edited = await gw.mock.call('PUT', `/Customers/${customerGuid}/Contacts/${contactGuid}`, changes);
      if (edited.status !== 200) throw new Error(`mock refused the edit: ${JSON.stringify(edited.body)}`);
      await sync();
    },
    async invite(contactGuid, email) {
      const invited = await api('POST', `/contacts/${contactGuid}/invitation`);
      if (invited.status !== 201) throw new Error(`invite refused: ${JSON.stringify(invited.body)}`);
      return tokenFor(email);
    },
    async signUp(contactGuid, email) {
      const invited = await api('POST', `/contacts/${contactGuid}/invitation`);
      if (invited.status !== 201) throw new Error(`invite refused: ${JSON.stringify(invited.body)}`);
      const token = tokenFor(email);
      const accepted = await gw.request('POST', '/store/invitations/accept', {
        body: { token, password: PASSWORD },
      });
      if (accepted.status !== 200) throw new Error(`accept refused: ${JSON.stringify(accepted.body)}`);
      return accepted.body.token;
    },
    async contact(customerGuid, contactGuid) {
      const { body } = await api('GET', `/customers/${customerGuid}/contacts`);
      return body.items.find((c: { guid: string }) => c.guid === contactGuid);
    },
    async close() {
      await gw.close();
      await catcher.close();
    },
  };
}

/** The default email address addCustomer gives a contact. */
export const emailOf = (firstName: string, code: string) =>
  `${firstName.toLowerCase()}.${code.toLowerCase()}@buyer.example`;
