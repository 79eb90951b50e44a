// A branded store, checked for accessibility (issue 16 items 9 and 11): the admin sets a logo, a colour and a
// banner on the Settings page; the buyer's header shows them and the invitation email carries them (read from the
// SMTP catcher), and so does the store's own sign-in page at its address (`/s/<slug>/`); then every buyer,
// sign-in and admin page is run through axe-core, which must find no serious or critical violation. The gateway
// serves the storefront, so all of it runs under the production CSP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { seriousAccessibilityViolations } from './axe-check.ts';
import { acceptInvitation, fromPage, PASSWORD } from './buyer-steps.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';
const COLOUR = '#0b6e4f';
const BANNER = 'Closed 24–26 December: orders ship on the 27th';
/** A 1×1 PNG, as an image editor saves it. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let store: StoreAdmin;
let orderId: string;
let standingOrderId: string;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([
    startPortal(dist.dir, { plan: 'premium-plus', servedByGateway: true }),
    openBrowser(),
  ]);
  store = await storeAdmin(portal);
  await store.sync();
  const guidOf = await store.productGuids(['DEMO-PLENTY']);
  await store.call('POST', '/products/status', { status: 'sellable', productGuids: [guidOf['DEMO-PLENTY']] });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');

/** The store's logo is shown (loaded) within `where`. */
async function expectLogo(where: ReturnType<typeof main>) {
  const logo = where.locator('img.brand-logo');
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
}

async function signInAdmin() {
  await page().goto(`${portal.url}/#/admin/login`);
  await main().getByLabel('Email').fill(ADMIN.email);
  await main().getByLabel('Password').fill(ADMIN.password);
  await main().getByRole('button', { name: 'Sign in' }).click();
  await page().getByRole('navigation', { name: 'Admin' }).waitFor();
}

/** Opens each route and answers axe's serious and critical findings, by page. */
async function accessibilityTour(routes: Record<string, string>): Promise<string[]> {
  const findings: string[] = [];
  for (const [name, route] of Object.entries(routes)) {
    await page().goto(`${portal.url}/${route}`);
    await main().getByRole('heading', { level: 1 }).first().waitFor();
    await main().locator('.loading').first().waitFor({ state: 'detached' });
    for (const violation of await seriousAccessibilityViolations(page()))
      findings.push(`${name} (${route}): ${violation}`);
  }
  return findings;
}

describe('a branded store', () => {
  it('the admin sets the logo, colour and banner on the Settings page; a colour too light for white text is refused', {
    timeout: 60_000,
  }, async () => {
    await signInAdmin();
    await page().goto(`${portal.url}/#/admin/settings`);
    const card = main().getByRole('form', { name: 'Branding' });
    await card
      .getByLabel('Upload a logo')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await card.getByText('Logo uploaded.').waitFor();
    const preview = card.getByRole('img', { name: 'The logo of Trade Store' });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

    await card.getByLabel('Brand colour', { exact: true }).fill('#ffd700');
    await card.getByRole('button', { name: 'Save branding' }).click();
    await card.getByText(/too light: white text on it has a contrast of 1\.\d:1/).waitFor();

    await card.getByLabel('Brand colour', { exact: true }).fill(COLOUR);
    await card.getByLabel('Banner').fill(BANNER);
    await card.getByRole('button', { name: 'Save branding' }).click();
    await card.getByText('Branding saved.').waitFor();
    const saved = await store.call('GET', '');
    expect(saved.branding).toMatchObject({ brandColour: COLOUR, bannerText: BANNER });
  });

  it("the invitation email carries the store's logo and colour", async () => {
    await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', DANA)}/invitation`);
    const email = portal.catcher.latest(DANA);
    const logo = /<img[^>]*src="([^"]+\/store\/logos\/[^"]+)"[^>]*>/.exec(email?.html ?? '');
    expect(logo?.[0]).toContain('alt="Trade Store"');
    const image = await fetch((logo?.[1] ?? '').replace(/&amp;/g, '&'));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(email?.html).toMatch(new RegExp(`background:${COLOUR}`, 'i'));
  });

  it("the buyer's header shows the logo and the banner, the store's colour is the pages' own and the tab names the store", {
    timeout: 60_000,
  }, async () => {
    await fromPage(page(), 'POST', '/admin/logout');
    // The invitation's page is the store's own too: its logo, and its name in the tab.
    const link = /http:\/\/\S+\/s\/trade-store\/invitations\/[\w-]+/.exec(
      portal.catcher.latest(DANA)?.text ?? '',
    );
    await page().goto(link?.[0] ?? 'about:blank');
    await main().getByRole('heading', { level: 1, name: "You're invited to Trade Store" }).waitFor();
    await expectLogo(main().locator('.brand'));
    await expect.poll(() => page().title()).toBe("You're invited to Trade Store");
    await acceptInvitation(page(), portal, DANA);
    const header = page().getByRole('banner');
    const logo = header.locator('img.brand-logo');
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    expect(await header.getByText(BANNER).isVisible()).toBe(true);
    await page().goto(`${portal.url}/#/catalogue?search=DEMO-PLENTY`);
    const button = main().getByRole('button', { name: /^Add/ }).first();
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 110, 79)');
    // The browser tab names the store the buyer is in, not the portal.
    await expect.poll(() => page().title()).toBe('Catalogue · Trade Store');
  });
});

