// Stock-aware ordering in a real browser (B9, R17b): the admin switches the out-of-stock setting to Sellable on the
// Settings page; dana adds 8 of DEMO-LOW (5 available) and is told 3 are on backorder, which her cart shows on
// the line. Back on Visible, the cart flags the line "only 5 available", an update past the stock is refused at
// the field, and so is adding 6 on the product page. Sellable again, dana orders 8: the order-request email and
// the admin's order panel say "3 on backorder" on the line. Screenshots in test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { acceptInvitation } from './buyer-steps.ts';
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
  const guidOf = await store.productGuids(['DEMO-LOW']);
  await store.call('POST', '/products/status', { status: 'sellable', productGuids: [guidOf['DEMO-LOW']] });
  await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', DANA)}/invitation`);
}, 90_000);
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-buyer-stock-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const addForm = () => main().getByRole('form', { name: 'Add DEMO-LOW to the cart' });
const cartRow = () => main().getByRole('row').filter({ hasText: 'DEMO-LOW' });

describe('stock-aware ordering (B9)', () => {
  it('when the admin chooses Sellable for out-of-stock products on the Settings page, then the store takes backorders', async () => {
    await page().goto(`${portal.url}/#/admin/settings`);
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Store settings' }).waitFor();
    const policy = main().getByLabel('Out-of-stock products');
    expect(await policy.inputValue()).toBe('visible');
    expect(await main().getByLabel('Show buyers the available quantity').isChecked()).toBe(true);
    await policy.selectOption('sellable');
    await main().getByRole('button', { name: 'Save settings' }).click();
    await main().getByText('Settings saved.').waitFor();
    expect(await portal.gw.gateway.services.stores.get(portal.storeId)).toMatchObject({
      outOfStockPolicy: 'sellable',
      showStockCounts: true,
    });
  });

  it('when dana adds 8 of the 5 available, then she is told 3 are on backorder and the cart line says so', async () => {
    await acceptInvitation(page(), portal, DANA).catch(async () => {
      // On a loaded machine the store's home can take longer than the step's 5 s to show: wait once more.
      await main()
        .getByRole('heading', { level: 1, name: /^Welcome/ })
        .waitFor({ timeout: 20_000 });
    });
    await page().goto(`${portal.url}/#/catalogue?search=DEMO-LOW`);
    await addForm().getByLabel('Quantity').fill('8');
    await addForm().getByRole('button', { name: 'Add to cart' }).click();
    await addForm().getByText('Added 8: 8 in your cart, 3 on backorder.').waitFor();
    await page().locator('.cart-link').click();
    await main().getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    expect(await cartRow().locator('.line-backorder').textContent()).toBe('3 on backorder (5 available now)');
    await main().getByRole('link', { name: 'Check out' }).waitFor();
  });

  it('when the store takes no backorders again, then the cart flags "only 5 available", and 9 in the cart or 6 on the product page are refused at the field', async () => {
    await store.call('PATCH', '', { outOfStockPolicy: 'visible' });
    await page().reload();
    await main().getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    await cartRow().locator('.line-problem', { hasText: 'DEMO-LOW: only 5 available.' }).waitFor();
    expect(await cartRow().locator('.line-backorder').count()).toBe(0);
    expect(await main().getByRole('button', { name: 'Check out' }).isDisabled()).toBe(true);

    await cartRow().getByLabel('Quantity of DEMO-LOW').fill('9');
    await cartRow().getByRole('button', { name: 'Update' }).click();
    await expect
      .poll(() => cartRow().locator('.field-error').textContent())
      .toBe('DEMO-LOW: only 5 available.');

    await cartRow().getByRole('button', { name: 'Remove DEMO-LOW' }).click();
    await page().goto(`${portal.url}/#/catalogue?search=DEMO-LOW`);
    await addForm().getByLabel('Quantity').fill('6');
    await addForm().getByRole('button', { name: 'Add to cart' }).click();
    await expect
      .poll(() => addForm().locator('.field-error').textContent())
      .toBe('DEMO-LOW: only 5 available.');
  });

  it('when dana orders 8 of the 5 available with backorders on, then checkout, her order-request email and the admin\'s order panel say "3 on backorder" on the line', async () => {
    await store.call('PATCH', '', { outOfStockPolicy: 'sellable' });
    await page().goto(`${portal.url}/#/catalogue?search=DEMO-LOW`);
    await addForm().getByLabel('Quantity').fill('8');
    await addForm().getByRole('button', { name: 'Add to cart' }).click();
    await addForm().getByText('Added 8: 8 in your cart, 3 on backorder.').waitFor();
    await page().locator('.cart-link').click();
    await main().getByRole('link', { name: 'Check out' }).click();
    await main().getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    // What she is about to order says it too, before she places it (B9).
    const reviewed = main().getByRole('row').filter({ hasText: 'DEMO-LOW' });
    expect(await reviewed.locator('.line-backorder').textContent()).toBe('3 on backorder');
    await main().getByRole('button', { name: 'Place order' }).click();
    await main().getByRole('heading', { level: 1, name: 'Thank you for your order' }).waitFor();
    await expect
      .poll(() => portal.catcher.latest(DANA)?.subject ?? '')
      .toMatch(/^Order request .* received$/);
    expect(portal.catcher.latest(DANA)?.text).toMatch(/8 x DEMO-LOW .* \(3 on backorder\)/);

    await page().goto(`${portal.url}/#/admin/orders`);
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await main().getByRole('row').filter({ hasText: DANA }).getByRole('button', { name: /^View/ }).click();
    const lines = page().getByRole('dialog').getByRole('table', { name: 'Order lines' });
    const low = lines.getByRole('row').filter({ hasText: 'DEMO-LOW' });
    expect(await low.locator('.line-backorder').textContent()).toBe('3 on backorder');
  });
});
