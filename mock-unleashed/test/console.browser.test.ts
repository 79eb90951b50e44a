// The QA console in a real browser, playing the supplier's side of the seed's stories: complete an order
// with freight, untick Ordering, obsolete a customer, a 429 fault in the call log, contacts, prices, stock,
// order lines, the clock and reset, a webhook delivery refused and sent again; and the password gate. Each test starts from a fresh `default` seed and leaves a screenshot
// of its last page in test-artifacts/.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, type ConsoleMock, openBrowser, startConsoleMock } from './console-harness.ts';
import { consolePage } from './console-page.ts';
import { startReceiver } from './webhook-receiver.ts';

let mock: ConsoleMock;
let browser: ConsoleBrowser;

beforeAll(async () => {
  [mock, browser] = await Promise.all([startConsoleMock(), openBrowser()]);
});
beforeEach(async () => {
  await mock.control('POST', '/__control/reset', { seed: 'default' });
});
afterEach(async ({ task }) => {
  await browser.screenshot(`console-${task.name}`);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

const page = () => browser.page;
const { main, open, flash, loggedCall, openCustomer } = consolePage(page, () => mock.url);

const customerByCode = async (code: string) =>
  (await mock.signed('GET', `/Customers?customerCode=${code}&includeObsolete=true`)).body.Items[0];

describe('the supplier acts in the console', () => {
  it('completes an order with a freight charge, seen in the call log and in GET /SalesOrders/{guid}', async () => {
    const parked = (await mock.signed('GET', '/SalesOrders?customerCode=DEMO001&orderStatus=Parked')).body
      .Items[0];
    const since = new Date(Date.now() - 1000).toISOString().slice(0, 19);
    await open('#/orders');
    await main().getByLabel('Customer code starts with').fill('DEMO001');
    await main().getByLabel('Status').selectOption('Parked');
    await main().getByRole('button', { name: 'Search' }).click();
    await main().getByRole('link', { name: parked.OrderNumber }).click();

    await main().getByLabel('Charge name').fill('Freight');
    await main().getByLabel('Amount').fill('15.50');
    await main().getByRole('button', { name: 'Add charge' }).click();
    await main().getByRole('cell', { name: 'Charge: Freight', exact: true }).waitFor();
    await main().getByRole('button', { name: 'Complete order' }).click();
    await main().getByText(`A Completed order cannot be changed.`).waitFor();
    await loggedCall('PUT', `/SalesOrders/${parked.Guid}`, 200);
    await loggedCall('POST', `/SalesOrders/${parked.Guid}/Complete`, 200);

    const order = (await mock.signed('GET', `/SalesOrders/${parked.Guid}`)).body;
    expect(order.OrderStatus).toBe('Completed');
    const charge = order.SalesOrderLines.find(
      (line: { LineType: string | null }) => line.LineType === 'Charge',
    );
    expect(charge).toMatchObject({
      Product: { ProductDescription: 'Freight' },
      UnitPrice: 15.5,
      LineTotal: 15.5,
    });
    expect(order.SubTotal).toBeCloseTo(parked.SubTotal + 15.5, 2);
    const changed = await mock.signed('GET', `/SalesOrders?modifiedSince=${since}&orderStatus=Completed`);
    expect(changed.body.Items.map((o: { Guid: string }) => o.Guid)).toContain(parked.Guid);
  });

  it('unticks Ordering on a contact', async () => {
    await openCustomer('DEMO001');
    await main().getByLabel('Ordering: Oliver Order').uncheck();
    await flash('Ordering unticked for Oliver Order.');
    expect(await main().getByLabel('Ordering: Oliver Order').isChecked()).toBe(false);

    const customer = await customerByCode('DEMO001');
    const contacts = (await mock.signed('GET', `/Customers/${customer.Guid}/Contacts`)).body.Items;
    const oliver = contacts.find((c: { FirstName: string }) => c.FirstName === 'Oliver');
    expect(oliver.ForOrdering).toBe(false);
    await loggedCall('PUT', `/Customers/${customer.Guid}/Contacts/${oliver.Guid}`, 200);
  });

  it('makes a customer obsolete', async () => {
    await openCustomer('DEMO003');
    await main().getByRole('button', { name: 'Make obsolete' }).click();
    await main().getByRole('button', { name: 'Make active again' }).waitFor();
    await expect(main().locator('dd .badge').first().textContent()).resolves.toBe('Obsolete');

    const customer = await customerByCode('DEMO003');
    expect(customer.Obsolete).toBe(true);
    expect((await mock.signed('GET', '/Customers?customerCode=DEMO003')).body.Items).toEqual([]);
    await loggedCall('POST', `/Customers/${customer.Guid}`, 200);
  });

  it('adds a contact, then edits it', async () => {
    await openCustomer('DEMO002');
    const form = main().getByRole('form', { name: 'Add a contact' });
    await form.getByLabel('First name').fill('Quinn');
    await form.getByLabel('Last name').fill('Quote');
    await form.getByLabel('Email').fill('quinn@second-street.example');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await flash('Added Quinn.');
    await main().getByRole('cell', { name: 'quinn@second-street.example' }).waitFor();

    await main().getByRole('button', { name: 'Edit Quinn Quote' }).click();
    const edit = main().getByRole('form', { name: 'Edit Quinn Quote' });
    await edit.getByLabel('Email').fill('quinn.q@second-street.example');
    await edit.getByLabel('Invoicing').check();
    await edit.getByRole('button', { name: 'Save contact' }).click();
    await main().getByRole('cell', { name: 'quinn.q@second-street.example' }).waitFor();

    const customer = await customerByCode('DEMO002');
    const contacts = (await mock.signed('GET', `/Customers/${customer.Guid}/Contacts`)).body.Items;
    expect(contacts).toEqual([
      expect.objectContaining({
        FirstName: 'Quinn',
        LastName: 'Quote',
        EmailAddress: 'quinn.q@second-street.example',
        IsDefault: true,
        ForOrdering: true,
        ForInvoicing: true,
      }),
    ]);
    expect(customer.Email).toBe('quinn.q@second-street.example');
  });
});

describe('the QA engineer uses the controls', () => {
  it('switches on a 429 fault, sees it in the call log, and switches it off', async () => {
    await open('#/qa');
    await main().getByLabel('Kind').selectOption('rateLimit');
    await main().getByLabel('Path starts with').fill('/Customers');
    await main().getByLabel('Retry-After (s)').fill('5');
    await main().getByRole('button', { name: 'Switch on' }).click();
    await main().getByRole('cell', { name: 'rateLimit', exact: true }).waitFor();

    await page()
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Customers' })
      .click();
    await main().getByText('429: Too many requests').waitFor();
    await page().locator('#calls').getByLabel('Path starts with').fill('/Customers');
    await page().locator('#calls tr[data-path="/Customers/1"][data-status="429"]').first().waitFor();
    expect(await page().locator('#calls tbody tr:not([data-path^="/Customers"])').count()).toBe(0);

    await open('#/qa');
    await main().getByRole('button', { name: 'Switch off the rateLimit fault' }).click();
    await main().getByText('Active faults: none').waitFor();
    await open('#/customers');
    await main().getByRole('heading', { name: 'Customers' }).waitFor();
    await loggedCall('GET', '/Customers/1', 200);
  });

  it('changes a price and adjusts stock of a product', async () => {
    const product = (await mock.signed('GET', '/Products?productCode=DEMO-LOW')).body.Items[0];
    const onHandInMain = async () => {
      const rows = (await mock.signed('GET', `/StockOnHand/${product.Guid}/AllWarehouses`)).body.Items;
      return rows.find((row: { WarehouseCode: string }) => row.WarehouseCode === 'MAIN').QtyOnHand;
    };
    const before = await onHandInMain();
    await open('#/products');
    await main().getByLabel('Code or description contains').fill('DEMO-LOW');
    await main().getByRole('button', { name: 'Search' }).click();
    await main().getByRole('link', { name: 'DEMO-LOW' }).click();

    await main().getByLabel('Price', { exact: true }).selectOption('SellPriceTier2');
    await main().getByLabel('New value').fill('7.25');
    await main().getByRole('button', { name: 'Save price' }).click();
    await flash('Price saved for DEMO-LOW.');
    await main()
      .getByRole('row', { name: /Wholesale 7\.25/ })
      .waitFor();

    await main().getByLabel('Quantity').fill('10');
    await main().getByRole('button', { name: 'Adjust stock' }).click();
    await flash('DEMO-LOW in MAIN:');

    const saved = (await mock.signed('GET', `/Products/${product.Guid}`)).body;
    expect(saved.SellPriceTier2.Value).toBe(7.25);
    expect(saved.LastModifiedOn).not.toBe(product.LastModifiedOn);
    expect(await onHandInMain()).toBe(before + 10);
  });

  it('changes a line of an order, removes another, then deletes the order', async () => {
    const orders = (await mock.signed('GET', '/SalesOrders?orderStatus=Placed')).body.Items;
    const order = orders.find((o: { SalesOrderLines: unknown[] }) => o.SalesOrderLines.length >= 3);
    const [first, second] = order.SalesOrderLines;
    await open(`#/orders/${order.Guid}`);
    await main().getByLabel('Line', { exact: true }).selectOption({ index: 0 });
    await main().getByLabel('Quantity').fill('3');
    await main().getByLabel('Unit price').fill('2.50');
    await main().getByRole('button', { name: 'Save line' }).click();
    await flash('Saved 1.');
    await main()
      .getByRole('button', {
        name: `Remove 2. ${second.Product.ProductCode} · ${second.Product.ProductDescription}`,
      })
      .click();
    await flash('Removed 2.');

    const saved = (await mock.signed('GET', `/SalesOrders/${order.Guid}`)).body;
    expect(saved.SalesOrderLines).toHaveLength(order.SalesOrderLines.length - 1);
    expect(saved.SalesOrderLines[0]).toMatchObject({
      Guid: first.Guid,
      OrderQuantity: 3,
      UnitPrice: 2.5,
      LineTotal: 7.5,
    });
    await loggedCall('DELETE', `/SalesOrders/Lines/${second.Guid}`, 200);

    await main().getByRole('button', { name: 'Delete order' }).click();
    await main().getByRole('button', { name: 'Yes, delete order' }).click();
    await main().getByText('A Deleted order cannot be changed.').waitFor();
    expect((await mock.signed('GET', `/SalesOrders/${order.Guid}`)).body.OrderStatus).toBe('Deleted');
  });

  it('watches a webhook delivery refused by the endpoint, then sends it again and sees it succeed, each attempt with its answer', async () => {
    const receiver = await startReceiver();
    try {
      receiver.answer = 503;
      const made = await mock.signed('POST', '/Webhooks/Subscriptions', {
        notificationUrl: receiver.url,
        eventTypes: ['product.updated'],
        description: 'QA receiver',
      });
      expect(made.status).toBe(201);
      receiver.signingKey = made.body.signingKey;
      await mock.control('POST', '/__control/stock', { productCode: 'DEMO-PLENTY', adjustBy: 1 });
      await receiver.waitFor(1);

      await open('#/webhooks');
      await main().getByRole('cell', { name: receiver.url }).waitFor();
      const delivery = main().locator('details.delivery', { hasText: 'product.updated' });
      await delivery.locator('.badge', { hasText: 'Retrying' }).waitFor();
      await delivery.locator('summary').click();
      await delivery.getByRole('cell', { name: '503', exact: true }).waitFor();

      receiver.answer = 200;
      await main().getByRole('button', { name: 'Send everything pending now' }).click();
      await flash('Every pending delivery was tried.');
      const again = main().locator('details.delivery', { hasText: 'product.updated' });
      await again.locator('.badge', { hasText: 'Succeeded' }).waitFor();
      await again.locator('summary').click();
      expect(await again.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['503', '200']);
      expect(receiver.received.map((r) => r.verdict)).toEqual(['valid', 'valid']);
    } finally {
      await receiver.close();
    }
  });

  it('moves the clock a day forward, then resets the mock to the empty seed', async () => {
    await open('#/qa');
    await main().getByLabel('Move forward by').fill('1');
    await main().getByRole('button', { name: 'Move forward' }).click();
    await main()
      .getByText(/^86[34]\d\d s$/)
      .waitFor();

    await main().getByLabel('Seed', { exact: true }).selectOption('empty');
    await main().getByRole('button', { name: 'Reset the mock' }).click();
    await flash('Reset to seed "empty" #42.');
    const state = (await mock.control('GET', '/__control/state')).body;
    expect(state).toMatchObject({ seed: 'empty', clock: { offsetMs: 0 }, counts: { products: 0 } });
  });
});

describe('the console password', () => {
  let gated: ConsoleMock;
  beforeAll(async () => {
    gated = await startConsoleMock({ password: 'let me in' });
  });
  afterAll(() => gated?.close());

  it('refuses a wrong password and lets the right one in, until logging out', async () => {
    await page().goto(`${gated.url}/__console/`);
    await page().getByLabel('Console password').fill('let me out');
    await page().getByRole('button', { name: 'Log in' }).click();
    await page().getByRole('alert').getByText('That password is not right.').waitFor();
    expect(new URL(page().url()).pathname).toBe('/__console/login');

    await page().getByLabel('Console password').fill('let me in');
    await page().getByRole('button', { name: 'Log in' }).click();
    await main().getByRole('heading', { name: 'Sales orders' }).waitFor();
    await page().getByRole('button', { name: 'Log out' }).click();
    await page().getByLabel('Console password').waitFor();
  });
});
