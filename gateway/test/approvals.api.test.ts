// Buyer approvals (B8): a customer that requires approval (always, or above an amount before tax) has its
// non-approver contacts' orders saved as Awaiting approval, not imported, each approver emailed with a link; an
// approver (or an admin acting as the customer) approves — imported exactly once, even when two approve at once —
// or rejects with a reason — never imported, the buyer emailed why. Other customers' buyers get nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './harness.ts';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let shop: { guid: string; code: string; contacts: Record<string, string> };
const token: Record<string, string> = {};
const email: Record<string, string> = {};
let plentyGuid: string;
const address = { street: '1 Main St', city: 'Auckland' };

beforeAll(async () => {
  portal = await startPortal();
  shop = await portal.addCustomer([{ firstName: 'Ann' }, { firstName: 'Bob' }, { firstName: 'Cy' }]);
  for (const name of ['Ann', 'Bob', 'Cy']) {
    email[name] = emailOf(name, shop.code);
    token[name] = await portal.signUp(shop.contacts[name] as string, email[name]);
  }
  const other = await portal.addCustomer([{ firstName: 'Sue' }]);
  email.Sue = emailOf('Sue', other.code);
  token.Sue = await portal.signUp(other.contacts.Sue as string, email.Sue);
  await portal.api('PUT', `/customers/${other.guid}/approval-settings`, {
    mode: 'always',
    approverContactGuids: [other.contacts.Sue],
  });
  plentyGuid = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('PUT', `/products/${plentyGuid}/status`, { status: 'sellable' });
}, 90_000);
afterAll(() => portal?.close());

const store = (who: string, method: string, path: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token: token[who] ?? who, body });
const requireApproval = (mode: 'off' | 'always' | 'above', threshold: number | null = null) =>
  portal.api('PUT', `/customers/${shop.guid}/approval-settings`, {
    mode,
    threshold,
    approverContactGuids: [shop.contacts.Ann, shop.contacts.Cy],
  });

async function place(who: string, quantity = 2) {
  await store(who, 'PUT', `/cart/lines/${plentyGuid}`, { quantity });
  const placed = await store(who, 'POST', '/orders', { deliveryAddress: address });
  expect(placed.status, JSON.stringify(placed.body)).toBe(201);
  return placed.body;
}
const adminOrder = async (id: string) => (await portal.api('GET', `/orders/${id}`)).body;
/** Sales orders of the customer in the mock Unleashed. */
const salesOrders = async () =>
  (await portal.gw.mock.call('GET', `/SalesOrders?customerCode=${shop.code}`)).body.Items as {
    Guid: string;
  }[];
const importedCount = async (id: string) => {
  const { unleashedGuid } = await portal.gw.gateway.services.orders.get(portal.storeId, id).then((o) => o!);
  return (await salesOrders()).filter((s) => s.Guid.toLowerCase() === unleashedGuid.toLowerCase()).length;
};
const mailsTo = (to: string, subject: string) =>
  portal.catcher.messages.filter((m) => m.to.includes(to) && m.subject.includes(subject));
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

describe('an order that needs approval', () => {
  it('when the customer requires approval always and a non-approver places an order, then it is Awaiting approval, not imported, and each approver is emailed a link to it', async () => {
    expect((await requireApproval('always')).status).toBe(200);
    const order = await place('Bob');
    expect(order).toMatchObject({
      status: 'awaiting-approval',
      statusLabel: 'Awaiting approval',
      approval: { state: 'awaiting', decidedBy: null, rejectionReason: null },
    });
    await settle();
    expect((await adminOrder(order.id)).importState).toBe('held');
    expect(await importedCount(order.id)).toBe(0);
    for (const approver of ['Ann', 'Cy']) {
      await expect.poll(() => mailsTo(email[approver]!, 'awaits your approval').length).toBeGreaterThan(0);
      const mail = mailsTo(email[approver]!, 'awaits your approval').at(-1)!;
      expect(mail.text).toMatch(new RegExp(`https://shop\\.example/s/[a-z0-9-]+/#/orders/${order.id}`));
      expect(mail.text).toContain(email.Bob);
    }
    const waiting = await store('Ann', 'GET', '/approvals');
    expect(waiting.body.items.map((o: { id: string }) => o.id)).toContain(order.id);
  });

  it('when an approver places an order, then it goes straight to Unleashed', async () => {
    const order = await place('Ann');
    expect(order.status).toBe('processing');
    await expect
      .poll(async () => (await adminOrder(order.id)).importState, { timeout: 8_000 })
      .toBe('imported');
  });

  it('when approval is required above 100.00 before tax, then an order below it is imported at once and one above it waits', async () => {
    await requireApproval('above', 100);
    const small = await place('Bob', 2); // 33.00 before tax
    expect(small.status).toBe('processing');
    await expect
      .poll(async () => (await adminOrder(small.id)).importState, { timeout: 8_000 })
      .toBe('imported');
    const large = await place('Bob', 10); // 165.00 before tax
    expect(large.status).toBe('awaiting-approval');
    await requireApproval('always');
  });
});

