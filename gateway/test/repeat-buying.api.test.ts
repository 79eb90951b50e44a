// Repeat buying (B3): reorder a past order, quick add by code and CSV import, each line checked like adding it
// from the catalogue (R3, R17a, R18), merged with the cart; another customer's order cannot be reordered.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
let sue: string;
let orderId: string;
const guidOf: Record<string, string> = {};

const acceptAs = (contactGuid: string, email: string) => portal.signUp(contactGuid, email);
const store = (method: string, path: string, token: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token, body });
const setStatus = (status: string, ...codes: string[]) =>
  portal.api('POST', '/products/status', { status, productGuids: codes.map((c) => guidOf[c]) });
async function importCsv(token: string, csv: string) {
  const response = await fetch(`${portal.gw.url}/store/cart/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv; charset=utf-8' },
    body: csv,
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
  const contacts = (await portal.api('GET', `/customers/${demo.guid}/contacts`)).body.items;
  dana = await acceptAs(
    contacts.find((c: { email: string }) => c.email === 'dana@demo-wholesale.example').guid,
    'dana@demo-wholesale.example',
  );
  const stranger = await portal.addCustomer([{ firstName: 'Sue' }]);
  sue = await acceptAs(stranger.contacts.Sue!, emailOf('Sue', stranger.code));
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT'])
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
  await setStatus('sellable', 'DEMO-PLENTY', 'DEMO-LOW');
  await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 10 });
  await store('PUT', `/cart/lines/${guidOf['DEMO-LOW']}`, dana, { quantity: 2 });
  const placed = await store('POST', '/orders', dana, {
    deliveryAddress: { street: '1 Main St', city: 'Auckland' },
  });
  orderId = placed.body.id;
  await setStatus('hidden', 'DEMO-LOW');
}, 60_000);
afterAll(() => portal.close());
beforeEach(async () => {
  await store('DELETE', '/cart', dana);
});

describe('reordering a past order', () => {
  it("when a product of the order was made Hidden since, then it is flagged with why and not added, and the rest merges into the cart at today's price", async () => {
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 2 });
    const { status, body } = await store('POST', `/orders/${orderId}/reorder`, dana);
    expect(status).toBe(200);
    expect(body.lines).toEqual([
      { code: 'DEMO-PLENTY', quantity: 10, added: true, problem: null },
      { code: 'DEMO-LOW', quantity: 2, added: false, problem: 'This product is no longer in the store.' },
    ]);
    expect(body.cart.lines).toMatchObject([{ code: 'DEMO-PLENTY', quantity: 12, unitPrice: 16.5 }]);
    expect((await store('GET', '/cart', dana)).body.lines).toHaveLength(1);
  });

  it("when another customer's buyer reorders the order, then it answers 404 as if it did not exist and its cart is unchanged", async () => {
    const { status, body } = await store('POST', `/orders/${orderId}/reorder`, sue);
    expect(status).toBe(404);
    expect(body.detail).toBe('There is no such order.');
    expect((await store('GET', '/cart', sue)).body.lines).toEqual([]);
  });
});

describe('quick add by product code', () => {
  it('when the code is typed in any case, then the product is added and merges with the cart line', async () => {
    await store('POST', '/cart/quick-add', dana, { code: 'demo-plenty', quantity: 3 });
    const { status, body } = await store('POST', '/cart/quick-add', dana, {
      code: 'Demo-Plenty',
      quantity: 4,
    });
    expect(status).toBe(200);
    expect(body.lines).toMatchObject([{ code: 'DEMO-PLENTY', quantity: 7, orderable: true }]);
  });

  it('when the code is unknown or Hidden, then it answers 404 with a sentence naming the code', async () => {
    const unknown = await store('POST', '/cart/quick-add', dana, { code: 'NOPE-123', quantity: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('There is no product with code NOPE-123 in this store.');
    expect((await store('POST', '/cart/quick-add', dana, { code: 'DEMO-LOW', quantity: 1 })).status).toBe(
      404,
    );
  });

  it('when the product can be seen but not ordered, then it answers 409 with why; a bad quantity is a 400', async () => {
    await setStatus('visible', 'DEMO-OUT');
    const visible = await store('POST', '/cart/quick-add', dana, { code: 'DEMO-OUT', quantity: 1 });
    expect(visible.status).toBe(409);
    expect(visible.body.detail).toBe('This product can be viewed but not ordered.');
    const bad = await store('POST', '/cart/quick-add', dana, { code: 'DEMO-PLENTY', quantity: 1.5 });
    expect(bad.status).toBe(400);
    expect((await store('GET', '/cart', dana)).body.lines).toEqual([]);
  });
});

describe('importing a cart from CSV', () => {
  it('when rows are mixed, then good rows are added and each refused row says why, by its line in the file', async () => {
    await setStatus('visible', 'DEMO-OUT');
    const csv =
      '\uFEFFcode;quantity\r\ndemo-plenty;5\r\n\r\nNOPE-1;2\r\nDEMO-PLENTY;1.5\r\nDEMO-OUT;1\r\n"DEMO-PLENTY";"3"\r\n';
    const { status, body } = await importCsv(dana, csv);
    expect(status).toBe(200);
    expect(body.rows).toEqual([
      { row: 2, code: 'demo-plenty', quantity: 5, added: true, problem: null, ruleBreach: null },
      {
        row: 4,
        code: 'NOPE-1',
        quantity: 2,
        added: false,
        problem: 'There is no product with this code in the store.',
        ruleBreach: null,
      },
      {
        row: 5,
        code: 'DEMO-PLENTY',
        quantity: null,
        added: false,
        problem: 'The quantity "1.5" is not a whole number from 1 to 1000000.',
        ruleBreach: null,
      },
      {
        row: 6,
        code: 'DEMO-OUT',
        quantity: 1,
        added: false,
        problem: 'This product can be viewed but not ordered.',
        ruleBreach: null,
      },
      { row: 7, code: 'DEMO-PLENTY', quantity: 3, added: true, problem: null, ruleBreach: null },
    ]);
    expect(body).toMatchObject({ added: 2, refused: 3 });
    expect(body.cart.lines).toMatchObject([{ code: 'DEMO-PLENTY', quantity: 8 }]);
  });

  it('when no row is good, then the cart is unchanged', async () => {
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 1 });
    const { status, body } = await importCsv(dana, 'NOPE-1,1\nDEMO-PLENTY,0\n');
    expect(status).toBe(200);
    expect(body).toMatchObject({ added: 0, refused: 2 });
    expect((await store('GET', '/cart', dana)).body.lines).toMatchObject([
      { code: 'DEMO-PLENTY', quantity: 1 },
    ]);
  });

  it('when the file has more than 500 rows or none, then it is refused with 400 and nothing changes', async () => {
    const big = Array.from({ length: 501 }, () => 'DEMO-PLENTY,1').join('\n');
    const refused = await importCsv(dana, big);
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toBe('The file has more than 500 rows; import at most 500 at a time.');
    expect((await importCsv(dana, '\n\n')).status).toBe(400);
    expect((await store('GET', '/cart', dana)).body.lines).toEqual([]);
  });

  it('when the file is over 1 MB, then it is refused 413 payload-too-large before it is read, and nothing changes', async () => {
    const refused = await importCsv(dana, 'DEMO-PLENTY,1\n'.repeat(80_000));
    expect(refused.status).toBe(413);
    expect(refused.body.type).toMatch(/payload-too-large$/);
    expect((await store('GET', '/cart', dana)).body.lines).toEqual([]);
  });
});

describe('what the import accepts', () => {
  it('when the body is not sent as text/csv, then it answers 400 and the cart is unchanged', async () => {
    const { status, body } = await store('POST', '/cart/import', dana, { code: 'DEMO-PLENTY', quantity: 1 });
    expect(status).toBe(400);
    expect(body.type).toMatch(/validation-failed$/);
    expect((await store('GET', '/cart', dana)).body.lines).toEqual([]);
  });
});
