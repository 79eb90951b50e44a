// The buyer's way in, in a real browser against the real stack (R13, R14): the admin invites a contact, the
// invitation email arrives, its link (a path on the storefront's origin) opens the invitation page, a password
// (a weak one refused at its field) signs the buyer in to the buyer home; sign out and in again, with the store
// remembered, at the store's address (`/s/<slug>/`) or found from the login; a forgotten password reset through
// the emailed link; a dead, a declined and an expired link each end on their own page. The gateway serves
// the storefront (production layout), so every step also runs under its Content-Security-Policy; a form posted
// from a sibling origin cannot sign the buyer out.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { type CspWatch, watchCsp } from './csp-watch.ts';
import { buildStorefront, type RunningPortal, startPortal } from './harness.ts';

const PASSWORD = 'Buyer2026ok';
const DAY_MS = 86_400_000;

let portal: RunningPortal;
let browser: ConsoleBrowser;
let csp: CspWatch;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let adminToken: string;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([
    startPortal(dist.dir, { plan: 'premium-plus', servedByGateway: true }),
    openBrowser(),
  ]);
  csp = await watchCsp(browser.page);
  adminToken = await portal.gw.loginAdmin();
});
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-buyer-${task.name}`);
  // Served by the gateway under its Content-Security-Policy (issue 17 item 5): nothing the pages do is refused.
  expect(await csp.violations()).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');

async function admin(method: string, path: string) {
  const answer = await portal.gw.request(method, `/admin/stores/${portal.storeId}${path}`, {
    token: adminToken,
  });
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Adds a customer with one contact in Unleashed (the mock), syncs it in, invites the contact by the admin API. */
async function invite(firstName: string) {
  const code = `B${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
  const email = `${firstName.toLowerCase()}.${code.toLowerCase()}@buyer.example`;
  const customer = await portal.gw.mock.call('POST', '/Customers', {
    CustomerCode: code,
    CustomerName: `${code} Trading Ltd`,
  });
  const contact = await portal.gw.mock.call('POST', `/Customers/${customer.body.Guid}/Contacts`, {
    FirstName: firstName,
    LastName: 'Buyer',
    EmailAddress: email,
    IsDefault: true,
    ForOrdering: true,
  });
  const started = await admin('POST', '/sync');
  await expect
    .poll(async () => (await admin('GET', '/sync')).lastRun?.id, { timeout: 15_000 })
    .toBe(started.id);
  await admin('POST', `/contacts/${contact.body.Guid}/invitation`);
  const link = new RegExp(`${portal.url}/s/[a-z0-9-]+/invitations/[\\w-]+`).exec(
    portal.catcher.latest(email)?.text ?? '',
  )?.[0];
  if (!link) throw new Error(`no invitation link in the mail to ${email}`);
  return { email, link, customerName: `${code} Trading Ltd` };
}

let ann: Awaited<ReturnType<typeof invite>>;

