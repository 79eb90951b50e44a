// The admin's customers and invitations pages in a real browser against the real stack (R10–R16): the seed
// synced in, contacts as pills, inviting from the manage-contacts panel, a duplicate email refused naming its
// holder, bulk invitations (selected contacts, primary contacts) with one result per item, deactivate and
// reactivate, and an expired invitation reaching Notifications. One portal for the file; each test leaves a
// screenshot in test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';

const DAY_MS = 86_400_000;
const DANA = 'dana@demo-wholesale.example';
const TESS = 'tess@third-avenue.example';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  const token = await portal.gw.loginAdmin();
  const call = (method: string) =>
    portal.gw.request(method, `/admin/stores/${portal.storeId}/sync`, { token });
  const started = await call('POST');
  for (let i = 0; i < 800; i++) {
    if ((await call('GET')).body.lastRun?.id === started.body.id) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the first sync did not finish');
});
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-admin-customers-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const panel = () => page().getByRole('dialog');
const row = (name: string) => main().getByRole('row').filter({ hasText: name });
const card = (name: string) => panel().getByRole('listitem', { name });

async function signIn(route: string) {
  await page().goto(`${portal.url}/#${route}`);
  await main().getByLabel('Email').fill(ADMIN.email);
  await main().getByLabel('Password').fill(ADMIN.password);
  await main().getByRole('button', { name: 'Sign in' }).click();
}

async function showDemoCustomers() {
  await main().getByLabel('Search').fill('DEMO00');
  await expect.poll(() => main().getByRole('row').count()).toBe(4); // the header and DEMO001–DEMO003
}

async function openContacts(customer: string) {
  await row(customer)
    .getByRole('button', { name: /^Manage contacts/ })
    .click();
  await panel()
    .getByRole('heading', { name: `Contacts of ${customer}` })
    .waitFor();
}

