// The admin's catalogues and price explanation in a real browser against the real stack: a custom catalogue
// created (a taken name said at the field), DEMO-PLENTY made Sellable in it and DEMO001 assigned, after which
// DEMO001's buyer can order it (R17); a store category made, filled, renamed and deleted next to the read-only
// product groups; DEMO-PLENTY's price explained for DEMO001 at 1 and 10 units (R17a); and DEMO-LOW given the
// store's own name and description on the products page, seen by DEMO001's buyer, then cleared (R3).
// One portal for the file; each test leaves a screenshot in test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type BuyerCall, signUpBuyer } from './signed-up-buyer.ts';
import { storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let buyer: BuyerCall;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  const admin = await storeAdmin(portal);
  await admin.sync();
  buyer = await signUpBuyer(portal, admin, 'DEMO001', DANA);
});
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-admin-catalogues-${task.name}`);
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

const plentyForBuyer = async () =>
  (await buyer('GET', '/products?search=DEMO-PLENTY')).body.items.find(
    (p: { code: string }) => p.code === 'DEMO-PLENTY',
  );

describe('catalogues (R17)', () => {
  it("creates a catalogue, makes DEMO-PLENTY Sellable in it and assigns DEMO001, so DEMO001's buyer can order it", async () => {
    expect(await plentyForBuyer()).toBeUndefined(); // Hidden in Base
    await signIn('/admin/catalogues');
    await main().getByRole('heading', { level: 1, name: 'Catalogues' }).waitFor();
    const catalogues = main().getByRole('table', { name: 'Catalogues' });
    await catalogues.getByRole('rowheader', { name: 'Base' }).waitFor();

    await main().getByLabel('New catalogue name').fill('Trade specials');
    await main().getByRole('button', { name: 'Create catalogue' }).click();
    const opened = main().getByRole('region', { name: 'Catalogue Trade specials' });
    await opened.waitFor();

    await main().getByLabel('New catalogue name').fill('trade SPECIALS');
    await main().getByRole('button', { name: 'Create catalogue' }).click();
    await expect
      .poll(() => main().locator('#catalogue-name-error').textContent())
      .toBe('The store already has a catalogue named "trade SPECIALS".');

    await opened.getByLabel('Find products').fill('DEMO-PLENTY');
    const status = opened.getByRole('group', { name: 'Status of DEMO-PLENTY in Trade specials' });
    await status.waitFor();
    expect(await status.locator('[aria-pressed="true"]').textContent()).toBe('Hidden');
    await status.getByRole('button', { name: 'Sellable' }).click();
    await expect.poll(() => status.locator('[aria-pressed="true"]').textContent()).toBe('Sellable');

    await opened.getByLabel('Find customers to assign').fill('DEMO001');
    await opened.getByRole('button', { name: 'Assign Demo Wholesale Ltd' }).click();
    await opened
      .getByRole('list', { name: 'Assigned customers' })
      .getByRole('button', { name: 'Unassign Demo Wholesale Ltd' })
      .waitFor();
    const row = catalogues.getByRole('row').filter({ hasText: 'Trade specials' });
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(['1', '1', expect.any(String)]);

    expect(await plentyForBuyer()).toMatchObject({ code: 'DEMO-PLENTY', price: 16.5 });
    const added = await buyer('PUT', `/cart/lines/${(await plentyForBuyer()).guid}`, { quantity: 1 });
    expect(added.status).toBe(200);
  });
});

describe('categories', () => {
  it('creates a store category, ticks DEMO-PLENTY into it, refuses a taken name at the field, then deletes it after asking', async () => {
    await page().getByRole('link', { name: 'Categories' }).click();
    await main().getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
    // The groups arrive after the heading: wait for the first before counting.
    const groups = main().getByRole('list', { name: 'Product groups' }).getByRole('listitem');
    await groups.first().waitFor();
    expect(await groups.count()).toBeGreaterThan(0);

    for (const name of ['Summer range', 'Winter range']) {
      await main().getByLabel('New store category').fill(name);
      await main().getByRole('button', { name: 'Create category' }).click();
      await main()
        .getByRole('list', { name: 'Store categories' })
        .getByRole('button', { name: `Rename ${name}` })
        .waitFor();
    }
    const summer = main().getByRole('listitem', { name: 'Summer range' });
    await summer.getByRole('button', { name: 'Products of Summer range' }).click();
    await main().getByLabel('Find products').fill('DEMO-PLENTY');
    await main()
      .getByRole('checkbox', { name: /DEMO-PLENTY/ })
      .check();
    await summer.getByText('(1 products)').waitFor();

    await summer.getByRole('button', { name: 'Rename Summer range' }).click();
    await summer.getByLabel('New name for Summer range').fill('winter RANGE');
    await summer.getByRole('button', { name: 'Save' }).click();
    await summer.getByText('The store already has a category named "winter RANGE".').waitFor();
    await summer.getByRole('button', { name: 'Cancel' }).click();

    await summer.getByRole('button', { name: 'Delete Summer range' }).click();
    await summer.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => summer.count()).toBe(0);
  });
});

describe('explaining a price (R17a)', () => {
  it('explains DEMO-PLENTY for DEMO001: its own price 16.50, still at 10 units where the quantity break is met', async () => {
    await page().getByRole('link', { name: 'Customers' }).click();
    await main().getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await main().getByLabel('Search').fill('DEMO001');
    await main().getByRole('button', { name: 'Explain a price for Demo Wholesale Ltd' }).click();
    await panel().getByRole('heading', { name: 'Explain a price for Demo Wholesale Ltd' }).waitFor();

    await panel().getByLabel('Product code').fill('DEMO-PLE');
    await panel().getByRole('button', { name: 'DEMO-PLENTY' }).click();
    const answer = panel().getByRole('region', { name: 'Price explanation' });
    await expect.poll(() => answer.locator('.price').textContent()).toBe('16.50');
    expect(await answer.locator('.badge').first().textContent()).toBe('Customer price');
    expect(await answer.textContent()).toContain('DEMO-PLENTY × 1');
    const breaks = answer.getByRole('table', { name: 'Quantity breaks' });
    expect(await breaks.textContent()).toContain('Quantity not reached');

    await panel().getByRole('spinbutton', { name: 'Quantity' }).fill('10');
    await expect.poll(() => answer.textContent()).toContain('DEMO-PLENTY × 10');
    expect(await answer.locator('.price').textContent()).toBe('16.50');
    expect(await breaks.textContent()).not.toContain('Quantity not reached');
    expect(await answer.getByRole('table', { name: 'Customer prices' }).textContent()).toContain('Applied');
  });
});

describe("a product's store name and description (R3)", () => {
  it("gives DEMO-LOW the store's own name and description, which DEMO001's buyer then sees, and clears them again", async () => {
    await page().keyboard.press('Escape'); // the price explanation's panel
    await page().getByRole('link', { name: 'Products', exact: true }).click();
    await main().getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    await main().getByLabel('Search').fill('DEMO-LOW');
    const row = main().getByRole('row', { name: /DEMO-LOW/ });
    await row
      .getByRole('group', { name: 'Status of DEMO-LOW' })
      .getByRole('button', { name: 'Visible' })
      .click();
    await row.getByRole('button', { name: 'Edit name of DEMO-LOW in the store' }).click();
    const form = main().getByRole('form', { name: 'Store name and description of DEMO-LOW' });
    await form.getByLabel('Name in the store').fill('Low-stock gadget (store name)');
    await form.getByLabel('Description in the store').fill('Our own words about it.');
    await form.getByRole('button', { name: 'Save' }).click();
    await row.getByText('Low-stock gadget (store name)').waitFor();
    await expect.poll(() => form.count()).toBe(0);
    expect((await buyer('GET', '/products/DEMO-LOW')).body).toMatchObject({
      description: 'Low-stock gadget (store name)',
      details: 'Our own words about it.',
    });

    await row.getByRole('button', { name: 'Edit name of DEMO-LOW in the store' }).click();
    await form.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => row.getByText('Low-stock gadget (store name)').count()).toBe(0);
    expect((await buyer('GET', '/products/DEMO-LOW')).body.details).toBeNull();
  });
});
