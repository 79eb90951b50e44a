// The seed's order story in a real browser against the real stack (R14, R17a, R17b, R18–R20, R16): the admin
// makes DEMO-PLENTY sellable and invites dana (API); dana accepts from the emailed link, browses the catalogue,
// adds DEMO-PLENTY and checks out; the order is Processing and lands in Unleashed with her email; the supplier
// adds freight and completes it in the mock's QA console; within seconds, without anyone starting a sync, her open
// order page turns Complete with the freight by itself (the store follows Unleashed's webhooks, issue 13; the page
// refreshes itself, issue 16 item 5). Finally the admin deactivates her and the next page load shows the sign-in
// form with a sentence.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { consolePage } from '../../mock-unleashed/test/console-page.ts';
import { buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const PASSWORD = 'Buyer2026ok';
const DANA = 'dana@demo-wholesale.example';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let store: StoreAdmin;
let danaGuid: string;
let guidOf: Record<string, string>;

const admin = (method: string, path: string, body?: unknown) => store.call(method, path, body);
const sync = () => store.sync();

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([
    startPortal(dist.dir, { plan: 'premium-plus', webhooks: true }),
    openBrowser(),
  ]);
  store = await storeAdmin(portal);
  await sync();
  guidOf = await store.productGuids(['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT']);
  await admin('POST', '/products/status', {
    status: 'sellable',
    productGuids: [guidOf['DEMO-PLENTY'], guidOf['DEMO-OUT']],
  });
  await admin('POST', '/products/status', { status: 'visible', productGuids: [guidOf['DEMO-LOW']] });
  danaGuid = await store.contactGuid('DEMO001', DANA);
  await admin('POST', `/contacts/${danaGuid}/invitation`);
}, 90_000);
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-buyer-orders-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const addForm = (code: string) => main().getByRole('form', { name: `Add ${code} to the cart` });
const cartCount = () => page().locator('.cart-link .cart-count').textContent();
let orderId: string;
let orderNumber: string;
// A mark on the page's document: still there later means the page changed without a reload.
type Marked = { sameDocument?: boolean };
const markDocument = () => page().evaluate(() => ((window as unknown as Marked).sameDocument = true));
const sameDocument = () => page().evaluate(() => (window as unknown as Marked).sameDocument === true);

