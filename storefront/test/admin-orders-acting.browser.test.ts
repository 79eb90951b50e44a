// The admin's order settings, orders, standing orders and acting in a real browser against the real stack: a
// status label renamed in the settings shows on the Orders page and in the order's panel (R18a); a buyer's
// standing order shows in the list and the 3-month report (R21); "Act as customer" opens the buyer pages as
// DEMO001 and the acting log records it (R22). One portal for the file; screenshots in test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type BuyerCall, signUpBuyer } from './signed-up-buyer.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';
const address = { street: '1 Depot Road', city: 'Auckland' };

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let admin: StoreAdmin;
let buyer: BuyerCall;
let plenty: string;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  admin = await storeAdmin(portal);
  await admin.sync();
  buyer = await signUpBuyer(portal, admin, 'DEMO001', DANA);
  plenty = (await admin.productGuids(['DEMO-PLENTY']))['DEMO-PLENTY'] ?? '';
  await admin.call('PUT', `/products/${plenty}/status`, { status: 'sellable' });
});
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-admin-orders-acting-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await dist?.remove();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const panel = () => page().getByRole('dialog');

async function signIn(route: string) {
  await page().goto(`${portal.url}/#${route}`);
  await main().getByLabel('Email').fill(ADMIN.email);
  await main().getByLabel('Password').fill(ADMIN.password);
  await main().getByRole('button', { name: 'Sign in' }).click();
}

describe('order status labels (R18a)', () => {
  it('renames the Parked status in the settings and shows the new label on the Orders page and in the order', async () => {
    await signIn('/admin/settings');
    await main().getByRole('heading', { level: 1, name: 'Store settings' }).waitFor();
    await main().getByLabel('Label buyers see when: Parked in Unleashed').fill('Awaiting our OK');
    await main().getByRole('button', { name: 'Save settings' }).click();
    await main().getByText('Settings saved.').waitFor();

    await buyer('PUT', `/cart/lines/${plenty}`, { quantity: 2 });
    const placed = await buyer('POST', '/orders', { deliveryAddress: address });
    expect(placed.status).toBe(201);
    // Imported as Parked, the order is Pending Approval: the status just renamed.
    await expect
      .poll(async () => (await admin.call('GET', '/orders')).items[0]?.status, { timeout: 10_000 })
      .toBe('pending-approval');

    await page().getByRole('link', { name: 'Orders', exact: true }).click();
    await main().getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    const row = main().getByRole('row').filter({ hasText: DANA });
    await row.getByText('Awaiting our OK').waitFor();
    expect(await row.getByRole('rowheader').textContent()).toBe('Demo Wholesale LtdDEMO001');

    await main().getByLabel('Status').selectOption({ label: 'Awaiting our OK' });
    await row.waitFor();
    await main().getByLabel('Status').selectOption({ label: 'Complete' });
    await main().getByText('No orders in this status.').waitFor();
    await main().getByLabel('Status').selectOption({ label: 'Any status' });

    await row.getByRole('button', { name: /^View/ }).click();
    await panel().getByRole('table', { name: 'Order lines' }).getByText('DEMO-PLENTY').waitFor();
    expect(await panel().textContent()).toContain('Awaiting our OK');
    expect(await panel().textContent()).toContain(DANA);
    await panel().getByRole('button', { name: 'Close' }).click();
  });
});

describe('standing orders (R21)', () => {
  it("lists a buyer's standing order with its schedule in words and shows its quantities in the 3-month report", async () => {
    const now = portal.gw.clock.now();
    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    await buyer('DELETE', '/cart');
    await buyer('PUT', `/cart/lines/${plenty}`, { quantity: 4 });
    const made = await buyer('POST', '/standing-orders', {
      name: 'Weekly restock',
      deliveryAddress: address,
      startDate: tomorrow.toISOString().slice(0, 10),
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const report = await admin.call('GET', '/standing-orders/report');

    await page().getByRole('link', { name: 'Standing orders' }).click();
    await main().getByRole('heading', { level: 1, name: 'Standing orders' }).waitFor();
    const row = main().getByRole('table', { name: 'Standing orders' }).getByRole('row').filter({
      hasText: 'Weekly restock',
    });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toBe('Demo Wholesale LtdDEMO001');
    expect(cells[1]).toMatch(/^Every 2nd weekfrom /);
    expect(cells[3]).toBe(DANA);
    expect(cells[4]).toBe('Active');

    const due = main().getByRole('table', { name: 'Quantities due' }).getByRole('row').filter({
      hasText: 'DEMO-PLENTY',
    });
    await due.waitFor();
    const total = report.items[0].quantity;
    expect(total).toBeGreaterThanOrEqual(4 * 6);
    expect(await due.getByRole('cell').last().textContent()).toBe(`${total}${report.items[0].runs} runs`);

    await main().getByLabel('Status').selectOption({ label: 'Paused' });
    await main().getByText('No standing orders in this status.').waitFor();
  });
});

describe('acting as a customer (R22)', () => {
  it('acts as DEMO001 from the customers page, lands on its buyer pages, and the acting log shows it', async () => {
    await page().getByRole('link', { name: 'Customers' }).click();
    await main().getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await main().getByLabel('Search').fill('DEMO001');
    await main().getByRole('button', { name: 'Act as customer Demo Wholesale Ltd' }).click();
    await expect.poll(() => page().url()).toMatch(/#\/$/);
    await page().getByRole('banner').getByText('for Demo Wholesale Ltd').waitFor();

    await page().goto(`${portal.url}/#/admin/acting-log`);
    await main().getByRole('heading', { level: 1, name: 'Acting log' }).waitFor();
    const entry = main().getByRole('row').filter({ hasText: 'Demo Wholesale Ltd' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(ADMIN.email);
    expect(await entry.textContent()).toContain('Still acting');
  });
});
