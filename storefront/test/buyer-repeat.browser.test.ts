// Repeat buying in a real browser against the real stack (B3, R18a): dana has placed an order for DEMO-PLENTY and
// DEMO-LOW; the admin then hides DEMO-LOW and renames the Pending Approval label. Reorder adds DEMO-PLENTY and flags
// DEMO-LOW with its sentence; Quick order refuses an unknown code at its row; a CSV file gives a mixed report.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { acceptInvitation, fromPage } from './buyer-steps.ts';
import { buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let store: StoreAdmin;
let orderId: string;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  store = await storeAdmin(portal);
  await store.sync();
  const guidOf = await store.productGuids(['DEMO-PLENTY', 'DEMO-LOW']);
  await store.call('POST', '/products/status', {
    status: 'sellable',
    productGuids: [guidOf['DEMO-PLENTY'], guidOf['DEMO-LOW']],
  });
  await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', DANA)}/invitation`);
  await acceptInvitation(browser.page, portal, DANA);
  for (const [code, quantity] of [
    ['DEMO-PLENTY', 2],
    ['DEMO-LOW', 1],
  ] as const)
    await fromPage(browser.page, 'PUT', `/store/cart/lines/${guidOf[code]}`, { quantity });
  const placed = await fromPage(browser.page, 'POST', '/store/orders', {
    deliveryAddress: { city: 'Auckland' },
  });
  expect(placed.status).toBe(201);
  orderId = placed.body.id;
  await store.call('PUT', `/products/${guidOf['DEMO-LOW']}/status`, { status: 'hidden' });
  // Once Unleashed has it (Parked), the store calls it Pending Approval: the admin renames that label.
  for (let i = 0; i < 300; i++) {
    const order = await fromPage(browser.page, 'GET', `/store/orders/${orderId}`);
    if (order.body.status === 'pending-approval') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await store.call('PATCH', '', { orderStatuses: { 'pending-approval': { label: 'Received' } } });
}, 90_000);
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-buyer-repeat-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const cartCount = () => page().locator('.cart-link .cart-count').textContent();

describe('repeat buying (B3)', () => {
  it("when dana opens her orders, then each shows the store's own status label (R18a)", async () => {
    await page()
      .getByRole('navigation', { name: 'Store' })
      .getByRole('link', { name: 'Orders', exact: true })
      .click();
    await main().getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await main().locator('.badge', { hasText: 'Received' }).waitFor();
  });

  it('when she reorders the past order after DEMO-LOW was hidden, then DEMO-PLENTY is added and DEMO-LOW is flagged with why (B3)', async () => {
    await page().goto(`${portal.url}/#/orders/${encodeURIComponent(orderId)}`);
    await main().locator('.badge', { hasText: 'Received' }).waitFor();
    await main().getByRole('button', { name: 'Reorder' }).click();
    await main().getByText("Added 1 of 2 lines to your cart at today's prices.").waitFor();
    const items = main().locator('.reorder-result li');
    expect(await items.allTextContents()).toEqual([
      'DEMO-PLENTY × 2: added',
      'DEMO-LOW × 1: not added. This product is no longer in the store.',
    ]);
    expect(await cartCount()).toBe('1');
  });

  it('when she quick-orders a known code and an unknown one, then the known one is added and the unknown one is refused at its row (B3)', async () => {
    await page()
      .getByRole('navigation', { name: 'Store' })
      .getByRole('link', { name: 'Quick order' })
      .click();
    await main().getByRole('heading', { level: 1, name: 'Quick order' }).waitFor();
    await main().getByLabel('Product code, row 1').fill('demo-plenty');
    await main().getByLabel('Quantity, row 1').fill('3');
    await main().getByLabel('Product code, row 2').fill('NOPE-123');
    await main().getByLabel('Quantity, row 3').fill('x');
    await main().getByLabel('Product code, row 3').fill('DEMO-PLENTY');
    await main().getByRole('button', { name: 'Add all to cart' }).click();

    await main().getByText('Added to your cart: demo-plenty × 3.').waitFor();
    // The refused rows stay, each with its sentence, the unknown code's from the gateway.
    expect(await main().getByLabel('Product code, row 1').inputValue()).toBe('NOPE-123');
    expect(await main().locator('.field-error').allTextContents()).toEqual([
      'There is no product with code NOPE-123 in this store.',
      'Enter a whole number, like 1 or 12.',
    ]);
    expect(await main().getByLabel('Product code, row 1').getAttribute('aria-invalid')).toBe('true');
    const cart = await fromPage(page(), 'GET', '/store/cart');
    expect(cart.body.lines.map((l: { code: string; quantity: number }) => [l.code, l.quantity])).toEqual([
      ['DEMO-PLENTY', 5],
    ]);
  });

  it('when she imports a CSV file with good and bad rows, then the good row is added and each row is reported (B3)', async () => {
    const csv = 'code,quantity\nDEMO-PLENTY,5\nDEMO-LOW,1\nNOPE,2\nDEMO-PLENTY,abc\n';
    await main()
      .getByLabel('CSV file', { exact: true })
      .setInputFiles({
        name: 'cart.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
    await expect.poll(() => main().getByLabel('Or paste the rows').inputValue()).toBe(csv);
    await main().getByRole('button', { name: 'Import into cart' }).click();
    await main().getByText('1 row added to your cart, 3 refused.').waitFor();
    const rows = main().getByRole('region', { name: 'Import report' }).locator('tbody tr');
    expect(
      await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent))),
    ).toEqual([
      ['2', 'DEMO-PLENTY', '5', 'Added'],
      ['3', 'DEMO-LOW', '1', 'There is no product with this code in the store.'],
      ['4', 'NOPE', '2', 'There is no product with this code in the store.'],
      ['5', 'DEMO-PLENTY', '—', 'The quantity "abc" is not a whole number from 1 to 1000000.'],
    ]);
    await page().locator('.cart-link').click();
    await main().getByLabel('Quantity of DEMO-PLENTY').waitFor();
    expect(await main().getByLabel('Quantity of DEMO-PLENTY').inputValue()).toBe('10');
  });

  it('when she pastes nothing, then the import asks for a file or rows at the field', async () => {
    await page().goto(`${portal.url}/#/quick-order`);
    await main().getByRole('button', { name: 'Import into cart' }).click();
    await main().getByText('Choose a file or paste the rows.').waitFor();
  });
});
