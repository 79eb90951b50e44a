// The admin's invitation email editor, products, customers and orders pages in a real browser against the real
// stack, on the Base plan (200 listed products, 100 customers): the email edited with a live preview and its
// problems at the fields (R12), product statuses changed one at a time and in bulk, and a bulk change or a
// customer added past the plan limit refused as a sentence with nothing changed (R3, R7). One portal for the
// file; screenshots in test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let token: string;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir), openBrowser()]);
  token = await portal.gw.loginAdmin();
  const started = await admin('POST', '/sync');
  for (let i = 0; i < 800; i++) {
    if ((await admin('GET', '/sync')).body.lastRun?.id === started.body.id) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the first sync did not finish');
});
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-admin-base-plan-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const admin = (method: string, path: string, body?: unknown) =>
  portal.gw.request(method, `/admin/stores/${portal.storeId}${path}`, { token, body });
const page = () => browser.page;
const main = () => page().getByRole('main');
const row = (code: string) =>
  main()
    .getByRole('row')
    .filter({ has: page().getByRole('rowheader', { name: code }) });
const pressed = (code: string) => row(code).locator('[aria-pressed="true"]').textContent();

describe('the invitation email editor', () => {
  it('previews the draft as the admin types, shows problems at their field, saves, and resets to the default (R12)', async () => {
    await page().goto(`${portal.url}/#/admin/emails/invitation`);
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Invitation email' }).waitFor();
    await expect
      .poll(() => main().locator('.preview-subject').textContent())
      .toBe('You are invited to order from Trade Store');

    const subject = main().getByLabel('Subject');
    const body = main().getByLabel('Body');
    await subject.fill('{Customer Name}: order from {Brand Name} {Nickname}');
    await expect
      .poll(() => main().locator('#template-subject-error').textContent())
      .toMatch(/^The subject has unknown placeholder \{Nickname\}; the known placeholders are /);
    expect(await subject.getAttribute('aria-invalid')).toBe('true');

    await subject.fill('{Customer Name}: order from ');
    await subject.press('End');
    await main().getByRole('button', { name: '{Brand Name}' }).click();
    expect(await subject.inputValue()).toBe('{Customer Name}: order from {Brand Name}');
    await expect
      .poll(() => main().locator('.preview-subject').textContent())
      .toMatch(/: order from Trade Store$/);
    expect(await main().locator('#template-subject-error').count()).toBe(0);

    const original = await body.inputValue();
    await body.fill('Hello {First Name}, come and order.');
    await expect
      .poll(() => main().locator('#template-body-error').textContent())
      .toBe('The body must contain {Accept Link} so the contact can accept.');
    await main().getByRole('button', { name: 'Save email' }).click();
    await main().getByRole('alert').waitFor();
    expect((await admin('GET', '/email-templates/invitation')).body.isDefault).toBe(true);

    await body.fill('Hello {First Name}, come and order.\n\n{Accept Link}');
    await expect
      .poll(() =>
        main()
          .locator('.preview-frame')
          .evaluate((frame: HTMLIFrameElement) => frame.srcdoc),
      )
      .toContain('come and order.');
    await main().getByRole('button', { name: 'Save email' }).click();
    await main()
      .getByText('The Invitation email is saved. It is sent with this wording from now on.')
      .waitFor();
    expect((await admin('GET', '/email-templates/invitation')).body).toMatchObject({
      subject: '{Customer Name}: order from {Brand Name}',
      isDefault: false,
    });

    await main().getByRole('button', { name: 'Reset to default' }).click();
    await main().getByText('The Invitation email is back to the default.').waitFor();
    expect(await body.inputValue()).toBe(original);
    expect((await admin('GET', '/email-templates/invitation')).body.isDefault).toBe(true);
  });
});