describe('accessibility (axe-core: no serious or critical violation)', () => {
  it('the check finds what it must: an image button without a name is named as a critical violation', async () => {
    await page().evaluate(() => {
      const button = document.createElement('button');
      button.id = 'nameless';
      button.append(document.createElement('img'));
      document.querySelector('main')?.append(button);
    });
    const findings = await seriousAccessibilityViolations(page());
    await page().evaluate(() => document.getElementById('nameless')?.remove());
    expect(findings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^button-name \(critical\).*#nameless/)]),
    );
  });

  it('every buyer page', { timeout: 240_000 }, async () => {
    const guid = (await store.productGuids(['DEMO-PLENTY']))['DEMO-PLENTY'];
    const fillCart = () => fromPage(page(), 'PUT', `/store/cart/lines/${guid}`, { quantity: 4 });
    const address = { street: '12 Long Warehouse Road', city: 'Auckland' };
    await fillCart();
    const startDate = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const standing = { name: 'Weekly restock', deliveryAddress: address, startDate };
    standingOrderId = (await fromPage(page(), 'POST', '/store/standing-orders', standing)).body.id;
    await fillCart();
    orderId = (await fromPage(page(), 'POST', '/store/orders', { deliveryAddress: address })).body.id;
    await fillCart();
    const findings = await accessibilityTour({
      home: '#/',
      catalogue: '#/catalogue?search=demo-',
      'catalogue as a list': '#/catalogue?search=demo-&view=list',
      product: '#/products/DEMO-PLENTY',
      cart: '#/cart',
      checkout: '#/checkout',
      orders: '#/orders',
      order: `#/orders/${encodeURIComponent(orderId)}`,
      confirmation: `#/orders/${encodeURIComponent(orderId)}/placed`,
      'quick order': '#/quick-order',
      'standing orders': '#/standing-orders',
      'new standing order': '#/standing-orders/new',
      'standing order': `#/standing-orders/${encodeURIComponent(standingOrderId)}`,
    });
    expect(findings).toEqual([]);
  });

  it("beyond the cart, amounts name the customer's currency: the product's price, the orders and an order's total", async () => {
    const { currency } = (await fromPage(page(), 'GET', '/store/cart')).body;
    expect(currency).toMatch(/^[A-Z]{3}$/);
    await page().goto(`${portal.url}/#/products/DEMO-PLENTY`);
    await main().getByText(`Your price (${currency})`).waitFor();
    await page().goto(`${portal.url}/#/orders`);
    await main()
      .getByRole('columnheader', { name: `Total (${currency})` })
      .waitFor();
    await page().goto(`${portal.url}/#/orders/${encodeURIComponent(orderId)}`);
    await main().getByRole('definition').filter({ hasText: /\d/ }).first().waitFor();
    expect(await main().getByText(`Total (${currency})`, { exact: true }).isVisible()).toBe(true);
  });

  it('the sign-in pages', { timeout: 120_000 }, async () => {
    await fromPage(page(), 'POST', '/store/logout');
    const findings = await accessibilityTour({
      'dead invitation link': '#/invitations/no-such-invitation-token-0123456789',
      'buyer sign-in': `?store=${portal.storeId}#/login`,
      "the store's own sign-in": 's/trade-store/#/login',
      'admin sign-in': '#/admin/login',
    });
    expect(findings).toEqual([]);
  });

  it("the store's address is its own sign-in page before anyone signs in: name, logo, colour, banner and title; an unknown address is the portal's, and signs in without it", async () => {
    await page().evaluate(() => localStorage.clear());
    await page().goto(`${portal.url}/s/trade-store/#/login`);
    await main().getByRole('heading', { level: 1, name: 'Sign in to Trade Store' }).waitFor();
    const brand = main().locator('.brand');
    expect(await brand.textContent()).toBe('Trade Store');
    const logo = brand.locator('img.brand-logo');
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    expect(await main().getByText(BANNER).isVisible()).toBe(true);
    await expect.poll(() => page().title()).toBe('Sign in to Trade Store');
    const button = main().getByRole('button', { name: 'Sign in' });
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 110, 79)');
    await browser.screenshot('storefront-branded-sign-in');

    await page().goto(`${portal.url}/s/no-such-store/#/login`);
    await main().getByText('No store has this address', { exact: false }).waitFor();
    expect(await main().locator('.brand').textContent()).toBe('B2B Portal');
    expect(await page().title()).toBe('Sign in to your store · B2B Portal');
    await main().getByLabel('Email').fill(DANA);
    await main().getByLabel('Password', { exact: true }).fill(PASSWORD);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main()
      .getByRole('heading', { level: 1, name: /^Welcome/ })
      .waitFor();
  });

  it('the pages before sign-in speak for the store: the forgotten-password page at its address, and the sign-in of the store this browser remembers, with its logo', async () => {
    await fromPage(page(), 'POST', '/store/logout');
    await page().goto(`${portal.url}/s/trade-store/#/forgot-password`);
    await main().getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await expectLogo(main().locator('.brand'));
    expect(await main().locator('.brand').textContent()).toBe('Trade Store');
    await expect.poll(() => page().title()).toBe('Reset your password · Trade Store');

    // Signed in at the portal's own address before, this browser remembers the store: its sign-in has the logo.
    await page().goto(`${portal.url}/#/login`);
    await main().getByRole('heading', { level: 1, name: 'Sign in to Trade Store' }).waitFor();
    await expectLogo(main().locator('.brand'));
    await main().getByRole('button', { name: 'Not Trade Store? Use another store' }).click();
    await main().getByRole('heading', { level: 1, name: 'Sign in to your store' }).waitFor();
    expect(await main().locator('.brand img.brand-logo').count()).toBe(0);
  });

  it('every admin page', { timeout: 240_000 }, async () => {
    await signInAdmin();
    const findings = await accessibilityTour({
      dashboard: '#/admin/dashboard',
      sync: '#/admin/sync',
      customers: '#/admin/customers',
      products: '#/admin/products',
      catalogues: '#/admin/catalogues',
      categories: '#/admin/categories',
      orders: '#/admin/orders',
      'standing orders': '#/admin/standing-orders',
      'acting log': '#/admin/acting-log',
      emails: '#/admin/emails',
      'invitation email': '#/admin/emails/invitation',
      'status email': '#/admin/emails/order-status-changed',
      outbox: '#/admin/outbox',
      notifications: '#/admin/notifications',
      settings: '#/admin/settings',
      account: '#/admin/account',
    });
    expect(findings).toEqual([]);
  });
});
