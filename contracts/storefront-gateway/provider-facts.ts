// The provider side's way to make business facts true on the running portal: through the gateway's HTTP API
// (as an admin or a buyer would), the mock's Unleashed and control APIs, and the test harness's clock. Every
// helper throws with a readable sentence when the portal will not do it.
import { randomUUID } from 'node:crypto';
import { emailOf, PASSWORD, type Portal } from '../../gateway/test/portal-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: facts read the gateway's answers field by field
type Json = any;

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export function factFails(fact: string, answer?: { status: number; body: Json }): never {
  throw new Error(
    `cannot make true: ${fact}${answer ? ` (${answer.status} ${JSON.stringify(answer.body)})` : ''}`,
  );
}

/** An admin call that must succeed. */
export async function admin(portal: Portal, method: string, path: string, body?: unknown): Promise<Json> {
  const answer = await portal.api(method, path, body);
  if (answer.status >= 300) factFails(`${method} ${path}`, answer);
  return answer.body;
}

/** A call to /store/… with a buyer's session (or none) that must succeed. */
export async function asBuyer(
  portal: Portal,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
) {
  const answer = await portal.gw.request(method, `/store${path}`, { token, body });
  if (answer.status >= 300) factFails(`${method} /store${path}`, answer);
  return answer.body as Json;
}

/** Waits until no sync runs for the store, so the next interaction starts from a quiet store. */
export async function waitUntilIdle(portal: Portal): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (!(await admin(portal, 'GET', '/sync')).running) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  factFails('no sync is running');
}

// A product's or customer's guid never changes in a portal: each is looked up once.
const knownGuids = new WeakMap<Portal, Map<string, string>>();

async function rememberedGuid(portal: Portal, key: string, find: () => Promise<string>): Promise<string> {
  const known = knownGuids.get(portal) ?? new Map<string, string>();
  knownGuids.set(portal, known);
  const guid = known.get(key) ?? (await find());
  known.set(key, guid);
  return guid;
}

export function productGuid(portal: Portal, code: string): Promise<string> {
  return rememberedGuid(portal, `product:${code}`, async () => {
    const page = await admin(portal, 'GET', `/products?search=${encodeURIComponent(code)}`);
    const product = page.items.find((p: { code: string }) => p.code === code);
    return product?.guid ?? factFails(`product ${code} is in the store`);
  });
}

/** The contact of `customerCode` with `email`, as the admin sees it. */
export async function contactByEmail(portal: Portal, customerCode: string, email: string): Promise<Json> {
  const page = await admin(portal, 'GET', `/customers?search=${encodeURIComponent(customerCode)}`);
  const customer = page.items.find((c: { code: string }) => c.code === customerCode);
  if (!customer) factFails(`customer ${customerCode} is in the store`);
  const { items } = await admin(portal, 'GET', `/customers/${customer.guid}/contacts`);
  return items.find((c: { email: string }) => c.email === email) ?? factFails(`${customerCode} has ${email}`);
}

/** Invites the contact (or sends a new link) and accepts with PASSWORD; returns the buyer's session token. */
export async function activate(portal: Portal, contactGuid: string, email: string): Promise<string> {
  const pending = (await portal.api('POST', `/contacts/${contactGuid}/invitation/resend`)).status === 201;
  const token = pending ? portal.tokenFor(email) : await portal.invite(contactGuid, email);
  return (await asBuyer(portal, undefined, 'POST', '/invitations/accept', { token, password: PASSWORD }))
    .token;
}

// Signing in hashes the password on purpose (slow): a session that still answers is used again.
const liveSessions = new Map<string, string>();

async function reused(key: string, mePath: string, portal: Portal, start: () => Promise<string>) {
  const known = liveSessions.get(key);
  if (known && (await portal.gw.request('GET', mePath, { token: known })).status === 200) return known;
  const token = await start();
  liveSessions.set(key, token);
  return token;
}

/** An admin session (a new one when the last one was signed out or has expired). */
export const adminToken = (portal: Portal) =>
  reused('admin', '/admin/me', portal, () => portal.gw.loginAdmin());

