// Stock-aware ordering (B9, R17b) on every path that forms an order: the cart, quick add, CSV import (per row),
// reorder, placement, acting as the customer and standing-order runs. DEMO-LOW has 5 available. With backorders
// off (Visible) a quantity past the stock is refused naming "only 5 available"; with them on (Sellable) the part
// past it is the line's backorder, and the sales order in Unleashed carries it in the line's Comments.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DANA, type StandingOrderPortal, startStandingOrderPortal } from './standing-order-fixtures.ts';

let so: StandingOrderPortal;
let low: string;
const address = { street: '1 Depot Road', city: 'Auckland' };
const admin = (method: string, path: string, body?: unknown) => so.portal.api(method, path, body);
const buyer = (method: string, path: string, body?: unknown) => so.store(DANA, method, path, body);
const setLow = (quantity: number) => buyer('PUT', `/cart/lines/${low}`, { quantity });
const settings = (body: Record<string, unknown>) => admin('PATCH', '', body);

/** Puts `onHand` of DEMO-LOW on hand in the mock (nothing is allocated: the store imports orders Parked) and syncs. */
async function stockLow(onHand: number) {
  const set = await so.portal.gw.mock.control('POST', '/__control/stock', {
    productCode: 'DEMO-LOW',
    setQtyOnHand: onHand,
  });
  expect(set.status).toBe(200);
  await so.portal.sync();
}

/** Imports a CSV into dana's cart (the gateway's request helper sends JSON only); answers the report. */
async function importCsv(csv: string) {
  const login = await so.portal.gw.request('POST', '/store/login', {
    body: { storeId: so.portal.storeId, email: DANA, password: 'Buyer2026ok' },
  });
  const response = await fetch(`${so.portal.gw.url}/store/cart/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${login.body.token}`, 'Content-Type': 'text/csv; charset=utf-8' },
    body: csv,
  });
  return response.json();
}

