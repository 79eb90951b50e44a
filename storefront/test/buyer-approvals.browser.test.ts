// Buyer approvals in a real browser (B8): DEMO001 requires every order of a non-approver to be approved by Dana.
// Oliver places an order: the confirmation says it awaits approval. Dana signs in, opens Approvals, approves it;
// the order turns Processing, says who approved it, and reaches Unleashed; the admin's order panel says so too.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { acceptInvitation, PASSWORD } from './buyer-steps.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';
const OLIVER = 'oliver@demo-wholesale.example';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let store: StoreAdmin;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  store = await storeAdmin(portal);
  await store.sync();
  const { 'DEMO-PLENTY': plenty } = await store.productGuids(['DEMO-PLENTY']);
  await store.call('PUT', `/products/${plenty}/status`, { status: 'sellable' });
  const danaGuid = await store.contactGuid('DEMO001', DANA);
  const demo = (await store.call('GET', '/customers?search=DEMO001')).items[0];
  await store.call('PUT', `/customers/${demo.guid}/approval-settings`, {
    mode: 'always',
    approverContactGuids: [danaGuid],
  });
  // Dana's login is made through the gateway (a setup shortcut); Oliver accepts his in the browser.
  await store.call('POST', `/contacts/${danaGuid}/invitation`);
  const token = /\/invitations\/([\w-]+)/.exec(portal.catcher.latest(DANA)?.text ?? '')?.[1];
  const accepted = await fetch(`${portal.url}/store/invitations/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'portal' },
    body: JSON.stringify({ token, password: PASSWORD }),
  });
  expect(accepted.status).toBe(200);
  await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', OLIVER)}/invitation`);
}, 90_000);
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-buyer-approvals-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
let orderId: string;

describe('an approval round trip (B8)', () => {
  it('when Oliver (not an approver) places an order, then the confirmation says it awaits approval', async () => {
    await acceptInvitation(page(), portal, OLIVER);
    await page().goto(`${portal.url}/#/catalogue?search=DEMO-PLENTY`);
    const add = main().getByRole('form', { name: 'Add DEMO-PLENTY to the cart' });
    await add.getByRole('button', { name: 'Add to cart' }).waitFor({ timeout: 20_000 });
    await add.getByRole('button', { name: 'Add to cart' }).click();
    await add.getByText(/^Added/).waitFor();
    await page().locator('.cart-link').click();
    await main().getByRole('link', { name: 'Check out' }).click();
    await main().getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    await main().getByRole('button', { name: 'Place order' }).click();
    await main().getByRole('heading', { level: 1, name: 'Thank you for your order' }).waitFor();
    await main().getByText('awaits approval', { exact: false }).first().waitFor();
    await main().locator('.badge', { hasText: 'Awaiting approval' }).waitFor();
    orderId = decodeURIComponent(/#\/orders\/([^/]+)\/placed$/.exec(page().url())?.[1] ?? '');
    expect(orderId).not.toBe('');
  });

  it('when Dana opens Approvals and approves it, then it turns Processing, says she approved it, and is imported', async () => {
    await page().getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await main().getByLabel('Email').fill(DANA);
    await main().getByLabel('Password').fill(PASSWORD);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main()
      .getByRole('heading', { level: 1, name: /^Welcome/ })
      .waitFor();
    await page().getByRole('navigation', { name: 'Store' }).getByRole('link', { name: 'Approvals' }).click();
    await main().getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    const waiting = main().getByRole('listitem').filter({ hasText: OLIVER });
    await waiting.getByRole('button', { name: /^Approve / }).click();
    await waiting.getByText(`Approved by ${DANA}.`).waitFor();
    await page().goto(`${portal.url}/#/orders/${encodeURIComponent(orderId)}`);
    await main()
      .locator('.badge', { hasText: 'Processing' })
      .or(main().locator('.badge', { hasText: 'Pending Approval' }))
      .first()
      .waitFor();
    await main().getByText(`Approved by ${DANA}`, { exact: false }).waitFor();
    await expect
      .poll(async () => (await store.call('GET', `/orders/${orderId}`)).importState, { timeout: 10_000 })
      .toBe('imported');
  });

  it('when the admin opens the order on the Orders page, then its panel says who approved it', async () => {
    await page().getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page().goto('about:blank'); // a fresh load: the buyer's page only changes its hash otherwise
    await page().goto(`${portal.url}/#/admin/orders`);
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    const row = main().getByRole('row').filter({ hasText: OLIVER });
    await row.getByRole('button', { name: /^View/ }).click();
    const panel = page().getByRole('dialog');
    await panel.getByRole('table', { name: 'Order lines' }).getByText('DEMO-PLENTY').waitFor();
    await panel.getByText(`Approved by ${DANA}`, { exact: false }).waitFor();
  });
});