/** The contact's buyer session: signs in, accepting an invitation first when the contact has no login yet. */
export function buyerToken(portal: Portal, customerCode: string, email: string): Promise<string> {
  return reused(`buyer:${email}`, '/store/me', portal, async () => {
    const contact = await contactByEmail(portal, customerCode, email);
    if (contact.status !== 'active') return activate(portal, contact.guid, email);
    const login = { storeId: portal.storeId, email, password: PASSWORD };
    return (await asBuyer(portal, undefined, 'POST', '/login', login)).token;
  });
}

export interface FreshContact {
  customerGuid: string;
  contactGuid: string;
  email: string;
}

/** A new customer in Unleashed, synced in, with one ordering contact `firstName` (optionally with `email`). */
export async function freshContact(portal: Portal, firstName: string, email?: string): Promise<FreshContact> {
  const customer = await portal.addCustomer([{ firstName, ...(email ? { email } : {}) }]);
  const contactGuid = customer.contacts[firstName] ?? factFails(`${firstName} was added`);
  return { customerGuid: customer.guid, contactGuid, email: email ?? emailOf(firstName, customer.code) };
}

export interface InvitedContact extends FreshContact {
  invitationToken: string;
  messageId: string;
}

/** A fresh contact with a pending invitation; the token is read from the email, as the contact would. */
export async function invitedContact(portal: Portal, firstName: string): Promise<InvitedContact> {
  const contact = await freshContact(portal, firstName);
  const sent = await admin(portal, 'POST', `/contacts/${contact.contactGuid}/invitation`);
  return { ...contact, invitationToken: portal.tokenFor(contact.email), messageId: sent.message.id };
}

/** Two customers' contacts sharing one email; the other one is invited, so it holds the email (R10). */
export async function contactWhoseEmailIsHeld(portal: Portal, firstName: string): Promise<FreshContact> {
  const email = `held.${randomUUID().slice(0, 8)}@buyer.example`;
  const holder = await freshContact(portal, 'Holder', email);
  const contact = await freshContact(portal, firstName, email);
  await admin(portal, 'POST', `/contacts/${holder.contactGuid}/invitation`);
  return contact;
}

/** Puts the account on `plan` and lists products up to its limit; returns a hidden product that would pass it. */
export async function fillPlan(portal: Portal, plan: string): Promise<string> {
  await portal.gw.request('PUT', '/admin/account/plan', { token: portal.admin, body: { plan } });
  const account = await portal.gw.request('GET', '/admin/account', { token: portal.admin });
  const limit: number = account.body.limits.products ?? factFails(`plan ${plan} limits products`);
  const listed: number = account.body.usage.perStore.find((s: Json) => s.storeId === portal.storeId).products;
  const hidden: string[] = [];
  for (const page of [1, 2]) {
    const { items } = await admin(portal, 'GET', `/products?status=hidden&pageSize=200&page=${page}`);
    hidden.push(...items.filter((p: Json) => !p.obsolete).map((p: Json) => p.guid as string));
  }
  const [spare, ...toList] = hidden.slice(0, limit - listed + 1);
  if (!spare || toList.length < limit - listed) factFails(`store has ${limit - listed + 1} hidden products`);
  if (toList.length > 0)
    await admin(portal, 'POST', '/products/status', { status: 'sellable', productGuids: toList });
  return spare;
}

/** The guid of a customer of the store, by its code. */
export function customerGuidOf(portal: Portal, customerCode: string): Promise<string> {
  return rememberedGuid(portal, `customer:${customerCode}`, async () => {
    const page = await admin(portal, 'GET', `/customers?search=${encodeURIComponent(customerCode)}`);
    const customer = page.items.find((c: { code: string }) => c.code === customerCode);
    return customer?.guid ?? factFails(`customer ${customerCode} is in the store`);
  });
}

/** Replaces the cart of the session `token` with `quantity` of each product code. */
export async function fillCartOf(
  portal: Portal,
  token: string,
  lines: Record<string, number>,
): Promise<void> {
  await asBuyer(portal, token, 'DELETE', '/cart');
  for (const [code, quantity] of Object.entries(lines))
    await asBuyer(portal, token, 'PUT', `/cart/lines/${await productGuid(portal, code)}`, { quantity });
}
