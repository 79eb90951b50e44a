// The admin pages in a real browser against the real stack, served from one origin as in production: sign in
// (wrong, then right), run a sync and read its results, see live updates from Unleashed (webhooks, issue 13)
// arrive without a sync, change store settings (saved; an unknown warehouse shown at its field), sign out — all
// under the gateway's Content-Security-Policy, nothing refused. Each test leaves a screenshot of its last page in
// test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { type CspWatch, watchCsp } from './csp-watch.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let csp: CspWatch;
let dist: Awaited<ReturnType<typeof buildStorefront>>;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([
    startPortal(dist.dir, { servedByGateway: true, webhooks: true }),
    openBrowser(),
  ]);
  csp = await watchCsp(browser.page);
});
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-admin-${task.name}`);
  // Served by the gateway under its Content-Security-Policy (issue 17 item 5): nothing the pages do is refused.
  expect(await csp.violations()).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');

describe('the admin in the storefront', () => {
  it('signs in: a wrong password is refused with a sentence by the form, the right one opens the sync page', async () => {
    await page().goto(`${portal.url}/#/admin/sync`);
    await expect.poll(() => page().title()).toContain('Sign in as an admin');
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill('not-the-password');
    await main().getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => main().getByRole('alert').textContent()).toBe('The email or password is wrong.');

    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
    expect(page().url()).toMatch(/#\/admin\/sync$/);
    expect(await page().getByRole('link', { name: 'Sync' }).getAttribute('aria-current')).toBe('page');
    await main().getByText('No sync has finished yet.').waitFor();
  });

  it('runs a sync now: progress while it runs, a second start refused, then per-resource counts and plan-limit skips', async () => {
    // Slow Unleashed down a little so the run is still going when the page polls it.
    await portal.gw.mock.control('POST', '/__control/faults', { kind: 'latency', latencyMs: 60 });
    await main().getByRole('button', { name: 'Sync now' }).click();
    await main()
      .getByRole('heading', { name: /Sync in progress/ })
      .waitFor();
    expect(await main().locator('.progress-list li').count()).toBeGreaterThan(0);

    await main().getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => main().locator('#sync-now-problem').textContent())
      .toMatch(/^A sync of this store is already running/);
    await portal.gw.mock.control('DELETE', '/__control/faults');

    const lastSync = main().getByRole('region', { name: 'Last sync' });
    await lastSync.getByText('Succeeded').first().waitFor({ timeout: 20_000 });
    expect(
      await main()
        .getByRole('heading', { name: /Sync in progress/ })
        .count(),
    ).toBe(0);

    const row = (name: string) => lastSync.getByRole('row', { name: new RegExp(`^${name}\\b`) });
    const cells = async (name: string) => (await row(name).getByRole('cell').allTextContents()).slice(1);
    const [added] = await cells('Products');
    expect(Number(added?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(300);
    const [customersAdded, , , customersSkipped] = await cells('Customers');
    expect(Number(customersAdded?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(Number(customersSkipped?.replace(/\D/g, ''))).toBeGreaterThan(0);

    const skipped = lastSync.locator('details', { hasText: /^Customers: \d+ skipped/ });
    await skipped.locator('summary').click();
    await skipped.getByRole('cell', { name: 'Plan limit reached' }).first().waitFor();
    expect(await skipped.getByRole('cell', { name: 'Plan limit reached' }).count()).toBeGreaterThan(0);

    const recent = main().getByRole('region', { name: 'Recent syncs' });
    await recent.getByRole('cell', { name: 'Sync now' }).waitFor();

    // B1: each resource's last successful sync, as a time.
    const freshness = main().getByRole('region', { name: 'Last successful sync per resource' });
    for (const resource of ['Products', 'Stock', 'Customers']) {
      const when = await freshness
        .getByRole('row', { name: new RegExp(`^${resource}\\b`) })
        .getByRole('cell')
        .textContent();
      expect(when).not.toBe('Never');
      expect(when).toMatch(/\d/);
    }
  });

  it('sees live updates from Unleashed (B1): the events subscribed, then a stock count made in Unleashed listed with what it changed, without another sync', async () => {
    const live = main().getByRole('region', { name: 'Live updates from Unleashed' });
    const refresh = live.getByRole('button', { name: 'Refresh' });
    await expect
      .poll(async () => {
        await refresh.click();
        return live.locator('.badge').textContent();
      })
      .toBe('Subscribed');
    expect(await live.getByRole('definition').nth(1).textContent()).toContain('salesorder.completed');
    await live.getByText('No events received yet.').waitFor();
    const runsBefore = await main().getByRole('region', { name: 'Recent syncs' }).getByRole('row').count();

    await portal.gw.mock.control('POST', '/__control/stock', {
      productCode: 'DEMO-PLENTY',
      warehouseCode: 'MAIN',
      setQtyOnHand: 480,
    });
    const event = live.getByRole('row').filter({ hasText: 'product.updated' });
    await expect
      .poll(
        async () => {
          await refresh.click();
          return (await event.getByRole('cell').allTextContents()).slice(2);
        },
        { timeout: 10_000, interval: 250 },
      )
      .toEqual(['Changed', 'Product DEMO-PLENTY: 480 on hand in MAIN.']);
    expect(await live.getByRole('definition').nth(2).textContent()).not.toBe('None yet');
    await page().reload();
    const recent = main().getByRole('region', { name: 'Recent syncs' });
    await recent.getByRole('cell', { name: 'Sync now' }).waitFor();
    expect(await recent.getByRole('row').count()).toBe(runsBefore);
  });

  it('changes store settings: a change is saved, an unknown warehouse is shown next to its field', async () => {
    await page().getByRole('link', { name: 'Store settings' }).click();
    await main().getByRole('heading', { level: 1, name: 'Store settings' }).waitFor();

    await main().getByLabel('Sync every (minutes)').fill('30');
    await main().getByLabel('Default tax rate (%)').fill('12.5');
    await main().getByRole('button', { name: 'Save settings' }).click();
    await main().getByText('Settings saved.').waitFor();
    expect(await portal.gw.gateway.services.stores.get(portal.storeId)).toMatchObject({
      syncIntervalMinutes: 30,
      defaultTaxRate: 0.125,
    });

    const warehouses = main().getByLabel('Stock warehouses');
    await warehouses.fill('MAIN, ATLANTIS');
    await main().getByRole('button', { name: 'Save settings' }).click();
    await main().locator('#store-warehouseCodes-error').waitFor();
    expect(await main().locator('#store-warehouseCodes-error').textContent()).toMatch(
      /^Unleashed has no warehouse ATLANTIS; it has .*MAIN/,
    );
    expect(await warehouses.getAttribute('aria-invalid')).toBe('true');
    expect(await warehouses.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await main().getByRole('alert').textContent()).toBe(
      'The settings were not saved. Check the marked fields.',
    );
    expect((await portal.gw.gateway.services.stores.get(portal.storeId)).warehouseCodes).toEqual([
      'MAIN',
      'NORTH',
    ]);
  });

  it('shows the account: plan, limits and what the store uses', async () => {
    await page().getByRole('link', { name: 'Account' }).click();
    await main().getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await main().getByText('Base', { exact: true }).waitFor();
    await main().getByText('100 of 100 — limit reached').waitFor();
  });

  it('signs out: the sign-in form is back and the admin pages need signing in again', async () => {
    await page().getByRole('button', { name: 'Sign out' }).click();
    await main().getByText('You have signed out.').waitFor();
    await page().goto(`${portal.url}/#/admin/settings`);
    await page().reload();
    await main().getByRole('heading', { name: 'Sign in as an admin' }).waitFor();
    const me = await page().evaluate(async () => (await fetch('/admin/me')).status);
    expect(me).toBe(401);
  });
});