describe('deciding', () => {
  it('when an approver approves, then the order is Processing, imported into Unleashed exactly once, the buyer is emailed who approved, and the audit trail has it', async () => {
    const order = await place('Bob');
    const approved = await store('Ann', 'POST', `/orders/${order.id}/approval`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'processing',
      approval: { state: 'approved', decidedBy: email.Ann },
    });
    await expect
      .poll(async () => (await adminOrder(order.id)).importState, { timeout: 8_000 })
      .toBe('imported');
    expect(await importedCount(order.id)).toBe(1);
    await expect.poll(() => mailsTo(email.Bob!, `${approved.body.reference} approved`).length).toBe(1);
    const again = await store('Cy', 'POST', `/orders/${order.id}/approval`);
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/\/order-not-awaiting-approval$/);
    const audit = (await portal.api('GET', `/audit?kind=order-approved&recordId=${order.id}`)).body.items;
    expect(audit).toMatchObject([
      { buyerEmail: email.Ann, before: { status: 'awaiting-approval' }, after: { status: 'processing' } },
    ]);
    const mine = (await store('Bob', 'GET', `/orders/${order.id}`)).body;
    expect(mine.approval).toMatchObject({ state: 'approved', decidedBy: email.Ann });
  });

  it('when two approvers approve at the same moment, then one wins, the other gets 409, and Unleashed gets one sales order', async () => {
    const order = await place('Bob');
    const answers = await Promise.all([
      store('Ann', 'POST', `/orders/${order.id}/approval`),
      store('Cy', 'POST', `/orders/${order.id}/approval`),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    await expect
      .poll(async () => (await adminOrder(order.id)).importState, { timeout: 8_000 })
      .toBe('imported');
    await settle();
    expect(await importedCount(order.id)).toBe(1);
  });

  it('when an approver rejects with a reason, then the order is Rejected, never imported, and the buyer is emailed the reason', async () => {
    const order = await place('Bob');
    const blank = await store('Cy', 'POST', `/orders/${order.id}/rejection`, { reason: '   ' });
    expect(blank.status).toBe(400);
    const rejected = await store('Cy', 'POST', `/orders/${order.id}/rejection`, {
      reason: 'Over this month’s budget',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      approval: { state: 'rejected', decidedBy: email.Cy, rejectionReason: 'Over this month’s budget' },
    });
    await expect.poll(() => mailsTo(email.Bob!, `${order.reference} rejected`).length).toBe(1);
    expect(mailsTo(email.Bob!, `${order.reference} rejected`)[0]!.text).toContain('Over this month’s budget');
    expect((await store('Ann', 'POST', `/orders/${order.id}/approval`)).status).toBe(409);
    await settle();
    expect((await adminOrder(order.id)).importState).toBe('held');
    expect(await importedCount(order.id)).toBe(0);
  });

  it('when an admin acting as the customer approves, then it is approved in the admin’s name; orders the acting admin places need no approval', async () => {
    const order = await place('Bob');
    const acting = await portal.gw.request('POST', `/admin/stores/${portal.storeId}/acting`, {
      token: portal.admin,
      body: { customerGuid: shop.guid },
    });
    const approved = await store(acting.body.token, 'POST', `/orders/${order.id}/approval`);
    expect(approved.body).toMatchObject({ status: 'processing', approval: { decidedBy: ADMIN.email } });
    await store(acting.body.token, 'PUT', `/cart/lines/${plentyGuid}`, { quantity: 2 });
    const own = await store(acting.body.token, 'POST', '/orders', {
      deliveryAddress: address,
      placedForContactGuid: shop.contacts.Bob,
    });
    expect(own.body.status).toBe('processing');
    await portal.gw.request('DELETE', `/admin/stores/${portal.storeId}/acting`, { token: portal.admin });
  });
});

describe('who may', () => {
  it('when a non-approver approves, lists or changes the rule, then it is refused with 403; another customer’s approver gets 404 for the order', async () => {
    const order = await place('Bob');
    expect((await store('Bob', 'POST', `/orders/${order.id}/approval`)).status).toBe(403);
    expect((await store('Bob', 'GET', '/approvals')).status).toBe(403);
    const change = await store('Bob', 'PUT', '/approval-settings', { mode: 'off', approverContactGuids: [] });
    expect(change.status).toBe(403);
    expect((await store('Sue', 'POST', `/orders/${order.id}/approval`)).status).toBe(404);
    expect((await store('Sue', 'POST', `/orders/${order.id}/rejection`, { reason: 'no' })).status).toBe(404);
    expect((await store('Sue', 'GET', '/approvals')).body.items).toEqual([]);
    const mine = await store('Bob', 'GET', '/approval-settings');
    expect(mine.body).toMatchObject({ mode: 'always', canApprove: false, canManage: false, contacts: [] });
    expect(mine.body.approvers.map((a: { email: string }) => a.email).sort()).toEqual(
      [email.Ann, email.Cy].sort(),
    );
  });

  it('when an approver changes the rule from the store, then it holds and the audit trail has before and after; a rule without approvers or amount is refused', async () => {
    const noAmount = await store('Ann', 'PUT', '/approval-settings', {
      mode: 'above',
      approverContactGuids: [shop.contacts.Ann],
    });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.errors[0].field).toBe('threshold');
    const nobody = await store('Ann', 'PUT', '/approval-settings', {
      mode: 'always',
      approverContactGuids: [],
    });
    expect(nobody.body.errors[0].field).toBe('approverContactGuids');
    const set = await store('Ann', 'PUT', '/approval-settings', {
      mode: 'above',
      threshold: 500,
      approverContactGuids: [shop.contacts.Ann],
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ mode: 'above', threshold: 500, canManage: true });
    const audit = (await portal.api('GET', `/audit?kind=approval-settings-changed&recordId=${shop.guid}`))
      .body.items;
    expect(audit[0]).toMatchObject({
      buyerEmail: email.Ann,
      before: { mode: 'always' },
      after: { mode: 'above', threshold: 500 },
    });
    expect((await place('Bob', 10)).status).toBe('processing');
    await requireApproval('always');
  });
});
