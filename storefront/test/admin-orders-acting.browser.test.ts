// The admin's order settings, orders, standing orders and acting in a real browser against the real stack: a
// status label renamed in the settings shows on the Orders page and in the order's panel (R18a); a buyer's
// standing order shows in the list and the 3-month report (R21); "Act as customer" opens the buyer pages as
// DEMO001 and the acting log records it (R22); signing in at #/admin/login lands on the dashboard with its
// figures, and the orders are searched, filtered by day and exported as CSV (issue 16 item 8). One portal for the
// file; screenshots in test-artifacts/.
import { readFile } from 'node:fs/promises';
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
    await main().getByText('No orders match these filters.').waitFor();
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

describe('the dashboard and finding orders (issue 16 item 8)', () => {
  const figure = (region: string, label: string) =>
    main().getByRole('region', { name: region }).locator('.facts div', { hasText: label }).locator('dd');

  it("when the admin signs in at #/admin/login, then the address becomes the dashboard's, which shows today's order, the sync and the standing order due this week", async () => {
    await page().getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await signIn('/admin/login');
    await main().getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect.poll(() => page().url()).toMatch(/#\/admin\/dashboard$/);
    expect(await page().getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page');

    const [order] = (await admin.call('GET', '/orders')).items;
    expect(await figure('Today’s orders', 'Orders').textContent()).toBe('1');
    expect(await figure('Today’s orders', 'Total').textContent()).toBe(order.total.toFixed(2));
    expect(await figure('Orders to Unleashed', 'Not sent').textContent()).toBe('0');
    await main()
      .getByRole('region', { name: 'Sync' })
      .getByText(/^The last sync succeeded, /)
      .waitFor();
    expect(await figure('Invitations', 'Waiting for an answer').textContent()).toBe('0');
    const due = main().getByRole('region', { name: 'Standing orders due this week' });
    expect(await figure('Standing orders due this week', 'Due in the next 7 days').textContent()).toBe('1');
    await due.getByText('Weekly restock').waitFor();
    await browser.screenshot('storefront-admin-dashboard');

    await main().getByRole('link', { name: 'See today’s orders' }).click();
    await main().getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    const day = portal.gw.clock.now().toISOString().slice(0, 10);
    expect(page().url()).toContain(`placedFrom=${day}&placedTo=${day}`);
    expect(await main().getByLabel('Placed from').inputValue()).toBe(day);
    await main().getByRole('row').filter({ hasText: DANA }).waitFor();
  });

  it('finds the order by customer, contact and product, refuses a backwards day range at its field, and exports what it finds as CSV', async () => {
    const search = main().getByLabel('Order number, PO number, customer, contact or product');
    const row = main().getByRole('row').filter({ hasText: DANA });
    const find = async (typed: string) => {
      await search.fill(typed);
      await main().getByRole('button', { name: 'Search' }).click();
    };
    // Each search starts from an empty list, so the row seen is the answer to that search.
    for (const typed of ['wholesale', 'DANA@DEMO', 'plenty widget']) {
      await find('nobody-orders-this');
      await main().getByText('No orders match these filters.').waitFor();
      await find(typed);
      await row.waitFor();
      expect(page().url()).toContain(`search=${encodeURIComponent(typed).replace(/%20/g, '+')}`);
    }
    await find('DEMO-PLENTY');
    await row.waitFor();

    const day = portal.gw.clock.now().toISOString().slice(0, 10);
    await main().getByLabel('Placed from').fill('2099-01-02');
    await main().getByLabel('Placed to').fill('2099-01-01');
    await main().locator('#order-to-error').getByText(/./).waitFor();
    await main().getByLabel('Placed from').fill(day);
    await row.waitFor();

    const [download] = await Promise.all([
      page().waitForEvent('download'),
      main().getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^orders-.+\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toMatch(
      /^Order number,Store order id,Placed \(UTC\),Customer code,Customer name,Placed by,/,
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`,DEMO001,Demo Wholesale Ltd,${DANA},`);
    expect(rows[1]).toContain('DEMO-PLENTY × 2');
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
