// Acting as a customer in a real browser against the real stack (R22, R23, R20): the admin signs in on the admin
// pages and acts as DEMO001 (the call the customers page makes, from the page); the store shows the badge and
// DEMO001's own price; checkout requires the contact the order is for and does not offer oliver, whose login the
// admin deactivated; a standing order is refused while acting; the order is placed for dana, whose email shows as
// placed-by; "Keep Acting" keeps the badge and "Stop Acting as Customer" returns to the admin's customers page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { fromPage, PASSWORD } from './buyer-steps.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';
const OLIVER = 'oliver@demo-wholesale.example';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let store: StoreAdmin;
let demoGuid: string;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  store = await storeAdmin(portal);
  await store.sync();
  const guidOf = await store.productGuids(['DEMO-PLENTY']);
  await store.call('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'sellable' });
  demoGuid = (await store.call('GET', '/customers?search=DEMO001')).items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  ).guid;
  // Oliver accepts his invitation (through the API), then the admin deactivates his login (R16).
  const oliverGuid = await store.contactGuid('DEMO001', OLIVER);
  await store.call('POST', `/contacts/${oliverGuid}/invitation`);
  const token = /\/invitations\/([\w-]+)/.exec(portal.catcher.latest(OLIVER)?.text ?? '')?.[1];
  const accepted = await portal.gw.request('POST', '/store/invitations/accept', {
    body: { token, password: PASSWORD },
  });
  expect(accepted.status).toBe(200);
  await store.call('POST', `/contacts/${oliverGuid}/deactivate`);
}, 90_000);
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-acting-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const badge = () => page().getByRole('banner').getByRole('button', { name: 'Acting as a Customer' });

describe('acting as a customer (R22, R23)', () => {
  it("when the admin acts as DEMO001, then the store shows the Acting as a Customer badge and DEMO001's own price (R22)", async () => {
    await page().goto(`${portal.url}/#/admin/sync`);
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
    const started = await fromPage(page(), 'POST', `/admin/stores/${portal.storeId}/acting`, {
      customerGuid: demoGuid,
    });
    expect(started.status).toBe(201);

    await page().goto(`${portal.url}/#/catalogue?search=DEMO-PLENTY`);
    await badge().waitFor();
    await page().getByRole('banner').getByText('for Demo Wholesale Ltd').waitFor();
    const plenty = main().getByRole('listitem').filter({ hasText: 'DEMO-PLENTY' });
    await plenty.getByText('16.50 each').waitFor();
    const form = main().getByRole('form', { name: 'Add DEMO-PLENTY to the cart' });
    await form.getByLabel('Quantity').fill('2');
    await form.getByRole('button', { name: 'Add to cart' }).click();
    await form.getByText('Added 2: 2 in your cart.').waitFor();
  });

  it('when the admin tries to save the cart as a standing order, then it is refused in a sentence (R21)', async () => {
    await page().goto(`${portal.url}/#/standing-orders/new`);
    await main().getByLabel('Name', { exact: true }).fill('For DEMO001');
    await main().getByRole('button', { name: 'Save standing order' }).click();
    await main()
      .getByRole('alert')
      .getByText("Standing orders are made by the customer's own contacts, not while acting.")
      .waitFor();
    await badge().waitFor();
  });

  it('when the admin checks out, then a contact is required, the deactivated oliver is not offered, and the order placed for dana shows her email as placed-by (R23, R20)', async () => {
    await page().goto(`${portal.url}/#/checkout`);
    const contacts = main().getByRole('group', { name: 'Place this order for (required)' });
    await contacts.getByRole('radio', { name: new RegExp(DANA) }).waitFor();
    expect(await contacts.getByRole('radio', { name: new RegExp(OLIVER) }).count()).toBe(0);
    expect(await contacts.getByRole('radio', { checked: true }).count()).toBe(0);
    await main().getByRole('button', { name: 'Place order' }).click();
    await contacts.getByText('Choose the contact this order is placed for.').waitFor();

    await contacts.getByRole('radio', { name: new RegExp(DANA) }).check();
    await main().getByRole('button', { name: 'Place order' }).click();
    await main().getByRole('heading', { level: 1, name: 'Thank you for your order' }).waitFor();
    await main().getByText(`A confirmation is on its way to ${DANA}`, { exact: false }).waitFor();
    const placedBy = main().locator('.facts div', { has: page().getByText('Placed by', { exact: true }) });
    expect(await placedBy.locator('dd').textContent()).toBe(DANA);
  });

  it('when the admin chooses the badge and Keep Acting, then the badge stays; Stop Acting as Customer returns to the admin customers page (R22)', async () => {
    await badge().click();
    await page().getByRole('button', { name: 'Keep Acting' }).click();
    expect(await page().getByRole('button', { name: 'Stop Acting as Customer' }).count()).toBe(0);
    await badge().waitFor();

    await badge().click();
    await page()
      .getByText(`${ADMIN.name} (${ADMIN.email}) is acting as Demo Wholesale Ltd`, { exact: false })
      .waitFor();
    await page().getByRole('button', { name: 'Stop Acting as Customer' }).click();
    await expect.poll(() => page().url()).toMatch(/#\/admin\/customers$/);
    await main().getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    expect(await badge().count()).toBe(0);
    // The admin's own session is back: the store answers as no buyer any more.
    expect((await fromPage(page(), 'GET', '/admin/me')).status).toBe(200);
    expect((await fromPage(page(), 'GET', '/store/me')).status).toBe(403);
  });

  it('when the admin acts as DEMO003 (no price of its own), then the product page shows its price and the price from 10 units (R17a)', async () => {
    const third = (await store.call('GET', '/customers?search=DEMO003')).items.find(
      (c: { code: string }) => c.code === 'DEMO003',
    );
    const started = await fromPage(page(), 'POST', `/admin/stores/${portal.storeId}/acting`, {
      customerGuid: third.guid,
    });
    expect(started.status).toBe(201);
    await page().goto(`${portal.url}/#/products/DEMO-PLENTY`);
    await page().getByRole('banner').getByText('for Third Avenue Traders').waitFor();
    await main().getByRole('heading', { level: 1, name: 'Demo Plenty Widget' }).waitFor();
    await main().getByText('20.00 each', { exact: true }).waitFor();
    const breaks = main().getByRole('region', { name: 'Price by quantity' });
    expect(await breaks.getByRole('listitem').allTextContents()).toEqual([
      '1 to 9: 20.00 each',
      '10 or more: 17.00 each',
    ]);
    await page().goto(`${portal.url}/#/products/DEMO-OBSOLETE`);
    await main().getByRole('heading', { level: 1, name: 'Product not found' }).waitFor();
  });
});
