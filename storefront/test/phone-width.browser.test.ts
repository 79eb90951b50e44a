// Every buyer and admin page at phone width (issue 16 item 6): at 390 px no page scrolls sideways and no part of
// one hides content sideways (tables become stacked rows); a failure names the page and its widest element. The
// tour also proves the favicon and the "no image" placeholder (item 9): no request of any page answers 404.
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { isGatewayPath } from '../gateway-prefixes.ts';
import { acceptInvitation, fromPage } from './buyer-steps.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';
const PHONE = { width: 390, height: 844 };

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let store: StoreAdmin;
let orderId: string;
let standingOrderId: string;
const failedResponses: string[] = [];

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  store = await storeAdmin(portal);
  await store.sync();
  const guidOf = await store.productGuids(['DEMO-PLENTY', 'DEMO-OUT']);
  await store.call('POST', '/products/status', {
    status: 'sellable',
    productGuids: [guidOf['DEMO-PLENTY'], guidOf['DEMO-OUT']],
  });
  await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', DANA)}/invitation`);
  await acceptInvitation(browser.page, portal, DANA);
  const fillCart = () =>
    fromPage(browser.page, 'PUT', `/store/cart/lines/${guidOf['DEMO-PLENTY']}`, { quantity: 4 });
  const address = { street: '12 Long Warehouse Road', city: 'Auckland' };
  await fillCart();
  standingOrderId = (
    await fromPage(browser.page, 'POST', '/store/standing-orders', {
      name: 'Weekly restock of the front shop',
      deliveryAddress: address,
      startDate: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
    })
  ).body.id;
  await fillCart();
  orderId = (await fromPage(browser.page, 'POST', '/store/orders', { deliveryAddress: address })).body.id;
  await fillCart();
  // The page's own files (the gateway's 404s are answers the pages expect, like a dead invitation link's).
  browser.page.on('response', (response: Response) => {
    const { origin, pathname } = new URL(response.url());
    if (response.status() === 404 && origin === portal.url && !isGatewayPath(pathname))
      failedResponses.push(`${response.request().method()} ${response.url()}`);
  });
  await browser.page.setViewportSize(PHONE);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');

/**
 * Null when the page fits; otherwise how: the page scrolls sideways (naming its widest element), or a part of it
 * scrolls sideways inside (a table or a nav cut off at the screen's edge, naming that part).
 */
const sidewaysOverflow = () =>
  page().evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const describe = (element: Element) => {
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${Array.from(
        element.classList,
      )
        .map((c) => `.${c}`)
        .join('')}`;
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `${name} "${text}"`;
    };
    const problems: string[] = [];
    const pageOverflow = document.documentElement.scrollWidth - screen;
    if (pageOverflow > 0) {
      let widest: Element = document.body;
      let widestRight = 0;
      for (const element of Array.from(document.body.querySelectorAll('*'))) {
        const { right, width } = element.getBoundingClientRect();
        if (right > screen && width >= widestRight) {
          widest = element;
          widestRight = width;
        }
      }
      problems.push(
        `the page scrolls ${pageOverflow}px sideways; widest: ${describe(widest)} (${Math.round(widestRight)}px)`,
      );
    }
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if (element.matches('input, textarea, select, iframe')) continue;
      const { overflowX } = getComputedStyle(element);
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
        const edge = element.getBoundingClientRect().right;
        let widest: Element = element;
        let reach = 0;
        for (const inner of Array.from(element.querySelectorAll('*'))) {
          const { right, width } = inner.getBoundingClientRect();
          if (right > edge && width > reach) {
            widest = inner;
            reach = width;
          }
        }
        problems.push(
          `${describe(element)} hides ${element.scrollWidth - element.clientWidth}px sideways; widest inside: ${describe(widest)} (${Math.round(reach)}px)`,
        );
      }
    }
    return problems.length ? problems.join('; ') : null;
  });

/** sidewaysOverflow once the page has settled: one still rendering (a list arriving after its heading) gets 2 s. */
async function settledOverflow(): Promise<string | null> {
  let overflow = await sidewaysOverflow();
  for (let i = 0; i < 10 && overflow; i++) {
    await page().waitForTimeout(200);
    overflow = await sidewaysOverflow();
  }
  return overflow;
}

/** Opens each route at 390 px and answers the pages that do not fit, by name. */
async function tour(routes: Record<string, string>): Promise<string[]> {
  const misfits: string[] = [];
  for (const [name, route] of Object.entries(routes)) {
    await page().goto(`${portal.url}/${route}`);
    await main().getByRole('heading', { level: 1 }).first().waitFor();
    await main().locator('.loading').first().waitFor({ state: 'detached' });
    const overflow = await settledOverflow();
    if (overflow) {
      misfits.push(`${name} (${route}): ${overflow}`);
      await browser.screenshot(`phone-width-${name}`);
    }
  }
  return misfits;
}

describe('at phone width (390 px)', () => {
  it('every buyer page fits the screen', async () => {
    const misfits = await tour({
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
    expect(misfits).toEqual([]);
  }, 60_000);

  it('a product without a picture shows the drawn "no image" placeholder', async () => {
    await page().goto(`${portal.url}/#/catalogue?search=DEMO-OUT`);
    const placeholder = main().getByRole('img', { name: 'No picture of Demo Out Of Stock Gizmo' });
    await placeholder.locator('svg.no-image-drawing').waitFor();
    const box = await placeholder.locator('svg.no-image-drawing').boundingBox();
    expect(box?.width).toBeGreaterThan(20);
  });

  it('the sign-in pages fit the screen', async () => {
    await fromPage(page(), 'POST', '/store/logout');
    const misfits = await tour({
      'dead invitation link': '#/invitations/no-such-invitation-token-0123456789',
      'buyer sign-in': `?store=${portal.storeId}#/login`,
      'admin sign-in': '#/admin/login',
    });
    expect(misfits).toEqual([]);
  });

  it('every admin page fits the screen', async () => {
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await page().getByRole('navigation', { name: 'Admin' }).waitFor();
    const misfits = await tour({
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
    await page().goto(`${portal.url}/#/admin/orders`);
    await main().getByRole('button', { name: /^View/ }).click();
    await page().getByRole('dialog').getByRole('heading').first().waitFor();
    const detail = await settledOverflow();
    if (detail) misfits.push(`order detail: ${detail}`);
    expect(misfits).toEqual([]);
  }, 60_000); // sixteen pages, each waited on until its layout settles

  it("the admin's pages are behind one Menu button, which names the page shown and closes once a page is chosen", async () => {
    await page().goto(`${portal.url}/#/admin/account`);
    await main().getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    const nav = page().getByRole('navigation', { name: 'Admin' });
    const menu = nav.getByRole('button', { name: /^Menu/ });
    expect(await menu.textContent()).toBe('MenuAccount');
    expect(await nav.getByRole('link', { name: 'Orders', exact: true }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Orders', exact: true }).click();
    await main().getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.textContent()).toBe('MenuOrders');
  });

  it('no page asked for a file that was not there, and the favicon is an image the browser gets', async () => {
    expect(failedResponses).toEqual([]);
    // Servers answer unknown paths with index.html (dev: 404), so the icon is checked as what it must be.
    const icon = await page().evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      if (!link) return null;
      const answer = await fetch(link.href);
      return { status: answer.status, type: answer.headers.get('content-type') };
    });
    expect(icon).toEqual({ status: 200, type: expect.stringMatching(/^image\/svg\+xml/) });
  });
});
