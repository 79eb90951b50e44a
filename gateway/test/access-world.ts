// The portal the access-control matrix runs against, built once: customers A and B in store S1, each with a
// signed-up buyer, an order, a standing order, a cart line and a product only it may see (its own catalogue);
// A's deactivated contact with its old session, A's contact whose session expired, a used and a cancelled
// invitation token, the admin acting as A (by Bearer token, and a second admin by the storefront's cookie pair),
// and an empty second store S2 for the admin's cross-store ids.
import { CSRF_HEADER } from '../src/http/cross-origin.ts';
import { emailOf, PASSWORD, type Portal, STORE_ADMIN_EMAIL, startPortal } from './portal-fixtures.ts';

/** One customer's side of the world: what its callers hold and what the other customer's callers must not reach. */
export interface Side {
  customerGuid: string;
  code: string;
  /** The signed-up buyer's contact guid and session. */
  contactGuid: string;
  email: string;
  token: string;
  orderId: string;
  standingOrderId: string;
  /** A product Sellable for this customer only (Hidden in Base, listed in its own catalogue). */
  onlyProduct: { guid: string; code: string };
}

export interface World {
  portal: Portal;
  admin: string;
  a: Side;
  b: Side;
  /** The admin acting as A (R22): its session token and the acting record's id. */
  acting: { token: string; id: string };
  /**
   * A second admin acting as A as the storefront does it: the Cookie header with the acting session in
   * portal_session and the admin's own in portal_admin_session. A session of its own: starting to act ends the
   * same admin's earlier acting session, and the matrix's sign-outs (actingA's, the admin's) must not end this one.
   */
  actingCookies: string;
  /** A's contact Deb, signed up, then deactivated by the admin: her session from before. */
  deactivated: { token: string; email: string };
  /** A's contact Eve: her session, 13 hours old (sessions last 12). */
  expired: string;
  /** Ann's invitation, accepted; Cal's (A), cancelled by the admin. */
  invitation: { used: string; cancelled: string };
  /** Store S1 and its records; `slug` is its address (`/s/{slug}/`). */
  s1: {
    storeId: string;
    slug: string;
    runId: string;
    messageId: string;
    catalogueId: string;
    categoryId: string;
  };
  /** A second store of the account, never synced: nothing of S1 exists in it. */
  s2: string;
}

const ok = <T extends { status: number; body: unknown }>(what: string, answer: T, status = 200): T => {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
};

const COLLEAGUE = { email: 'colleague@supplier.example', name: 'Col League', password: 'Colleague2026!' };

/** A second admin signs in and starts acting for the customer by cookie, as the storefront does: the Cookie header. */
async function actingByCookies(portal: Portal, customerGuid: string): Promise<World['actingCookies']> {
  const { gw } = portal;
  await gw.gateway.services.admins.createAdmin(COLLEAGUE.email, COLLEAGUE.name, COLLEAGUE.password);
  const signedIn = ok(
    'colleague',
    await gw.request('POST', '/admin/login', {
      body: { email: COLLEAGUE.email, password: COLLEAGUE.password },
    }),
  );
  const started = ok(
    'acting by cookie',
    await gw.request('POST', `/admin/stores/${portal.storeId}/acting`, {
      body: { customerGuid },
      headers: { Cookie: `portal_session=${signedIn.body.token}`, [CSRF_HEADER]: 'matrix' },
    }),
    201,
  );
  // Name=value of each Set-Cookie: the acting session and the admin's own session set aside.
  const pairs = started.headers.getSetCookie().map((line) => line.split(';')[0] as string);
  const names = pairs.map((pair) => pair.split('=')[0]).sort();
  if (names.join() !== 'portal_admin_session,portal_session') throw new Error(`cookies set: ${names}`);
  return pairs.join('; ');
}

