// Order rules in a real browser (B4): DEMO-PLENTY is sold in 6s in this store and orders must reach 250.00 before
// tax. Dana sees "in 6s" with 6 offered, 10 is refused at the field naming 12, and the cart says how much more
// the order needs until she adds enough; then checkout opens.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { acceptInvitation } from './buyer-steps.ts';
import { buildStorefront, type RunningPortal, startPortal } from './harness.ts';
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
  const plenty = guidOf['DEMO-PLENTY'];
  await store.call('POST', '/products/status', { status: 'sellable', productGuids: [plenty] });
  await store.call('PUT', `/products/${plenty}/quantity-rule`, { minimum: null, maximum: null, multiple: 6 });
  await store.call('PUT', '/order-rules', {
    minimumOrderValue: 250,
    customerTypeMinimums: [],
    defaultQuantityRule: { minimum: null, maximum: null, multiple: null },
  });
  await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', DANA)}/invitation`);
  await acceptInvitation(browser.page, portal, DANA);
}, 90_000);
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-buyer-order-rules-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const addForm = () => main().getByRole('form', { name: 'Add DEMO-PLENTY to the cart' });

describe('order rules (B4)', () => {
  it('when dana adds 10 of a product sold in 6s, then the field says 12 is the nearest; 12 is added', async () => {
    await page().goto(`${portal.url}/#/catalogue?search=DEMO-PLENTY`);
    const card = main().getByRole('listitem').filter({ hasText: 'DEMO-PLENTY' });
    await card.getByText('Order in 6s').waitFor();
    const quantity = addForm().getByLabel('Quantity');
    expect(await quantity.inputValue()).toBe('6');
    await quantity.fill('10');
    await addForm().getByRole('button', { name: 'Add to cart' }).click();
    await expect
      .poll(() => addForm().locator('.field-error').textContent())
      .toBe(
        'DEMO-PLENTY: Sold in 6s; 10 is not a multiple of 6. The nearest quantity that can be ordered is 12.',
      );
    await quantity.fill('12');
    await addForm().getByRole('button', { name: 'Add to cart' }).click();
    await addForm().getByText('Added 12: 12 in your cart.').waitFor();
  });

  it('when her cart is 198.00 against the 250.00 minimum, then the cart says to add 52.00 and checkout waits until she adds 6 more', async () => {
    await page().locator('.cart-link').click();
    await main().getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    await main().getByText('Add 52.00 more to reach the 250.00 minimum order value (before tax).').waitFor();
    expect(await main().getByRole('button', { name: 'Check out' }).isDisabled()).toBe(true);
    await page().goto(`${portal.url}/#/catalogue?search=DEMO-PLENTY`);
    await addForm().getByRole('button', { name: 'Add to cart' }).click();
    await addForm().getByText('Added 6: 18 in your cart.').waitFor();
    await page().locator('.cart-link').click();
    await main().getByRole('link', { name: 'Check out' }).waitFor();
    expect(await main().locator('.minimum-order-value').count()).toBe(0);
  });
});
