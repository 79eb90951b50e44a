// The audit trail (B5) of the records the first pass left out: custom catalogues and their customers, store
// categories, the order rules (store, customer, product), and standing orders, whose create and change entries
// name the buyer who made them on the standing order itself. Refused changes leave no entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './harness.ts';
import { DANA, type StandingOrderPortal, startStandingOrderPortal } from './standing-order-fixtures.ts';

let so: StandingOrderPortal;
beforeAll(async () => {
  so = await startStandingOrderPortal();
}, 90_000);
afterAll(() => so.close());

const admin = (method: string, path: string, body?: unknown) => so.portal.api(method, path, body);
/** The store's audit entries matching `query`, newest first. */
async function audit(query: string) {
  const { status, body } = await admin('GET', `/audit?pageSize=200&${query}`);
  expect(status).toBe(200);
  return body.items;
}
const kindsOf = (items: { kind: string }[]) => items.map((e) => e.kind);

describe('catalogues and their customers', () => {
  it('when a catalogue is created, renamed, given products and a customer, and deleted, then each is on the catalogue with before and after', async () => {
    const made = await admin('POST', '/catalogues', { name: 'Cafés' });
    expect(made.status).toBe(201);
    const id = made.body.id;
    expect((await admin('PATCH', `/catalogues/${id}`, { name: 'Cafes' })).status).toBe(200);
    const plenty = so.guidOf['DEMO-PLENTY'];
    const status = await admin('POST', `/catalogues/${id}/products/status`, {
      status: 'sellable',
      productGuids: [plenty],
    });
    expect(status.status).toBe(200);
    const demo = (await admin('GET', '/customers?search=DEMO001')).body.items[0].guid;
    expect((await admin('PUT', `/catalogues/${id}/customers/${demo}`)).status).toBe(200);
    // Assigning again changes nothing and records nothing.
    expect((await admin('PUT', `/catalogues/${id}/customers/${demo}`)).status).toBe(200);
    expect((await admin('DELETE', `/catalogues/${id}`)).status).toBe(204);

    const items = await audit(`recordType=catalogue&recordId=${id}`);
    expect(kindsOf(items)).toEqual([
      'catalogue-deleted',
      'catalogue-customers-changed',
      'catalogue-changed',
      'catalogue-changed',
      'catalogue-created',
    ]);
    expect(items.map((e: { before: unknown; after: unknown }) => [e.before, e.after])).toEqual([
      [{ name: 'Cafes' }, null],
      [{ customerGuids: [] }, { customerGuids: [demo] }],
      [{ products: { 'DEMO-PLENTY': 'hidden' } }, { products: { 'DEMO-PLENTY': 'sellable' } }],
      [{ name: 'Cafés' }, { name: 'Cafes' }],
      [null, { name: 'Cafés' }],
    ]);
    expect(items[0].adminEmail).toBe(ADMIN.email);
  });

  it('when a catalogue name is taken, then 409 and no entry is written', async () => {
    await admin('POST', '/catalogues', { name: 'Bars' });
    const before = (await admin('GET', '/audit')).body.total;
    expect((await admin('POST', '/catalogues', { name: 'BARS' })).status).toBe(409);
    expect((await admin('GET', '/audit')).body.total).toBe(before);
  });
});

describe('store categories', () => {
  it('when a category is created, renamed, given products and deleted, then each is on the category with before and after', async () => {
    const made = await admin('POST', '/categories', { name: 'Summer' });
    expect(made.status).toBe(201);
    const id = made.body.id;
    await admin('PATCH', `/categories/${id}`, { name: 'Summer range' });
    const low = so.guidOf['DEMO-LOW'];
    expect((await admin('PUT', `/categories/${id}/products`, { productGuids: [low] })).status).toBe(200);
    expect((await admin('DELETE', `/categories/${id}`)).status).toBe(204);
    const items = await audit(`recordType=category&recordId=${id}`);
    expect(
      items.map((e: { kind: string; before: unknown; after: unknown }) => [e.kind, e.before, e.after]),
    ).toEqual([
      ['category-deleted', { name: 'Summer range' }, null],
      ['category-changed', { productGuids: [] }, { productGuids: [low] }],
      ['category-changed', { name: 'Summer' }, { name: 'Summer range' }],
      ['category-created', null, { name: 'Summer' }],
    ]);
  });
});

