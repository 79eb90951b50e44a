// Standing orders in a real browser against the real stack (R21): dana saves her cart as a standing order (refused
// in a sentence while the store has them switched off), sees it listed with its next order, edits its schedule,
// pauses, resumes and finally cancels it after confirming.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  STANDING_ORDER_REMINDER_QUEUE,
  STANDING_ORDER_RUN_QUEUE,
} from '../../gateway/src/standing-orders/standing-orders.jobs.ts';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { acceptInvitation, fromPage } from './buyer-steps.ts';
import { buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';
const DAY = 86_400_000;
const utcDate = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let store: StoreAdmin;
let guidOf: Record<string, string>;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  store = await storeAdmin(portal);
  await store.sync();
  guidOf = await store.productGuids(['DEMO-PLENTY']);
  await store.call('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'sellable' });
  await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', DANA)}/invitation`);
  await acceptInvitation(browser.page, portal, DANA);
  await fromPage(browser.page, 'PUT', `/store/cart/lines/${guidOf['DEMO-PLENTY']}`, { quantity: 4 });
}, 90_000);
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-buyer-standing-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
/** A calendar date as the pages show it, in the browser's locale. */
const shown = (date: string) =>
  page().evaluate(
    (d) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${d}T00:00:00Z`),
      ),
    date,
  );
const fact = (term: string) =>
  main()
    .locator('.facts div', { has: page().getByText(term, { exact: true }) })
    .locator('dd');

describe('standing orders (R21)', () => {
  it('when the store has standing orders switched off, then saving the cart as one is refused in a sentence and nothing typed is lost', async () => {
    await store.call('PATCH', '', { standingOrdersEnabled: false });
    await page().locator('.cart-link').click();
    await main().getByRole('link', { name: 'Save as standing order' }).click();
    await main().getByRole('heading', { level: 1, name: 'Save as standing order' }).waitFor();
    await main().getByText('DEMO-PLENTY × 4', { exact: false }).waitFor();
    await main().getByLabel('Name', { exact: true }).fill('Weekly restock');
    // Like checkout: the customer's saved address is chosen unless another is typed.
    expect(await main().getByRole('radio').first().isChecked()).toBe(true);
    await main().getByRole('button', { name: 'Save standing order' }).click();
    await main().getByRole('alert').getByText('Trade Store does not allow standing orders.').waitFor();
    expect(await main().getByLabel('Name', { exact: true }).inputValue()).toBe('Weekly restock');
  });

  it('when it is switched on and dana saves it with the default schedule, then its page and the list show it active with its next order, every 2nd week, created by her', async () => {
    await store.call('PATCH', '', { standingOrdersEnabled: true });
    expect(await main().getByLabel('Every').inputValue()).toBe('2');
    expect(await main().getByLabel('Period').inputValue()).toBe('weekly');
    expect(await main().getByLabel('First order on').inputValue()).toBe(utcDate(1));
    await main().getByRole('button', { name: 'Save standing order' }).click();
    await main().getByRole('heading', { level: 1, name: 'Weekly restock' }).waitFor();
    expect(await fact('Status').textContent()).toBe('Active');
    expect(await fact('Next order').textContent()).toBe(await shown(utcDate(1)));
    expect(await fact('Schedule').textContent()).toBe('Every 2nd week');
    expect(await fact('Created by').textContent()).toBe(DANA);
    expect(await fact('Delivery address').textContent()).toMatch(/^Demo Wholesale Ltd, /);
    await main().getByRole('row', { name: 'Demo Plenty Widget DEMO-PLENTY 4' }).waitFor();
    await main().getByText('It has not run yet.').waitFor();

    await page()
      .getByRole('navigation', { name: 'Store' })
      .getByRole('link', { name: 'Standing orders' })
      .click();
    await main().getByRole('heading', { level: 1, name: 'Standing orders' }).waitFor();
    const row = main()
      .getByRole('row')
      .filter({ has: page().getByRole('link', { name: 'Weekly restock' }) });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Active',
      await shown(utcDate(1)),
      'Every 2nd week',
      DANA,
    ]);
  });

  it('when she edits it to 6 units every month from a later date, then a past date and a zero quantity are refused at their fields and the new schedule moves the next order', async () => {
    await main().getByRole('link', { name: 'Weekly restock' }).click();
    await main().getByRole('button', { name: 'Edit' }).click();
    await main().getByLabel('Every').fill('1');
    await main().getByLabel('Period').selectOption('monthly');
    await main().getByLabel('First order on').fill('2020-01-01');
    const quantity = main().getByLabel('Demo Plenty Widget DEMO-PLENTY');
    await quantity.fill('0');
    await main().getByRole('button', { name: 'Save changes' }).click();
    await main().locator('#standing-start-error').getByText('Choose today or a later date.').waitFor();
    await main().getByText('Enter a quantity of at least 1.').waitFor();
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    await main().getByLabel('First order on').fill(utcDate(3));
    await quantity.fill('6');
    await main().getByRole('button', { name: 'Save changes' }).click();
    await main().getByText('Your changes are saved.').waitFor();
    expect(await fact('Schedule').textContent()).toBe('Every month');
    expect(await fact('Next order').textContent()).toBe(await shown(utcDate(3)));
    await main().getByRole('row', { name: 'Demo Plenty Widget DEMO-PLENTY 6' }).waitFor();
  });

  it('when she adds a product by its code and removes the one she had, then the saved standing order has only the new line; an unknown code is refused in a sentence', async () => {
    await main().getByRole('button', { name: 'Edit' }).click();
    expect(await main().getByRole('button', { name: 'Remove DEMO-PLENTY' }).isDisabled()).toBe(true);
    const code = main().getByLabel('Add a product by code');
    await code.fill('DEMO-NOPE');
    await main().getByRole('button', { name: 'Add product' }).click();
    await main().getByText('No product with the code DEMO-NOPE is in your catalogue.').waitFor();
    const low = await store.productGuids(['DEMO-LOW']);
    await store.call('PUT', `/products/${low['DEMO-LOW']}/status`, { status: 'sellable' });
    await code.fill('demo-low');
    await main().getByRole('button', { name: 'Add product' }).click();
    const added = main().getByLabel('Demo Low Stock Gadget DEMO-LOW');
    expect(await added.inputValue()).toBe('1');
    await added.fill('2');
    await main().getByRole('button', { name: 'Remove DEMO-PLENTY' }).click();
    await main().getByRole('button', { name: 'Save changes' }).click();
    await main().getByText('Your changes are saved.').waitFor();
    await main().getByRole('row', { name: 'Demo Low Stock Gadget DEMO-LOW 2' }).waitFor();
    expect(
      await main()
        .getByRole('row', { name: /DEMO-PLENTY/ })
        .count(),
    ).toBe(0);
  });

  it('when she pauses and resumes it, then it has no next order while paused and gets one back', async () => {
    await main().getByRole('button', { name: 'Pause' }).click();
    await main().getByText('Paused: no orders and no reminders until you resume it.').waitFor();
    expect(await fact('Status').textContent()).toBe('Paused');
    expect(await fact('Next order').textContent()).toBe('—');
    await main().getByRole('button', { name: 'Resume' }).click();
    await main().getByText('Resumed.').waitFor();
    expect(await fact('Status').textContent()).toBe('Active');
    expect(await fact('Next order').textContent()).toBe(await shown(utcDate(3)));
  });

  it('when she cancels it, then she is asked first; once confirmed it is cancelled for good and stays listed', async () => {
    await main().getByRole('button', { name: 'Cancel standing order' }).click();
    await main().getByText('Cancel "Weekly restock" for good? It will never place an order again.').waitFor();
    await main().getByRole('button', { name: 'Keep it' }).click();
    expect(await fact('Status').textContent()).toBe('Active');
    await main().getByRole('button', { name: 'Cancel standing order' }).click();
    await main().getByRole('button', { name: 'Yes, cancel it' }).click();
    await main().getByText('Cancelled: it will not place orders any more.').waitFor();
    expect(await fact('Status').textContent()).toBe('Cancelled');
    expect(await main().getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await page().goto(`${portal.url}/#/standing-orders`);
    const row = main()
      .getByRole('row')
      .filter({ has: page().getByRole('link', { name: 'Weekly restock' }) });
    await row.getByText('Cancelled').waitFor();
  });

  it('when standing orders come due, then each page lists its run: placed with a link to the order, or failed with why', async () => {
    // Two standing orders starting today (UTC), run at 07:00 UTC today by the gateway's clock (within the session).
    const today = utcDate(0);
    portal.gw.clock.set(new Date(`${today}T07:00:00Z`));
    const create = async (name: string) =>
      (
        await fromPage(page(), 'POST', '/store/standing-orders', {
          name,
          deliveryAddress: { city: 'Auckland' },
          startDate: today,
        })
      ).body.id as string;
    // The tick queues the due runs; their jobs place them.
    const tick = async () => {
      const { standingOrders, jobs } = portal.gw.gateway.services;
      await standingOrders.runner.runDue();
      const queues = [STANDING_ORDER_RUN_QUEUE, STANDING_ORDER_REMINDER_QUEUE];
      await expect
        .poll(async () =>
          (await Promise.all(queues.map((queue) => jobs.pending(queue)))).every((n) => n === 0),
        )
        .toBe(true);
    };
    const placedId = await create('Today A');
    await tick();
    const failedId = await create('Today B');
    await store.call('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'visible' });
    await tick();
    await store.call('PUT', `/products/${guidOf['DEMO-PLENTY']}/status`, { status: 'sellable' });

    const runs = () => main().getByRole('region', { name: 'Last runs' });
    await page().goto(`${portal.url}/#/standing-orders/${placedId}`);
    await runs().locator('.badge', { hasText: 'Placed' }).waitFor();
    await runs().getByRole('link', { name: 'See the order' }).click();
    await main()
      .getByRole('heading', { level: 1, name: /^Order / })
      .waitFor();
    expect(await main().locator('.facts div', { hasText: 'Placed by' }).locator('dd').textContent()).toBe(
      DANA,
    );

    await page().goto(`${portal.url}/#/standing-orders/${failedId}`);
    await runs().locator('.badge', { hasText: 'Failed' }).waitFor();
    await runs().getByText('can be viewed but not ordered', { exact: false }).waitFor();
  });

  it('at phone width (390 px), then quick order and the standing order pages fit without sideways scrolling', async () => {
    await page().setViewportSize({ width: 390, height: 844 });
    try {
      for (const route of ['#/quick-order', '#/standing-orders', '#/standing-orders/new']) {
        await page().goto(`${portal.url}/${route}`);
        await main().getByRole('heading', { level: 1 }).waitFor();
        await main().locator('.loading').waitFor({ state: 'detached' });
        const overflow = await page().evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, route).toBeLessThanOrEqual(0);
      }
    } finally {
      await browser.screenshot('storefront-buyer-standing-phone-new');
      await page().setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('when the store switches standing orders off, then on the next visit the cart no longer offers one and the standing orders page says so, still listing hers', async () => {
    await store.call('PATCH', '', { standingOrdersEnabled: false });
    try {
      // A new visit: only a hash change would keep the page (and what it was told at sign-in).
      await page().goto(`${portal.url}/#/cart`);
      await page().reload();
      await main().getByRole('link', { name: 'Check out' }).waitFor();
      expect(await main().getByRole('link', { name: 'Save as standing order' }).count()).toBe(0);
      await page().goto(`${portal.url}/#/standing-orders`);
      await main()
        .getByRole('status')
        .getByText('Trade Store has turned standing orders off', { exact: false })
        .waitFor();
      await main().getByRole('link', { name: 'Weekly restock' }).waitFor();
    } finally {
      await store.call('PATCH', '', { standingOrdersEnabled: true });
    }
    await page().goto(`${portal.url}/#/cart`);
    await page().reload();
    await main().getByRole('link', { name: 'Save as standing order' }).waitFor();
  });
});
