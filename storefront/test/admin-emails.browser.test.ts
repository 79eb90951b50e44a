// Every email the store sends is the admin's to word (issue 16 item 9) in a real browser against the real stack:
// the list says which emails are edited, the buyer's order confirmation is edited with a live preview (the
// sample order table stays under the wording), saved, and the next real order's email carries the new subject
// and wording. Both pages pass axe. Screenshots in test-artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, openBrowser } from '../../mock-unleashed/test/console-harness.ts';
import { seriousAccessibilityViolations } from './axe-check.ts';
import { ADMIN, buildStorefront, type RunningPortal, startPortal } from './harness.ts';
import { type BuyerCall, signUpBuyer } from './signed-up-buyer.ts';
import { type StoreAdmin, storeAdmin } from './store-admin.ts';

const DANA = 'dana@demo-wholesale.example';

let portal: RunningPortal;
let browser: ConsoleBrowser;
let dist: Awaited<ReturnType<typeof buildStorefront>>;
let admin: StoreAdmin;
let buyer: BuyerCall;
let plenty: string;

beforeAll(async () => {
  dist = await buildStorefront();
  [portal, browser] = await Promise.all([startPortal(dist.dir, { plan: 'premium-plus' }), openBrowser()]);
  admin = await storeAdmin(portal);
  await admin.sync();
  buyer = await signUpBuyer(portal, admin, 'DEMO001', DANA);
  plenty = (await admin.productGuids(['DEMO-PLENTY']))['DEMO-PLENTY'] ?? '';
  await admin.call('PUT', `/products/${plenty}/status`, { status: 'sellable' });
});
afterEach(async ({ task }) => {
  await browser.screenshot(`storefront-admin-emails-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const page = () => browser.page;
const main = () => page().getByRole('main');
const row = (title: string) =>
  main()
    .getByRole('row')
    .filter({ has: page().getByRole('rowheader', { name: title }) });
const previewHtml = () =>
  main()
    .locator('.preview-frame')
    .evaluate((frame: HTMLIFrameElement) => frame.srcdoc);

describe("the store's emails", () => {
  it("edits the buyer's order confirmation with a live preview, saves it, and the next order's email carries it", async () => {
    await page().goto(`${portal.url}/#/admin/emails`);
    await main().getByLabel('Email').fill(ADMIN.email);
    await main().getByLabel('Password').fill(ADMIN.password);
    await main().getByRole('button', { name: 'Sign in' }).click();
    await main().getByRole('heading', { level: 1, name: 'Emails' }).waitFor();
    await row('Order request received').getByText('Default').waitFor();
    expect(await seriousAccessibilityViolations(page())).toEqual([]);

    await main().getByRole('link', { name: 'Order request received' }).click();
    await main().getByRole('heading', { level: 1, name: 'Order request received email' }).waitFor();
    await expect
      .poll(() => main().locator('.preview-subject').textContent())
      .toBe('Order request SO-00001 received');

    await main().getByLabel('Subject').fill('{First Name}, we have {Order Number}');
    await main()
      .getByLabel('Body')
      .fill('Kia ora {First Name}, {Brand Name} is packing {Order Number} today.');
    await expect.poll(() => main().locator('.preview-subject').textContent()).toBe('Alex, we have SO-00001');
    await expect.poll(previewHtml).toContain('Kia ora Alex, Trade Store is packing SO-00001 today.');
    expect(await previewHtml()).toContain('SAMPLE-1');
    expect(await previewHtml()).not.toContain('Thank you for your order request.');
    expect(await seriousAccessibilityViolations(page())).toEqual([]);

    await main().getByRole('button', { name: 'Save email' }).click();
    await main()
      .getByText('The Order request received email is saved. It is sent with this wording from now on.')
      .waitFor();
    await main().getByRole('link', { name: 'All emails' }).click();
    await row('Order request received').getByText('Edited').waitFor();

    expect((await buyer('PUT', `/cart/lines/${plenty}`, { quantity: 2 })).status).toBe(200);
    const placed = await buyer('POST', '/orders', {
      deliveryAddress: { street: '1 Depot Road', city: 'Auckland' },
    });
    expect(placed.status).toBe(201);
    const number: string = placed.body.storeReference;
    await expect.poll(() => portal.catcher.latest(DANA)?.subject).toBe(`Dana, we have ${number}`);
    const mail = portal.catcher.latest(DANA);
    expect(mail?.text).toContain(`Kia ora Dana, Trade Store is packing ${number} today.`);
    expect(mail?.text).toMatch(/2 x DEMO-PLENTY /);
  });

  it('an address saved before every email had one (#/admin/invitation-email) opens the invitation email', async () => {
    await page().goto(`${portal.url}/#/admin/invitation-email`);
    await main().getByRole('heading', { level: 1, name: 'Invitation email' }).waitFor();
    expect(page().url()).toMatch(/#\/admin\/emails\/invitation$/);
  });
});