/** The pills of a customer's row as text, e.g. ['Active 0', 'Pending 1', 'Inactive 2']. */
const pills = async (customer: string) =>
  (await row(customer).locator('.pill').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

describe('the customers page', () => {
  it('after a sync, shows each customer with its contacts as Active / Pending / Inactive pills, or "No contacts added" (R11, R15)', async () => {
    await signIn('/admin/customers');
    await main().getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await showDemoCustomers();
    // Nina is not an ordering contact, so DEMO001 brings Dana, Oliver and Sam (R9); none active, all Inactive.
    expect(await pills('Demo Wholesale Ltd')).toEqual(['Active 0', 'Pending 0', 'Inactive 3']);
    expect(await row('DEMO002').textContent()).toContain('No contacts added');

    await main().getByLabel('Contact status').selectOption('none');
    await expect.poll(() => main().getByRole('row').count()).toBe(2);
    expect(await main().getByRole('row').nth(1).textContent()).toContain('DEMO002');
    await main().getByLabel('Contact status').selectOption('');
    await expect.poll(() => main().getByRole('row').count()).toBe(4);

    // On a phone the page does not scroll sideways: the rows stack (phone-width.browser.test.ts checks every page).
    await page().setViewportSize({ width: 390, height: 844 });
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await browser.screenshot('storefront-admin-customers-on-a-phone');
    await page().setViewportSize({ width: 1280, height: 900 });
  });

  it('invites a contact from the manage-contacts panel: it turns Pending and the email arrives (R12, R15)', async () => {
    await showDemoCustomers();
    await openContacts('Demo Wholesale Ltd');
    await card('Dana Demo').getByRole('button', { name: 'Send invitation' }).click();
    await panel().getByRole('status').getByText('Invitation sent to Dana Demo.').waitFor();
    await card('Dana Demo').getByText('Invited, not accepted yet', { exact: false }).waitFor();
    expect(await card('Dana Demo').locator('.pill').textContent()).toBe('Pending');
    await card('Dana Demo').getByRole('button', { name: 'Cancel invitation' }).waitFor();
    await expect.poll(() => portal.catcher.latest(DANA)?.subject).toMatch(/Trade Store/);

    await panel()
      .getByRole('button', { name: /^Pending/ })
      .click();
    await expect.poll(() => panel().getByRole('listitem').count()).toBe(1);
    await panel().getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => pills('Demo Wholesale Ltd')).toEqual(['Active 0', 'Pending 1', 'Inactive 2']);
  });

  it('refuses to invite a contact whose email another contact already holds, naming the holder (R10)', async () => {
    await openContacts('Demo Wholesale Ltd');
    await card('Sam Shared').getByRole('button', { name: 'Send invitation' }).click();
    await card('Sam Shared').getByRole('button', { name: 'Resend invitation' }).waitFor();
    await panel().getByRole('button', { name: 'Close' }).click();

    await openContacts('Third Avenue Traders');
    const sam = card('Sam Shared');
    await sam.getByRole('button', { name: 'Send invitation' }).click();
    await expect
      .poll(() => sam.getByRole('alert').textContent())
      .toBe(
        'shared@demo-wholesale.example is already used by Sam Shared of DEMO001 (Demo Wholesale Ltd); each store login is one email address.',
      );
    expect(await sam.locator('.pill').textContent()).toBe('Inactive');
    // Escape closes the panel and gives focus back to the button that opened it.
    await page().keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    const focused = await page().evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Manage contacts of Third Avenue Traders');
  });

  it('invites the selected contacts from the panel at once: one result per contact (R12)', async () => {
    await openContacts('Demo Wholesale Ltd');
    await card('Oliver Order').getByRole('checkbox', { name: 'Select Oliver Order' }).check();
    await card('Dana Demo').getByRole('checkbox', { name: 'Select Dana Demo' }).check();
    await panel().getByRole('button', { name: 'Send invitation to selected (2)' }).click();
    const results = panel().locator('.bulk-results');
    await results.getByText('1 of 2 invitations sent').waitFor();
    expect(await results.getByRole('listitem').allTextContents()).toEqual([
      'Oliver Order: Sent',
      'Dana Demo: Refused. Dana Demo of DEMO001 already has a pending invitation; resend it instead.',
    ]);
    await expect.poll(() => card('Oliver Order').locator('.pill').textContent()).toBe('Pending');
    await panel().getByRole('button', { name: 'Close' }).click();
  });

  it('bulk "Send invitation to primary contact": one result per customer, sent or refused with its sentence (R12)', async () => {
    await showDemoCustomers();
    for (const name of ['Demo Wholesale Ltd', 'Second Street Cafe', 'Third Avenue Traders'])
      await row(name)
        .getByRole('checkbox', { name: /^Select/ })
        .check();
    await main().getByText('3 selected').waitFor();
    await main()
      .getByLabel('Bulk action', { exact: true })
      .selectOption({ label: 'Send invitation to primary contact' });
    await main().getByRole('button', { name: 'Apply' }).click();

    const results = main().locator('.bulk-results');
    await results.getByText('1 of 3 invitations sent').waitFor();
    expect(await results.getByRole('listitem').allTextContents()).toEqual([
      'Demo Wholesale Ltd: Refused. Dana Demo of DEMO001 already has a pending invitation; resend it instead.',
      'Second Street Cafe: Refused. DEMO002 has no primary contact.',
      'Third Avenue Traders: Sent',
    ]);
    await expect.poll(() => portal.catcher.latest(TESS)?.to).toContain(TESS);

    // The same action for one customer, from its row: the refusal shows in that row.
    await row('Demo Wholesale Ltd')
      .getByRole('button', { name: /^Invite primary contact/ })
      .click();
    await expect
      .poll(() => row('Demo Wholesale Ltd').getByRole('alert').textContent())
      .toBe('Dana Demo of DEMO001 already has a pending invitation; resend it instead.');
  });

  it('deactivates an active contact and reactivates it (R16)', async () => {
    const token = /\/invitations\/([\w-]{20,})/.exec(portal.catcher.latest(DANA)?.text ?? '')?.[1];
    const accepted = await portal.gw.request('POST', '/store/invitations/accept', {
      body: { token, password: 'Buyer2026ok' },
    });
    expect(accepted.status).toBe(200);

    await page().reload();
    await showDemoCustomers();
    await expect.poll(() => pills('Demo Wholesale Ltd')).toEqual(['Active 1', 'Pending 2', 'Inactive 0']);
    await row('Demo Wholesale Ltd')
      .getByRole('button', { name: /^Active/ })
      .click();
    const dana = card('Dana Demo');
    await dana.getByRole('button', { name: 'Deactivate' }).click();
    await panel().getByText('No contacts with this status.').waitFor();
    await panel()
      .getByRole('button', { name: /^Inactive/ })
      .click();
    await dana.getByText('Deactivated').waitFor();
    await dana.getByRole('button', { name: 'Reactivate' }).click();
    await panel().getByRole('button', { name: /^All/ }).click();
    await expect.poll(() => dana.locator('.pill').textContent()).toBe('Active');
    await panel().getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => pills('Demo Wholesale Ltd')).toEqual(['Active 1', 'Pending 2', 'Inactive 0']);
  });

  it('lists an order a buyer placed on the Orders page, naming the contact who placed it (R18, R20)', async () => {
    const token = await portal.gw.loginAdmin();
    const admin = (method: string, path: string, body?: unknown) =>
      portal.gw.request(method, `/admin/stores/${portal.storeId}${path}`, { token, body });
    const [plenty] = (await admin('GET', '/products?search=DEMO-PLENTY')).body.items;
    await admin('PUT', `/products/${plenty.guid}/status`, { status: 'sellable' });
    const signedIn = await portal.gw.request('POST', '/store/login', {
      body: { storeId: portal.storeId, email: DANA, password: 'Buyer2026ok' },
    });
    const buyer = (method: string, path: string, body?: unknown) =>
      portal.gw.request(method, `/store${path}`, { token: signedIn.body.token, body });
    await buyer('PUT', `/cart/lines/${plenty.guid}`, { quantity: 2 });
    const [address] = (await buyer('GET', '/addresses')).body.items;
    expect((await buyer('POST', '/orders', { deliveryAddress: address })).status).toBe(201);

    await page().getByRole('link', { name: 'Orders', exact: true }).click();
    await main().getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    const order = row(DANA);
    await order.waitFor();
    expect(await order.getByRole('cell').nth(5).textContent()).toBe('37.95'); // 2 × 16.50 plus 15% tax;
  });

  it('opens a sent invitation in the Outbox and sees its rendered body, and that every email is kept (B6)', async () => {
    await page().getByRole('link', { name: 'Outbox' }).click();
    await main().getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    await main().getByText('Every email is kept.', { exact: false }).waitFor();
    const message = row(TESS);
    await message.getByText('Sent').waitFor();
    await message.getByRole('button').click();
    await panel().getByText(TESS).waitFor();
    await expect
      .poll(() =>
        panel()
          .locator('iframe')
          .evaluate((frame: HTMLIFrameElement) => frame.srcdoc),
      )
      .toContain('Tess');
    await panel().getByRole('button', { name: 'Close' }).click();
  });

  it('shows an invitation opened after 7 days in Notifications (R13)', async () => {
    const token = /\/invitations\/([\w-]{20,})/.exec(portal.catcher.latest(TESS)?.text ?? '')?.[1];
    portal.gw.clock.advance(8 * DAY_MS);
    const opened = await portal.gw.request('POST', '/store/invitations/open', { body: { token } });
    expect(opened.status).toBe(410);

    await signIn('/admin/notifications'); // eight days on, the admin's session has ended too
    await main().getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const notice = main().getByRole('listitem').first();
    await notice.getByText('Expired invitation', { exact: true }).waitFor();
    expect(await notice.textContent()).toMatch(/Tess/);
  });
});