describe('order rules (B4)', () => {
  it("when the admin changes the store's, a customer's and a product's rules, then each is recorded with the changed fields", async () => {
    const store = (await admin('GET', '/order-rules')).body;
    expect((await admin('PUT', '/order-rules', { ...store, minimumOrderValue: 250 })).status).toBe(200);
    const [storeEntry] = await audit('kind=order-rules-changed&recordType=store');
    expect(storeEntry).toMatchObject({
      adminEmail: ADMIN.email,
      recordId: so.portal.storeId,
      before: { minimumOrderValue: store.minimumOrderValue },
      after: { minimumOrderValue: 250 },
    });

    const demo = (await admin('GET', '/customers?search=DEMO001')).body.items[0].guid;
    const plenty = so.guidOf['DEMO-PLENTY'];
    const rule = { productGuid: plenty, minimum: null, maximum: null, multiple: 6 };
    const put = await admin('PUT', `/customers/${demo}/order-rules`, {
      minimumOrderValue: 100,
      products: [rule],
    });
    expect(put.status).toBe(200);
    const [customerEntry] = await audit(`kind=order-rules-changed&recordId=${demo}`);
    expect(customerEntry).toMatchObject({
      recordType: 'customer',
      before: { minimumOrderValue: null, products: [] },
      after: { minimumOrderValue: 100, products: [rule] },
    });

    const override = { minimum: 12, maximum: null, multiple: 12 };
    expect((await admin('PUT', `/products/${plenty}/quantity-rule`, override)).status).toBe(200);
    const [productEntry] = await audit(`kind=order-rules-changed&recordId=${plenty}`);
    expect(productEntry).toMatchObject({
      recordType: 'product',
      before: { override: null },
      after: { override },
    });
  });

  it('when a rule is refused (maximum below minimum), then 400 and no entry is written', async () => {
    const before = (await audit('kind=order-rules-changed')).length;
    const refused = await admin('PUT', `/products/${so.guidOf['DEMO-LOW']}/quantity-rule`, {
      minimum: 10,
      maximum: 5,
      multiple: null,
    });
    expect(refused.status).toBe(400);
    expect(await audit('kind=order-rules-changed')).toHaveLength(before);
    // Back to no rules, so the standing orders below are not held to them.
    const store = (await admin('GET', '/order-rules')).body;
    await admin('PUT', '/order-rules', { ...store, minimumOrderValue: null });
    const demo = (await admin('GET', '/customers?search=DEMO001')).body.items[0].guid;
    await admin('PUT', `/customers/${demo}/order-rules`, { minimumOrderValue: null, products: [] });
    const none = { minimum: null, maximum: null, multiple: null };
    await admin('PUT', `/products/${so.guidOf['DEMO-PLENTY']}/quantity-rule`, none);
  });
});

describe("standing orders (B5: a buyer's own actions on the record they concern)", () => {
  it('when a buyer creates, edits, pauses and cancels a standing order, then each is on it naming the buyer, with before and after', async () => {
    await so.fillCart(DANA, { 'DEMO-PLENTY': 10 });
    const made = await so.create(DANA, { name: 'Audit run', startDate: so.day(3) });
    expect((await so.store(DANA, 'PATCH', `/standing-orders/${made.id}`, { comment: 'Gate B' })).status).toBe(
      200,
    );
    expect((await so.store(DANA, 'POST', `/standing-orders/${made.id}/pause`)).status).toBe(200);
    // Pausing again is refused and adds nothing.
    expect((await so.store(DANA, 'POST', `/standing-orders/${made.id}/pause`)).status).toBe(409);
    expect((await so.store(DANA, 'POST', `/standing-orders/${made.id}/cancel`)).status).toBe(200);

    const items = await audit(`recordType=standing-order&recordId=${made.id}`);
    expect(
      items.map((e: { kind: string; before: unknown; after: unknown }) => [e.kind, e.before, e.after]),
    ).toEqual([
      ['standing-order-changed', { status: 'paused' }, { status: 'cancelled' }],
      ['standing-order-changed', { status: 'active' }, { status: 'paused' }],
      ['standing-order-changed', { comment: null }, { comment: 'Gate B' }],
      ['standing-order-created', null, expect.objectContaining({ name: 'Audit run', status: 'active' })],
    ]);
    const demo = (await admin('GET', '/customers?search=DEMO001')).body.items[0].guid;
    for (const entry of items)
      expect(entry).toMatchObject({ adminId: null, buyerEmail: DANA, actingForCustomerGuid: demo });
  });
});
