// Order-rule overrides in a real browser (B4): the admin opens Demo Wholesale Ltd and saves its own rules (DEMO-PLENTY
// sold in 6s, a 150.00 minimum order value); Dana then meets them in quick order (4 refused at its row naming
// 6, 6 added), in the cart (51.00 more needed until she adds 6 more) and in a CSV import (7 refused, "Order 6
// instead" sets the line).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { acceptInvitation, fromPage } from './buyer-steps.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let store: StoreAdmin;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  store = await storeAdmin(portal);
  await store.sync();
  const guidOf = await store.productGuids(['DEMO-PLENTY']);
  await store.call('POST', '/products/status', { status: 'sellable', productGuids: [guidOf['DEMO-PLENTY']] });
  await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', DANA)}/invitation`);
}, 120_000);
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-admin-order-rules-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const panel = () => page().getByRole('dialog');
const rules = () => panel().getByRole('form', { name: 'Customer order rules' });
const cartLines = async () =>
  (await fromPage(page(), 'GET', '/store/cart')).body.lines.map((l: { code: string; quantity: number }) => [
    l.code,
    l.quantity,
  ]);

describe("the admin's customer order rules (B4)", () => {
  it('when the admin saves DEMO-PLENTY in 6s and a 150.00 minimum for Demo Wholesale Ltd, then they read back saved', async () => {
    await page().goto(`${portal.url}/#/admin/customers`);
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await main().getByLabel('Search').fill('DEMO001');
    await main()
      .getByRole('row')
      .filter({ hasText: 'Demo Wholesale Ltd' })
      .getByRole('button', { name: /^Manage contacts/ })
      .click();
    await rules().getByLabel('Minimum order value (before tax)').fill('150');
    await rules().getByRole('button', { name: 'Add a product rule' }).click();
    await rules().getByLabel('Product code 1').fill('demo-plenty');
    await rules().getByLabel('Sold in (demo-plenty)').fill('6');
    await rules().getByRole('button', { name: 'Save customer order rules' }).click();
    await rules().getByText('Order rules saved for this customer.').waitFor();
    // Saved, the override names the product by its code.
    await rules().getByRole('group', { name: 'DEMO-PLENTY' }).waitFor();
    expect(await rules().getByLabel('Sold in (DEMO-PLENTY)').inputValue()).toBe('6');
  });
});

describe('Dana meets them (B4)', () => {
  it('when she quick-orders 4, then the row is refused naming 6; 6 is added and the cart asks for 51.00 more', async () => {
    await acceptInvitation(page(), portal, DANA);
    await page().goto(`${portal.url}/#/quick-order`);
    await main().getByRole('heading', { level: 1, name: 'Quick order' }).waitFor();
    await main().getByLabel('Product code, row 1').fill('DEMO-PLENTY');
    await main().getByLabel('Quantity, row 1').fill('4');
    await main().getByRole('button', { name: 'Add all to cart' }).click();
    await expect
      .poll(() => main().locator('.field-error').first().textContent())
      .toContain('Sold in 6s; 4 is not a multiple of 6. The nearest quantity that can be ordered is 6.');
    await main().getByLabel('Quantity, row 1').fill('6');
    await main().getByRole('button', { name: 'Add all to cart' }).click();
    await main().getByText('Added to your cart: DEMO-PLENTY × 6.').waitFor();

    await page().locator('.cart-link').click();
    await main().getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    await main().getByText('Add 51.00 more to reach the 150.00 minimum order value (before tax).').waitFor();
    expect(await main().getByRole('button', { name: 'Check out' }).isDisabled()).toBe(true);
  });

  it('when her CSV asks for 7 more, then the row is refused with its rule and "Order 12 instead" meets both rules', async () => {
    await page().goto(`${portal.url}/#/quick-order`);
    await main().getByLabel('Or paste the rows').fill('code,quantity\nDEMO-PLENTY,7\n');
    await main().getByRole('button', { name: 'Import into cart' }).click();
    await main().getByText('0 rows added to your cart, 1 refused.').waitFor();
    const report = main().getByRole('region', { name: 'Import report' });
    await report.getByText(/Sold in 6s; 13 is not a multiple of 6/).waitFor();
    await report.getByRole('button', { name: 'Order 12 instead (line 2)' }).click();
    await report.getByRole('cell', { name: 'Added', exact: true }).waitFor();
    await expect.poll(cartLines).toEqual([['DEMO-PLENTY', 12]]);

    await page().locator('.cart-link').click();
    await main().getByRole('link', { name: 'Check out' }).waitFor();
    expect(await main().locator('.minimum-order-value').count()).toBe(0);
  });
});