describe("dana's order, from invitation to Complete", () => {
  it('when dana opens the emailed link and sets a password (R14), then the store shows her, her customer and an empty cart', async () => {
    const link = new RegExp(`${portal.url}/s/[a-z0-9-]+/invitations/[\\w-]+`).exec(
      portal.catcher.latest(DANA)?.text ?? '',
    );
    expect(link).not.toBeNull();
    await page().goto(link?.[0] ?? '');
    await main().getByLabel('New password').fill(PASSWORD);
    await main().getByRole('button', { name: 'Accept and sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Welcome, Dana' }).waitFor();
    const header = page().getByRole('banner');
    await header.getByText('Trade Store').waitFor();
    await header.getByText('for Demo Wholesale Ltd').waitFor();
    await expect.poll(cartCount).toBe('0');
    await page().getByRole('navigation', { name: 'Store' }).getByRole('link', { name: 'Catalogue' }).click();
    await main().getByRole('heading', { level: 1, name: 'Catalogue' }).waitFor();
  });

  it('when she searches, then she sees her own price (R17a), the stock bands (R17b, counts hidden when the store hides them), the sync time and which products cannot be ordered', async () => {
    await main().getByLabel('Search by code or description').fill('demo-');
    await main().getByRole('button', { name: 'Search' }).click();
    await main().getByText('3 products').waitFor();
    expect(page().url()).toContain('#/catalogue?search=demo-');
    await main()
      .getByText(/^Stock as of \w/)
      .waitFor();

    const plenty = main().getByRole('listitem').filter({ hasText: 'DEMO-PLENTY' });
    await plenty.getByText('16.50 each').waitFor();
    await plenty.locator('.stock-plenty', { hasText: 'In stock: 500' }).waitFor();
    const low = main().getByRole('listitem').filter({ hasText: 'DEMO-LOW' });
    await low.locator('.stock-low', { hasText: 'Low stock: 5' }).waitFor();
    await low.getByText('Can be viewed but not ordered.').waitFor();
    const out = main().getByRole('listitem').filter({ hasText: 'DEMO-OUT' });
    await out.locator('.stock-out', { hasText: 'Out of stock' }).waitFor();
    await out.getByRole('img', { name: 'No picture of Demo Out Of Stock Gizmo' }).waitFor();
    expect(await low.getByRole('button', { name: 'Add to cart' }).count()).toBe(0);
    expect(await out.getByRole('button', { name: 'Add to cart' }).count()).toBe(0);

    await admin('PATCH', '', { showStockCounts: false });
    await page().reload();
    await plenty.locator('.stock-plenty', { hasText: /^In stock$/ }).waitFor();
    await low.locator('.stock-low', { hasText: /^Low stock$/ }).waitFor();
    await admin('PATCH', '', { showStockCounts: true });
    await page().reload();
    await plenty.locator('.stock-plenty', { hasText: 'In stock: 500' }).waitFor();

    await main().getByLabel('Category').selectOption('Hardware');
    await expect.poll(() => page().url()).toContain('category=Hardware');
    await main().getByText('3 products').waitFor();

    await main().getByRole('button', { name: 'List' }).click();
    await main().locator('ul.product-list').waitFor();
    expect(page().url()).toContain('view=list');
  });

  it('when she types a quantity that is not a whole positive number (R18), then it is refused at the field and the cart is unchanged, as is a product made unorderable meanwhile; 10 is added', async () => {
    const form = addForm('DEMO-PLENTY');
    const quantity = form.getByLabel('Quantity');
    for (const [typed, sentence] of [
      ['2.5', 'Enter a whole number, like 1 or 12.'],
      ['0', 'Enter a quantity of at least 1.'],
    ] as const) {
      await quantity.fill(typed);
      await form.getByRole('button', { name: 'Add to cart' }).click();
      await expect.poll(() => form.locator('.field-error').textContent()).toBe(sentence);
      expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    }
    expect(await cartCount()).toBe('0');

    // The admin makes it Visible meanwhile: the gateway's refusal shows at the field too.
    await admin('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'visible' });
    await quantity.fill('1');
    await form.getByRole('button', { name: 'Add to cart' }).click();
    await expect
      .poll(() => form.locator('.field-error').textContent())
      .toBe('This product can be viewed but not ordered.');
    await admin('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'sellable' });
    expect(await cartCount()).toBe('0');

    await quantity.fill('10');
    await form.getByRole('button', { name: 'Add to cart' }).click();
    await form.getByText('Added 10: 10 in your cart.').waitFor();
    expect(await cartCount()).toBe('1');
  });

  it('when she opens the product, then its page shows code, price, stock and add-to-cart; Back keeps her search', async () => {
    await main().getByRole('link', { name: 'Demo Plenty Widget' }).click();
    await main().getByRole('heading', { level: 1, name: 'Demo Plenty Widget' }).waitFor();
    await main().getByText('16.50 each').waitFor();
    await main().getByText('In stock: 500').waitFor();
    await addForm('DEMO-PLENTY').waitFor();
    await page().goBack();
    await main().getByText('3 products').waitFor();
    expect(await main().getByLabel('Search by code or description').inputValue()).toBe('demo-');
  });

  it('when a cart line stops being orderable, then the cart flags it with its sentence and checkout waits', async () => {
    await admin('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'visible' });
    await page().locator('.cart-link').click();
    await main().getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    await main().locator('tr.refused .line-problem').waitFor();
    expect(await main().locator('.line-problem').textContent()).toBe(
      'This product can be viewed but not ordered.',
    );
    await main().getByText('Remove or change the flagged lines before checking out.').waitFor();
    expect(await main().getByRole('button', { name: 'Check out' }).isDisabled()).toBe(true);
    await admin('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'sellable' });
    await page().reload();
    await main().getByRole('link', { name: 'Check out' }).waitFor();
  });

  it('when she checks out to her saved address with a comment and the PO number her customer requires (R18, B7), then the confirmation shows the order Processing with her email (R20) and PO number; a missing PO number or a typed address without street or city is refused at its field', async () => {
    const demo = (await admin('GET', '/customers?search=DEMO001')).items[0];
    await admin('PUT', `/customers/${demo.guid}/order-settings`, { purchaseOrderRefRequired: true });
    const totals = main().getByRole('definition');
    expect(await totals.allTextContents()).toEqual(['165.00', '24.75', '189.75']);
    await main().getByText('Tax (15%)').waitFor();
    await main().getByLabel('Quantity of DEMO-PLENTY').fill('-3');
    await main().getByRole('button', { name: 'Update' }).click();
    await main().getByText('Enter a whole number, like 1 or 12.').waitFor();
    await main().getByLabel('Quantity of DEMO-PLENTY').fill('10');

    await main().getByRole('link', { name: 'Check out' }).click();
    await main().getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    const saved = main().getByRole('radio').first();
    expect(await saved.isChecked()).toBe(true);
    await main().getByRole('radio', { name: 'Another address' }).check();
    await main().getByLabel('City').fill('   ');
    await main().getByRole('button', { name: 'Place order' }).click();
    await main().locator('#address-street-error').getByText('Enter at least a street or a city.').waitFor();
    expect(await main().getByLabel('Street', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await saved.check();
    await main().locator('#checkout-po-error').getByText('Enter your purchase-order number.').waitFor();
    expect(await main().getByLabel('Purchase-order number').getAttribute('aria-invalid')).toBe('true');
    await main().getByLabel('Purchase-order number').fill('PO-5521');
    await main().getByLabel('Comment (optional)').fill('Back door please');
    await browser.screenshot('storefront-buyer-orders-checkout');
    // The order is imported within moments of being placed: Unleashed is made slow to take it, so that the
    // confirmation is seen while the order is still Processing (R18), however soon the push starts.
    await portal.gw.mock.control('POST', '/__control/faults', {
      kind: 'latency',
      latencyMs: 3_000,
      method: 'POST',
      pathPrefix: '/SalesOrders',
    });
    try {
      await main().getByRole('button', { name: 'Place order' }).click();
      await main().getByRole('heading', { level: 1, name: 'Thank you for your order' }).waitFor();
      await main().getByText(`A confirmation is on its way to ${DANA}`, { exact: false }).waitFor();
      await main().locator('.badge', { hasText: 'Processing' }).waitFor();
    } finally {
      await portal.gw.mock.control('DELETE', '/__control/faults');
    }
    await main()
      .getByRole('row', { name: /Demo Plenty Widget DEMO-PLENTY 10 16\.50 165\.00/ })
      .waitFor();
    await main().getByText('Back door please').waitFor();
    await main().getByText('PO-5521').waitFor();
    orderId = decodeURIComponent(/#\/orders\/([^/]+)\/placed$/.exec(page().url())?.[1] ?? '');
    expect(orderId).not.toBe('');
    expect(await cartCount()).toBe('0');
  });

  it('when the order is imported, then Unleashed has it once with her email in DeliveryInstruction and her PO number as CustomerRef (R18, R20, B7), and the confirmation shows its number without a reload', async () => {
    await markDocument();
    await expect
      .poll(
        async () =>
          (await admin('GET', '/orders')).items.find((o: { id: string }) => o.id === orderId)?.importState,
        { timeout: 15_000 },
      )
      .toBe('imported');
    const number = (await admin('GET', '/orders')).items.find(
      (o: { id: string }) => o.id === orderId,
    ).unleashedOrderNumber;
    orderNumber = number;
    const found = await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${number}`);
    expect(found.body.Items).toHaveLength(1);
    expect(found.body.Items[0].DeliveryInstruction).toContain(DANA);
    expect(found.body.Items[0].Total).toBe(189.75);
    expect(found.body.Items[0].CustomerRef).toBe('PO-5521');
    const numberShown = main().getByRole('definition').filter({ hasText: number });
    await numberShown.waitFor({ timeout: 15_000 });
    expect(await main().getByText('Not numbered yet').count()).toBe(0);
    expect(await sameDocument()).toBe(true);
  });

  it('when the supplier adds freight and completes the order in the QA console (another tab), then within seconds, without a sync or a reload, her open order page shows Complete with the freight charge (R19)', async () => {
    const number = orderNumber;
    const syncRuns = async () => (await admin('GET', '/sync/runs')).items.length;
    const runsBefore = await syncRuns();
    await page().goto(`${portal.url}/#/orders/${encodeURIComponent(orderId)}`);
    await main()
      .getByRole('heading', { level: 1, name: `Order ${number}` })
      .waitFor();
    await main().getByText('This page updates by itself as the order moves on.').waitFor();
    await markDocument();
    const [sales] = (await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${number}`)).body.Items;
    const qaTab = await page().context().newPage();
    const qa = consolePage(
      () => qaTab,
      () => portal.gw.mock.url,
    );
    await qa.open(`#/orders/${sales.Guid}`);
    await qa.main().getByLabel('Charge name').fill('Freight');
    await qa.main().getByLabel('Amount').fill('12.00');
    await qa.main().getByRole('button', { name: 'Add charge' }).click();
    await qa.main().getByRole('cell', { name: 'Charge: Freight', exact: true }).waitFor();
    await qa.main().getByRole('button', { name: 'Complete order' }).click();
    await qa.main().getByText('A Completed order cannot be changed.').waitFor();
    await qa.loggedCall('POST', `/SalesOrders/${sales.Guid}/Complete`, 200);

    await qaTab.close();

    await main().locator('.badge', { hasText: 'Complete' }).waitFor({ timeout: 20_000 });
    expect(await sameDocument()).toBe(true);
    expect(await syncRuns()).toBe(runsBefore);
    expect(await main().getByText('This page updates by itself as the order moves on.').count()).toBe(0);
    const charges = main().getByRole('region', { name: 'Charges' });
    await charges.getByRole('row', { name: 'Freight 12.00' }).waitFor();
    await main().getByText(DANA).waitFor();
    await main().getByText('Subtotal (with charges)').waitFor();
    expect(await main().locator('.totals dd').first().textContent()).toBe('177.00');
  });

  it('when she opens her orders, then the list shows the order Complete with who placed it', async () => {
    await page()
      .getByRole('navigation', { name: 'Store' })
      .getByRole('link', { name: 'Orders', exact: true })
      .click();
    await main().getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    const row = main()
      .getByRole('row')
      .filter({ has: page().getByRole('link', { name: orderNumber }) });
    await row.getByText('Complete').waitFor();
    await row.getByText(DANA).waitFor();
  });

  it('when she filters her orders by status (R19), then only matching ones are listed, and an empty result offers to clear the filters', async () => {
    await main().getByLabel('Status').selectOption({ label: 'Processing' });
    await main().getByText('No orders match these filters.').waitFor();
    await main().getByRole('button', { name: 'Clear filters' }).click();
    await main().getByLabel('Status').selectOption({ label: 'Complete' });
    await main().getByRole('link', { name: orderNumber }).waitFor();
    expect(page().url()).toContain('status=complete');
    await main().getByLabel('Order number, PO number or product').fill('DEMO-PLENTY');
    await main().getByRole('button', { name: 'Search' }).click();
    await main().getByRole('link', { name: orderNumber }).waitFor();
    // B7: she finds the order by her PO number, shown in its own column.
    await main().getByLabel('Order number, PO number or product').fill('po-5521');
    await main().getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page().url()).toContain('search=po-5521');
    const found = main()
      .getByRole('row')
      .filter({ has: page().getByRole('link', { name: orderNumber }) });
    await found.getByRole('cell', { name: 'PO-5521' }).waitFor();
    await browser.screenshot('storefront-buyer-orders-filtered');
  });

  describe('checkout that shows what it orders (issue 16 items 7, 8)', () => {
    const addFromProductPage = async (code: string, quantity: string) => {
      await page().goto(`${portal.url}/#/products/${code}`);
      await addForm(code).getByLabel('Quantity').fill(quantity);
      await addForm(code).getByRole('button', { name: 'Add to cart' }).click();
      await addForm(code).getByText(`Added ${quantity}:`, { exact: false }).waitFor();
    };
    const openCart = async () => {
      await page().goto(`${portal.url}/#/cart`);
      await main().getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    };
    const lineRow = (code: string) => main().getByRole('row').filter({ hasText: code });
    const codesInCart = () => main().locator('tbody .product-code').allTextContents();
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

    beforeAll(() => admin('PUT', `/products/${guidOf['DEMO-LOW']}/status`, { status: 'sellable' }));
    afterAll(() => admin('PUT', `/products/${guidOf['DEMO-LOW']}/status`, { status: 'visible' }));

    it('when she updates the first of two lines, then it keeps its place; a quantity typed but not updated is saved on checking out, or, when it is no number, stops checkout at its field', async () => {
      await addFromProductPage('DEMO-PLENTY', '2');
      await addFromProductPage('DEMO-LOW', '1');
      await openCart();
      expect(await codesInCart()).toEqual(['DEMO-PLENTY', 'DEMO-LOW']);
      await main().getByLabel('Quantity of DEMO-PLENTY').fill('3');
      await lineRow('DEMO-PLENTY').getByRole('button', { name: 'Update' }).click();
      await expect.poll(() => main().getByLabel('Quantity of DEMO-PLENTY').inputValue()).toBe('3');
      await expect.poll(() => lineRow('DEMO-PLENTY').locator('td.num').last().textContent()).toBe('49.50');
      expect(await codesInCart()).toEqual(['DEMO-PLENTY', 'DEMO-LOW']);

      await main().getByLabel('Quantity of DEMO-LOW').fill('2x');
      await main().getByRole('link', { name: 'Check out' }).click();
      await main()
        .getByRole('alert')
        .getByText('The quantity typed for DEMO-LOW is not saved: Enter a whole number, like 1 or 12.')
        .waitFor();
      expect(await page().evaluate(() => document.activeElement?.id)).toBe(`cart-qty-${guidOf['DEMO-LOW']}`);
      await main().getByLabel('Quantity of DEMO-LOW').fill('2');
      await main().getByRole('link', { name: 'Check out' }).click();
      await main().getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
      const quantities = await page().evaluate(async () =>
        (
          (await (await fetch('/store/cart')).json()) as { lines: { code: string; quantity: number }[] }
        ).lines.map((l) => `${l.code} ${l.quantity}`),
      );
      expect(quantities).toEqual(['DEMO-PLENTY 3', 'DEMO-LOW 2']);
    });

    it('when she checks out, then she sees the lines, tax and total in NZD; a delivery date in the past is refused at its field, and the one she picks reaches Unleashed as RequiredDate', async () => {
      await main().getByText('2 lines, amounts in NZD').waitFor();
      expect(await lineRow('DEMO-PLENTY').getByRole('cell').allTextContents()).toEqual([
        '3',
        '16.50',
        '49.50',
      ]);
      const [lowQuantity, lowPrice, lowTotal] = await lineRow('DEMO-LOW').getByRole('cell').allTextContents();
      expect(lowQuantity).toBe('2');
      expect(lowTotal).toBe((2 * Number(lowPrice)).toFixed(2));
      await main().getByText('Tax (15%)').waitFor();
      await main().getByText('Total (NZD)').waitFor();
      const [subTotal = 0, tax = 0, total = 0] = (await main().locator('.totals dd').allTextContents()).map(
        Number,
      );
      expect(subTotal).toBeCloseTo(49.5 + Number(lowTotal), 2);
      expect(tax).toBeCloseTo(subTotal * 0.15, 1);
      expect(total).toBeCloseTo(subTotal + tax, 2);

      await main().getByLabel('Purchase-order number').fill('PO-6001');
      const date = main().getByLabel('Requested delivery date (optional)');
      await date.fill(inDays(-2));
      await main().getByRole('button', { name: 'Place order' }).click();
      await main()
        .locator('#checkout-required-date-error')
        .getByText('is in the past', { exact: false })
        .waitFor();
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      const wanted = inDays(9);
      await date.fill(wanted);
      await main().getByRole('button', { name: 'Place order' }).click();
      await main().getByRole('heading', { level: 1, name: 'Thank you for your order' }).waitFor();
      await main().getByText('Requested delivery').waitFor();
      const placedId = decodeURIComponent(/#\/orders\/([^/]+)\/placed$/.exec(page().url())?.[1] ?? '');
      await expect
        .poll(async () => (await admin('GET', `/orders/${placedId}`)).importState, { timeout: 15_000 })
        .toBe('imported');
      const placed = await admin('GET', `/orders/${placedId}`);
      const found = await portal.gw.mock.call(
        'GET',
        `/SalesOrders?orderNumber=${placed.unleashedOrderNumber}`,
      );
      expect(found.body.Items[0].RequiredDate).toBe(`/Date(${Date.parse(`${wanted}T00:00:00Z`)})/`);
      // One reference: Unleashed's number once it exists, the store's own kept beside it.
      await main()
        .getByRole('definition')
        .filter({ hasText: placed.unleashedOrderNumber })
        .waitFor({ timeout: 15_000 });
      await main().getByRole('definition').filter({ hasText: placed.storeReference }).waitFor();
    });

    it('when she empties the cart, then she is asked first: keeping it keeps every line, confirming empties it', async () => {
      await addFromProductPage('DEMO-PLENTY', '1');
      await openCart();
      await main().getByRole('button', { name: 'Empty the cart' }).click();
      const question = main().getByRole('alertdialog');
      await question.getByText('Remove all 1 line from your cart?').waitFor();
      await question.getByRole('button', { name: 'Keep the cart' }).click();
      await question.waitFor({ state: 'detached' });
      expect(await codesInCart()).toEqual(['DEMO-PLENTY']);
      expect(await cartCount()).toBe('1');
      await main().getByRole('button', { name: 'Empty the cart' }).click();
      await main().getByRole('alertdialog').getByRole('button', { name: 'Yes, empty the cart' }).click();
      await main().getByText('Your cart is empty.', { exact: false }).waitFor();
      expect(await cartCount()).toBe('0');
    });
  });

  it('at phone width (390 px), then the catalogue and the order fit without sideways scrolling', async () => {
    await page().setViewportSize({ width: 390, height: 844 });
    try {
      for (const route of ['#/catalogue?search=demo-', `#/orders/${encodeURIComponent(orderId)}`, '#/cart']) {
        await page().goto(`${portal.url}/${route}`);
        await main().getByRole('heading', { level: 1 }).waitFor();
        await main().locator('.loading').waitFor({ state: 'detached' });
        const overflow = await page().evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, route).toBeLessThanOrEqual(0);
      }
      await page().goto(`${portal.url}/#/catalogue?search=demo-`);
      await main().getByText('3 products').waitFor();
    } finally {
      await browser.screenshot('storefront-buyer-orders-phone-catalogue');
      await page().setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('when the admin deactivates her (R16), then the next page load shows the sign-in form with a sentence', async () => {
    await admin('POST', `/contacts/${danaGuid}/deactivate`);
    await page().reload();
    await main().getByRole('heading', { level: 1, name: 'Sign in to Trade Store' }).waitFor();
    await main().getByText('Your session has ended. Sign in again to carry on.').waitFor();
    expect(await page().evaluate(async () => (await fetch('/store/me')).status)).toBe(401);
  });
});