describe('the products page', () => {
  it('changes one product with one click, and refuses to show an obsolete one with a sentence (R3, R6)', async () => {
    await page().getByRole('link', { name: 'Products' }).click();
    await main().getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    await main().getByLabel('Search').fill('DEMO-');
    await row('DEMO-OUT').waitFor();
    expect(await pressed('DEMO-OUT')).toBe('Hidden');

    await row('DEMO-OUT').getByRole('button', { name: 'Visible' }).click();
    await expect.poll(() => pressed('DEMO-OUT')).toBe('Visible');

    await row('DEMO-OBSOLETE').getByRole('button', { name: 'Sellable' }).click();
    await expect
      .poll(() => row('DEMO-OBSOLETE').getByRole('alert').textContent())
      .toBe('Obsolete in Unleashed, so it cannot be shown: DEMO-OBSOLETE.');
    expect(await pressed('DEMO-OBSOLETE')).toBe('Hidden');
  });

  it('makes the selected products Sellable in bulk (R3)', async () => {
    await row('DEMO-PLENTY').getByRole('checkbox').check();
    await row('DEMO-LOW').getByRole('checkbox').check();
    await main().getByText('2 selected').waitFor();
    await main().getByRole('button', { name: 'Make Sellable' }).click();
    await main().getByText('2 products made Sellable. 3 of 200 products are now shown to buyers.').waitFor();
    await expect.poll(() => pressed('DEMO-PLENTY')).toBe('Sellable');
    expect(await pressed('DEMO-LOW')).toBe('Sellable');
  });

  it('refuses a bulk change past the plan limit with a sentence naming the plan that lifts it, changing nothing (R7)', async () => {
    // Fill the Base plan's 200 listed products (3 are listed already), then ask for two more.
    const hidden = [
      ...(await admin('GET', '/products?status=hidden&pageSize=200')).body.items,
      ...(await admin('GET', '/products?status=hidden&pageSize=200&page=2')).body.items,
    ].filter((p: { obsolete: boolean }) => !p.obsolete);
    const fill = await admin('POST', '/products/status', {
      status: 'visible',
      productGuids: hidden.slice(0, 197).map((p: { guid: string }) => p.guid),
    });
    expect(fill.body.listed).toBe(200);
    const [first, second] = hidden.slice(197).map((p: { code: string }) => p.code) as [string, string];

    await main().getByLabel('Search').fill(first);
    await row(first).getByRole('checkbox').check();
    await main().getByLabel('Search').fill(second);
    await row(second).getByRole('checkbox').check();
    await main().getByText('2 selected').waitFor();
    await main().getByRole('button', { name: 'Make Visible' }).click();
    await expect
      .poll(() => main().locator('.bulk-bar + .problem').textContent())
      .toMatch(/^The Base plan allows 200 products per store; this would make 202\..*Premium/);
    expect(await pressed(second)).toBe('Hidden');
    expect((await admin('GET', '/products?status=hidden&pageSize=1')).body.total).toBe(
      (await admin('GET', '/products?pageSize=1')).body.total - 200,
    );
  });
});

describe('the customers page on the Base plan', () => {
  it('refuses to add a customer past the plan limit, with the sentence in its row (R7)', async () => {
    await page().getByRole('link', { name: 'Customers' }).click();
    await main().getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await main().getByLabel('In the store').selectOption('no');
    const first = main().getByRole('row').nth(1);
    // The filtered answer is shown: the list is no longer busy and no customer in it is in the store.
    const settled = async () =>
      (await main().locator('[aria-busy="true"]').count()) === 0 &&
      (await main()
        .getByRole('checkbox', { name: /^In store/ })
        .count()) === 0 &&
      (await first.getByRole('checkbox', { name: /^Not in store/ }).count()) === 1;
    await expect.poll(settled).toBe(true);
    const name = (await first.getByRole('rowheader').locator('.customer-name').textContent()) ?? '';
    // Seeded company names can repeat: the code tells this customer apart.
    const code = (await first.getByRole('rowheader').locator('.muted').textContent()) ?? '';
    const inStore = first.getByRole('checkbox', { name: /^Not in store/ });
    await inStore.click();
    await expect
      .poll(() => first.getByRole('alert').textContent())
      .toMatch(/^The Base plan allows 100 customers per store; this would make 101\..*Premium/);
    expect(await inStore.isChecked()).toBe(false);
    const listed = await admin('GET', `/customers?inStore=true&search=${encodeURIComponent(name)}`);
    expect(listed.body.items.filter((c: { code: string }) => c.code === code)).toEqual([]);
  });
});

describe('the orders page', () => {
  it('says there are no orders yet', async () => {
    await page().getByRole('link', { name: 'Orders', exact: true }).click();
    await main().getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await main().getByText('No orders yet.', { exact: false }).waitFor();
  });
});

describe('the audit trail page (B5)', () => {
  it("lists the admin's product status changes, filtered to one kind and then one product; a refused change left none", async () => {
    await page().goto(`${portal.url}/#/admin/audit`);
    await main().getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await main().getByLabel('What').selectOption({ label: 'Product status' });
    await expect
      .poll(() =>
        main()
          .getByText(/^1–25 of \d+$/)
          .count(),
      )
      .toBe(1);
    expect(
      await main()
        .getByRole('rowheader', { name: /Settings changed/ })
        .count(),
    ).toBe(0);

    const guidOf = async (code: string) =>
      (await admin('GET', `/products?search=${code}`)).body.items[0].guid;
    await main()
      .getByLabel('Record id')
      .fill(await guidOf('DEMO-PLENTY'));
    await main()
      .getByRole('rowheader', { name: /^DEMO-PLENTY made sellable/ })
      .waitFor();
    expect(await main().getByRole('row').count()).toBe(2);
    const only = main().getByRole('row').nth(1);
    expect(await only.textContent()).toContain(ADMIN.email);
    expect(await only.textContent()).toContain('status: "hidden" → "sellable"');

    await main()
      .getByLabel('Record id')
      .fill(await guidOf('DEMO-OUT'));
    await main()
      .getByRole('rowheader', { name: /^DEMO-OUT made visible/ })
      .waitFor();
    await main()
      .getByLabel('Record id')
      .fill(await guidOf('DEMO-OBSOLETE'));
    await main().getByText('No entries match.').waitFor();
  });
});