export async function buildWorld(): Promise<World> {
  // Every caller signs in and asks for resets from one address: the matrix is about who may call, so the
  // per-address limits are set out of reach here (abuse-limits.api.test.ts tests them).
  const plenty = { hits: 100_000, windowSeconds: 60 };
  const portal = await startPortal({
    plan: 'premium-plus',
    rateLimits: { signIn: plenty, invitations: plenty },
  });
  const { gw, api } = portal;
  const shop = (token: string, method: string, path: string, body?: unknown) =>
    gw.request(method, `/store${path}`, { token, body });
  const customerA = await portal.addCustomer([
    { firstName: 'Ann' },
    { firstName: 'Deb' },
    { firstName: 'Eve' },
    { firstName: 'Cal' },
  ]);
  const customerB = await portal.addCustomer([{ firstName: 'Bob' }]);
  const c = customerA.contacts as Record<'Ann' | 'Deb' | 'Eve' | 'Cal', string>;

  // Eve's session first, then the clock moves past its 12 hours; everything else is made after.
  const expired = await portal.signUp(c.Eve, emailOf('Eve', customerA.code));
  await portal.advance(13 * 3_600_000);

  const guidOf: Record<string, string> = {};
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT'])
    guidOf[code] = (await api('GET', `/products?search=${code}`)).body.items[0].guid;
  ok('base', await api('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'sellable' }));
  const onlyFor = async (customerGuid: string, code: string) => {
    const made = ok('catalogue', await api('POST', '/catalogues', { name: `Only ${code}` }), 201);
    const id = made.body.id as string;
    ok(
      'listed',
      await api('PUT', `/catalogues/${id}/products/${guidOf[code]}/status`, { status: 'sellable' }),
    );
    ok('assigned', await api('PUT', `/catalogues/${id}/customers/${customerGuid}`));
    return id;
  };
  const catalogueId = await onlyFor(customerA.guid, 'DEMO-LOW');
  await onlyFor(customerB.guid, 'DEMO-OUT');

  const sideOf = async (
    customer: { guid: string; code: string },
    contactGuid: string,
    email: string,
    only: string,
  ): Promise<Side & { invitation: string }> => {
    const invitation = await portal.invite(contactGuid, email);
    const token = ok(
      'accept',
      await gw.request('POST', '/store/invitations/accept', {
        body: { token: invitation, password: PASSWORD },
      }),
    ).body.token as string;
    ok('cart', await shop(token, 'PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, { quantity: 1 }));
    const address = { street: '1 Depot Road', city: 'Auckland' };
    const order = ok('order', await shop(token, 'POST', '/orders', { deliveryAddress: address }), 201).body;
    ok('cart', await shop(token, 'PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, { quantity: 2 }));
    const startDate = new Date(gw.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const standing = ok(
      'standing order',
      await shop(token, 'POST', '/standing-orders', { name: 'Weekly', deliveryAddress: address, startDate }),
      201,
    ).body;
    return {
      customerGuid: customer.guid,
      code: customer.code,
      contactGuid,
      email,
      token,
      invitation,
      orderId: order.id,
      standingOrderId: standing.id,
      onlyProduct: { guid: guidOf[only] as string, code: only },
    };
  };
  const deb = emailOf('Deb', customerA.code);
  const [a, b, debToken, cancelled] = await Promise.all([
    sideOf(customerA, c.Ann, emailOf('Ann', customerA.code), 'DEMO-LOW'),
    sideOf(customerB, customerB.contacts.Bob as string, emailOf('Bob', customerB.code), 'DEMO-OUT'),
    portal.signUp(c.Deb, deb),
    portal.invite(c.Cal, emailOf('Cal', customerA.code)),
  ]);
  ok('deactivate', await api('POST', `/contacts/${c.Deb}/deactivate`));
  ok('cancel', await api('DELETE', `/contacts/${c.Cal}/invitation`));

  const acting = ok('acting', await api('POST', '/acting', { customerGuid: a.customerGuid }), 201).body;
  const actingCookies = await actingByCookies(portal, a.customerGuid);
  const actingLog = (await api('GET', '/acting-log')).body.items as {
    id: string;
    admin: { email: string };
  }[];
  const actingId = actingLog.find((entry) => entry.admin.email !== COLLEAGUE.email)?.id as string;
  const categoryId = ok('category', await api('POST', '/categories', { name: 'Matrix' }), 201).body.id;
  const runId = (await api('GET', '/sync')).body.lastRun.id as string;
  const messageId = (await api('GET', '/outbox')).body.items[0].id as string;
  const slug = ok('store', await api('GET', '')).body.slug as string;
  const s2 = ok(
    'second store',
    await gw.request('POST', '/admin/stores', {
      token: portal.admin,
      body: {
        name: 'Second Store',
        adminEmail: STORE_ADMIN_EMAIL,
        unleashed: gw.unleashed,
        warehouseCodes: ['MAIN'],
      },
    }),
    201,
  ).body.id as string;

  const { invitation: used, ...sideA } = a;
  const { invitation: _b, ...sideB } = b;
  return {
    portal,
    admin: portal.admin,
    a: sideA,
    b: sideB,
    acting: { token: acting.token, id: actingId },
    actingCookies,
    deactivated: { token: debToken, email: deb },
    expired,
    invitation: { used, cancelled },
    s1: { storeId: portal.storeId, slug, runId, messageId, catalogueId, categoryId },
    s2,
  };
}