async function importedSalesOrder(orderId: string) {
  for (let i = 0; i < 100; i++) {
    const order = (await admin('GET', '/orders?pageSize=200')).body.items.find(
      (o: { id: string }) => o.id === orderId,
    );
    if (order?.importState === 'imported') {
      const found = await so.portal.gw.mock.call(
        'GET',
        `/SalesOrders?orderNumber=${order.unleashedOrderNumber}`,
      );
      return found.body.Items[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the order was not imported');
}

beforeAll(async () => {
  so = await startStandingOrderPortal();
  low = so.guidOf['DEMO-LOW'] ?? '';
  expect((await settings({ importStatus: 'Parked', outOfStockPolicy: 'visible' })).status).toBe(200);
  await stockLow(5);
}, 90_000);
afterAll(() => so.close());
afterEach(async () => {
  await settings({ outOfStockPolicy: 'visible', showStockCounts: true });
  await buyer('DELETE', '/cart');
});

describe('backorders off (out-of-stock setting Visible)', () => {
  it('when the cart asks for 6 of the 5 available, then it is refused naming "only 5 available" and the cart keeps what it had', async () => {
    const refused = await setLow(6);
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/\/not-enough-stock$/);
    expect(refused.body.detail).toBe('DEMO-LOW: only 5 available.');
    expect(refused.body.stockShortfalls).toEqual([
      {
        productGuid: low,
        productCode: 'DEMO-LOW',
        quantity: 6,
        available: 5,
        message: 'DEMO-LOW: only 5 available.',
      },
    ]);
    expect((await buyer('GET', '/cart')).body.lines).toEqual([]);
    const five = await setLow(5);
    expect(five.body.lines).toMatchObject([
      { quantity: 5, available: 5, backorderQuantity: 0, orderable: true },
    ]);
  });

  it('when quick add asks for 8, then it is refused; a CSV row of 8 is refused by its row while the other row is added', async () => {
    const quick = await buyer('POST', '/cart/quick-add', { code: 'DEMO-LOW', quantity: 8 });
    expect(quick.status).toBe(422);
    expect(quick.body.detail).toBe('DEMO-LOW: only 5 available.');
    const report = await importCsv('code,quantity\r\nDEMO-LOW,8\r\nDEMO-PLENTY,6\r\n');
    expect(report.rows).toMatchObject([
      { row: 2, added: false, problem: 'DEMO-LOW: only 5 available.' },
      { row: 3, added: true },
    ]);
    expect(report.cart.lines.map((l: { code: string }) => l.code)).toEqual(['DEMO-PLENTY']);
  });

  it('when the stock fell to 3 after the cart took 5, then the cart flags the line and placing is refused with nothing saved', async () => {
    await setLow(5);
    await stockLow(3);
    try {
      const cart = (await buyer('GET', '/cart')).body;
      expect(cart.canPlace).toBe(false);
      expect(cart.lines[0]).toMatchObject({ orderable: false, problem: 'DEMO-LOW: only 3 available.' });
      const before = (await admin('GET', '/orders?pageSize=200')).body.total;
      const placed = await buyer('POST', '/orders', { deliveryAddress: address });
      expect(placed.status).toBe(422);
      expect(placed.body.stockShortfalls[0]).toMatchObject({ quantity: 5, available: 3 });
      expect((await admin('GET', '/orders?pageSize=200')).body.total).toBe(before);
    } finally {
      await stockLow(5);
    }
  });

  it('when a past order of 5 is reordered after the stock fell to 4, then the line is flagged and not added', async () => {
    await setLow(5);
    const order = (await buyer('POST', '/orders', { deliveryAddress: address })).body;
    await stockLow(4);
    try {
      const { body } = await buyer('POST', `/orders/${order.id}/reorder`);
      expect(body.lines).toEqual([
        { code: 'DEMO-LOW', quantity: 5, added: false, problem: 'DEMO-LOW: only 4 available.' },
      ]);
      expect(body.cart.lines).toEqual([]);
    } finally {
      await stockLow(5);
    }
  });

  it('when an admin acting as DEMO001 asks for 9, then the same refusal comes back', async () => {
    const demo = (await admin('GET', '/customers?search=DEMO001')).body.items[0];
    const acting = (await admin('POST', '/acting', { customerGuid: demo.guid })).body.token;
    const refused = await so.portal.gw.request('PUT', `/store/cart/lines/${low}`, {
      token: acting,
      body: { quantity: 9 },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toBe('DEMO-LOW: only 5 available.');
    await admin('DELETE', '/acting');
  });

  it('when nothing is available, then the cart, quick add, a CSV row and an acting admin all get 422 "none available", in Visible and Hidden alike', async () => {
    await stockLow(0);
    try {
      for (const outOfStockPolicy of ['visible', 'hidden']) {
        await settings({ outOfStockPolicy });
        const refused = await setLow(1);
        expect(refused.status).toBe(422);
        expect(refused.body.type).toMatch(/\/not-enough-stock$/);
        expect(refused.body.detail).toBe('DEMO-LOW: none available.');
        expect(refused.body.stockShortfalls[0]).toMatchObject({ quantity: 1, available: 0 });
      }
      const quick = await buyer('POST', '/cart/quick-add', { code: 'DEMO-LOW', quantity: 1 });
      expect([quick.status, quick.body.detail]).toEqual([422, 'DEMO-LOW: none available.']);
      const report = await importCsv('code,quantity\r\nDEMO-LOW,2\r\n');
      expect(report.rows).toMatchObject([{ row: 2, added: false, problem: 'DEMO-LOW: none available.' }]);
      const demo = (await admin('GET', '/customers?search=DEMO001')).body.items[0];
      const acting = (await admin('POST', '/acting', { customerGuid: demo.guid })).body.token;
      const asActing = await so.portal.gw.request('PUT', `/store/cart/lines/${low}`, {
        token: acting,
        body: { quantity: 1 },
      });
      await admin('DELETE', '/acting');
      expect([asActing.status, asActing.body.detail]).toEqual([422, 'DEMO-LOW: none available.']);
      await settings({ showStockCounts: false });
      expect((await setLow(1)).body.detail).toBe('DEMO-LOW: out of stock.');
    } finally {
      await stockLow(5);
    }
  });

  it('when the stock fell to 0 after the cart took 2, then the cart flags "none available", placing answers 422 and a reorder is not added', async () => {
    await setLow(2);
    const past = (await buyer('POST', '/orders', { deliveryAddress: address })).body;
    await setLow(2);
    await stockLow(0);
    try {
      expect((await buyer('GET', '/cart')).body.lines[0]).toMatchObject({
        orderable: false,
        problem: 'DEMO-LOW: none available.',
      });
      const placed = await buyer('POST', '/orders', { deliveryAddress: address });
      expect([placed.status, placed.body.detail]).toEqual([422, 'DEMO-LOW: none available.']);
      await buyer('DELETE', '/cart');
      const { body } = await buyer('POST', `/orders/${past.id}/reorder`);
      expect(body.lines).toEqual([
        { code: 'DEMO-LOW', quantity: 2, added: false, problem: 'DEMO-LOW: none available.' },
      ]);
    } finally {
      await stockLow(5);
    }
  });

  it('when the store hides stock counts, then the refusal says so without the figure', async () => {
    await settings({ showStockCounts: false });
    const refused = await setLow(6);
    expect(refused.body.detail).toBe('DEMO-LOW: not enough in stock for 6.');
    expect(refused.body.stockShortfalls[0].available).toBeNull();
  });

  it('when a standing-order run asks for more than is left, then it fails with why and the creator is emailed', async () => {
    await setLow(5);
    const { id } = await so.create(DANA, { name: 'Low weekly', startDate: so.day(3) });
    await stockLow(2);
    try {
      await so.at(3, '06:01');
      await so.tick();
      expect(await so.ordersOf(id)).toEqual([]);
      const shown = (await buyer('GET', `/standing-orders/${id}`)).body;
      expect(shown.runs[0]).toMatchObject({ outcome: 'failed', detail: 'DEMO-LOW: only 2 available.' });
      expect(await so.outbox('standing-order-failed', DANA)).toHaveLength(1);
    } finally {
      await buyer('POST', `/standing-orders/${id}/cancel`);
      await stockLow(5);
    }
  });
});

describe('backorders on (out-of-stock setting Sellable)', () => {
  it('when the cart asks for 8 of the 5 available, then 3 are marked as a backorder, the order keeps them and Unleashed gets the mark on the line', async () => {
    await settings({ outOfStockPolicy: 'sellable' });
    const cart = (await setLow(8)).body;
    expect(cart.lines).toMatchObject([
      {
        quantity: 8,
        available: 5,
        backorderQuantity: 3,
        orderable: true,
        problem: null,
        stockShortfall: null,
      },
    ]);
    const placed = await buyer('POST', '/orders', { deliveryAddress: address });
    expect(placed.status).toBe(201);
    expect(placed.body.lines).toMatchObject([{ code: 'DEMO-LOW', quantity: 8, backorderQuantity: 3 }]);
    const salesOrder = await importedSalesOrder(placed.body.id);
    expect(salesOrder.SalesOrderLines[0]).toMatchObject({
      OrderQuantity: 8,
      Comments: 'Backorder: 3 of 8 ordered past the stock available in the portal.',
    });
  });

  it('when a line is within the stock, then nothing is marked on it or in Unleashed', async () => {
    await settings({ outOfStockPolicy: 'sellable' });
    await setLow(2);
    const placed = await buyer('POST', '/orders', { deliveryAddress: address });
    expect(placed.body.lines[0].backorderQuantity).toBeUndefined();
    expect((await importedSalesOrder(placed.body.id)).SalesOrderLines[0].Comments).toBeNull();
  });
});
