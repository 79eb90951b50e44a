// Two sign-in journeys end to end (issue 16 item 1): one email with logins in two stores signs in at the plain
// sign-in page and picks the store from a list; an admin who forgot the password gets a link through the SMTP
// catcher, sets a new password with it and signs in with that one (the old one no longer works).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { acceptInvitation, fromPage, PASSWORD } from './buyer-steps.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';
const NEW_ADMIN_PASSWORD = 'Fresh-Admin-2026';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  const second = await portal.gw.gateway.services.stores.create({
    name: 'Second Store',
    adminEmail: 'second@supplier.example',
    unleashed: portal.gw.unleashed,
    warehouseCodes: ['MAIN'],
  });
  // Dana gets a login in each store, accepting each invitation in the browser with the same password.
  for (const storeId of [portal.storeId, second.id]) {
    const store = await storeAdmin({ ...portal, storeId });
    await store.sync();
    await store.call('POST', `/contacts/${await store.contactGuid('DEMO001', DANA)}/invitation`);
    await acceptInvitation(browser.page, portal, DANA);
    await fromPage(browser.page, 'POST', '/store/logout');
  }
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');

describe('signing in', () => {
  it('an email with logins in two stores signs in without a store address and chooses the store from a list', async () => {
    await page().goto(`${portal.url}/#/login`);
    await page().evaluate(() => localStorage.clear()); // a browser that never opened a store
    await page().reload();
    await main().getByRole('heading', { level: 1, name: 'Sign in to your store' }).waitFor();
    await main().getByLabel('Email').fill(DANA);
    await main().getByLabel('Password', { exact: true }).fill(PASSWORD);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Choose a store' }).waitFor();
    const choices = main().getByRole('list').getByRole('button');
    expect(await choices.allTextContents()).toEqual(
      expect.arrayContaining(['Trade Store (trade-store)', 'Second Store (second-store)']),
    );
    await main()
      .getByRole('button', { name: /^Second Store/ })
      .click();
    await main()
      .getByRole('heading', { level: 1, name: /^Welcome/ })
      .waitFor();
    expect(await page().getByRole('banner').getByRole('link', { name: 'Second Store' }).isVisible()).toBe(
      true,
    );
    expect((await fromPage(page(), 'GET', '/store/me')).body.store.name).toBe('Second Store');
  });

  it('an admin who forgot the password sets a new one through the emailed link and signs in with it', async () => {
    await fromPage(page(), 'POST', '/store/logout');
    await page().goto(`${portal.url}/#/admin/login`);
    await main().getByRole('link', { name: 'Forgot your password?' }).click();
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByRole('button', { name: 'Email me a link' }).click();
    await main().getByText(`If ${ADMIN.email} has a login`).waitFor();
    await expect.poll(() => portal.catcher.latest(ADMIN.email)?.subject).toMatch(/^Reset your password/);
    const link = new RegExp(`${portal.url}/password-reset/[\\w-]+`).exec(
      portal.catcher.latest(ADMIN.email)?.text ?? '',
    );
    expect(link).not.toBeNull();
    await page().goto(link?.[0] ?? '');
    await main().getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
    await main().getByLabel('New password').fill(NEW_ADMIN_PASSWORD);
    await main().getByRole('button', { name: 'Set the password' }).click();
    await main().getByText('Your password is set. Sign in with it.').waitFor();
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password', { exact: true }).fill(NEW_ADMIN_PASSWORD);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await page().getByRole('navigation', { name: 'Admin' }).waitFor();
    const old = await portal.gw.request('POST', '/admin/login', {
      body: { email: ADMIN.email, password: ADMIN.password },
    });
    expect(old.status).toBe(401);
  });
});