describe('a buyer in the storefront', () => {
  it('opens the emailed link, is refused a weak password at the field, accepts with a good one and lands on the buyer home', async () => {
    ann = await invite('Ann');
    const served = await page().goto(ann.link);
    expect(served?.headers()['content-security-policy']).toContain("script-src 'self'");
    await main().getByRole('heading', { level: 1, name: "You're invited to Trade Store" }).waitFor();
    await main().getByText(`You're invited to Trade Store as Ann Buyer of ${ann.customerName}.`).waitFor();
    const url = new URL(page().url());
    // The token leaves the path; the store's address stays.
    expect(url.pathname).toBe('/s/trade-store/');
    expect(url.hash).toMatch(/^#\/invitations\/[\w-]+$/);

    const password = main().getByLabel('New password');
    await password.fill('short');
    await main().getByRole('button', { name: 'Accept and sign in' }).click();
    await main().locator('#accept-password-error').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await browser.screenshot('storefront-buyer-invitation-weak-password');

    await password.fill(PASSWORD);
    await main().getByRole('button', { name: 'Accept and sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Welcome, Ann' }).waitFor();
    await main().getByText(`Signed in as ${ann.email} for ${ann.customerName}.`).waitFor();
    expect(page().url()).toBe(`${portal.url}/s/trade-store/#/`);
  });

  it('stays signed in when a page on a sibling origin (same host, another port) posts a form to sign the buyer out', async () => {
    // Same site, so SameSite=Lax sends the cookie along; the missing X-Requested-With is what refuses it.
    const sibling = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(
        `<form method="post" action="${portal.url}/store/logout"></form><script>document.forms[0].submit()</script>`,
      );
    });
    sibling.listen(0, '127.0.0.1');
    await once(sibling, 'listening');
    try {
      const forged = page().waitForResponse(`${portal.url}/store/logout`);
      await page().goto(`http://127.0.0.1:${(sibling.address() as AddressInfo).port}/`, {
        waitUntil: 'commit',
      });
      expect((await forged).status()).toBe(403);
      // The forged form navigates the tab to the refusal; let that land before going back to the store.
      await page().waitForURL(`${portal.url}/store/logout`, { waitUntil: 'load' });
    } finally {
      sibling.close();
    }
    await page().goto(`${portal.url}/#/`);
    await main().getByRole('heading', { level: 1, name: 'Welcome, Ann' }).waitFor();
  });

  it('signs out, then signs in again to the remembered store: a wrong password is refused with a sentence', async () => {
    await page().getByRole('button', { name: 'Sign out' }).click();
    await main().getByText('You have signed out.').waitFor();
    await main().getByRole('heading', { level: 1, name: 'Sign in to Trade Store' }).waitFor();
    expect(await main().getByLabel('Store id').count()).toBe(0);
    expect(await page().evaluate(async () => (await fetch('/store/me')).status)).toBe(401);

    await main().getByLabel('Email').fill(ann.email);
    await main().getByLabel('Password').fill('Not-the-passw0rd');
    await main().getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => main().getByRole('alert').textContent()).toBe('The email or password is wrong.');

    await main().getByLabel('Password').fill(PASSWORD);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Welcome, Ann' }).waitFor();
  });

  it('signs in without a store id: at the store address, and with no store known at all; the password can be shown', async () => {
    await page().getByRole('button', { name: 'Sign out' }).click();
    await main().getByText('You have signed out.').waitFor();
    await page().evaluate(() => localStorage.clear());
    await page().goto(`${portal.url}/s/trade-store/#/login`);
    await main().getByRole('heading', { level: 1, name: 'Sign in to Trade Store' }).waitFor();
    expect(await main().getByLabel('Store id').count()).toBe(0);
    await main().getByLabel('Email').fill(ann.email);
    const password = main().getByLabel('Password', { exact: true });
    await password.fill(PASSWORD);
    expect(await password.getAttribute('type')).toBe('password');
    await main().getByRole('button', { name: 'Show password' }).click();
    expect(await password.getAttribute('type')).toBe('text');
    expect(await password.inputValue()).toBe(PASSWORD);
    await main().getByRole('button', { name: 'Hide password' }).click();
    expect(await password.getAttribute('type')).toBe('password');
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Welcome, Ann' }).waitFor();

    await page().getByRole('button', { name: 'Sign out' }).click();
    await main().getByText('You have signed out.').waitFor();
    await page().evaluate(() => localStorage.clear());
    await page().goto(`${portal.url}/#/login`);
    await main().getByRole('heading', { level: 1, name: 'Sign in to your store' }).waitFor();
    await main().getByLabel('Email').fill(ann.email);
    await main().getByLabel('Password', { exact: true }).fill(PASSWORD);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Welcome, Ann' }).waitFor();
  });

  it('resets a forgotten password through the emailed link, which keeps the store address and works once', async () => {
    await page().getByRole('button', { name: 'Sign out' }).click();
    await main().getByText('You have signed out.').waitFor();
    await page().goto(`${portal.url}/s/trade-store/#/login`);
    await main().getByRole('link', { name: 'Forgot your password?' }).click();
    await main().getByLabel('Email').fill(ann.email);
    await main().getByRole('button', { name: 'Email me a link' }).click();
    await main().getByText('a link to set a new password is on its way', { exact: false }).waitFor();
    let link = '';
    await expect
      .poll(
        () => {
          const text = portal.catcher.latest(ann.email)?.text ?? '';
          link = new RegExp(`${portal.url}/s/trade-store/password-reset/[\\w-]+`).exec(text)?.[0] ?? '';
          return link;
        },
        { timeout: 10_000 },
      )
      .not.toBe('');
    await page().goto(link);
    await main().getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
    expect(new URL(page().url()).pathname).toBe('/s/trade-store/');
    // At the store's address the page is the store's own: its name on the card and in the tab.
    await expect.poll(() => page().title()).toBe('Set a new password · Trade Store');
    expect(await main().locator('.brand').textContent()).toBe('Trade Store');
    await main().getByLabel('New password').fill('Fresh2026pass');
    await main().getByRole('button', { name: 'Show password' }).click();
    expect(await main().getByLabel('New password').getAttribute('type')).toBe('text');
    await main().getByRole('button', { name: 'Set the password' }).click();
    await main().getByText('Your password is set. Sign in with it.').waitFor();
    await main().getByLabel('Email').fill(ann.email);
    await main().getByLabel('Password', { exact: true }).fill('Fresh2026pass');
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Welcome, Ann' }).waitFor();

    await page().goto(link);
    await main().getByLabel('New password').fill('Other2026pass');
    await main().getByRole('button', { name: 'Set the password' }).click();
    await main().getByText('This link has been used', { exact: false }).waitFor();
    await page().goto(`${portal.url}/#/`);
    await main().getByRole('heading', { level: 1, name: 'Welcome, Ann' }).waitFor();
  });

  it('shows a used link as no longer valid', async () => {
    await page().goto(ann.link);
    await main().getByRole('heading', { level: 1, name: 'This link is no longer valid' }).waitFor();
  });

  it('declines an invitation: the link is dead afterwards', async () => {
    const bob = await invite('Bob');
    await page().goto(bob.link);
    await main().getByRole('button', { name: 'Decline' }).click();
    await main().getByRole('button', { name: 'Yes, decline' }).click();
    await main().getByRole('heading', { level: 1, name: 'Invitation declined' }).waitFor();
    await page().goto(bob.link);
    await main().getByRole('heading', { level: 1, name: 'This link is no longer valid' }).waitFor();
  });

  it('shows a link opened 8 days later as expired, naming the store that has been told', async () => {
    const cy = await invite('Cy');
    portal.gw.clock.advance(8 * DAY_MS);
    await page().goto(cy.link);
    await main().getByRole('heading', { level: 1, name: 'This invitation has expired' }).waitFor();
    await main()
      .getByText("We've let Trade Store know; ask them to send you a new one.", { exact: false })
      .waitFor();
  });
});
