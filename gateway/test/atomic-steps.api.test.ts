// Issue 12 item 3: a business step that writes more than one thing commits once or not at all. A fault is
// injected between a step's writes with a PostgreSQL trigger that refuses one table's write (no hook in the
// gateway's code); the step must leave nothing half done, and work once the fault is gone.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let plenty: string;

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  plenty = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('POST', '/products/status', { status: 'sellable', productGuids: [plenty] });
}, 60_000);
afterAll(() => portal.close());

/** Makes every `operation` on `table` fail until the returned function is called. */
async function failWrites(table: string, operation: 'INSERT' | 'UPDATE' | 'DELETE') {
  const name = `fault_${table}_${operation.toLowerCase()}`;
  const db = portal.gw.db.q;
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN RAISE EXCEPTION 'injected fault on ${table}'; END $$;
       CREATE TRIGGER ${name} BEFORE ${operation} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}();`,
    )
    .execute(db);
  return async () => void (await sql.raw(`DROP TRIGGER ${name} ON ${table}`).execute(db));
}

const store = (method: string, path: string, token: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token, body });

async function newBuyer(): Promise<{ token: string; customerGuid: string; contactGuid: string }> {
  const customer = await portal.addCustomer([{ firstName: 'Ari' }]);
  const contactGuid = customer.contacts.Ari!;
  const email = (await portal.contact(customer.guid, contactGuid)).email;
  return { token: await portal.signUp(contactGuid, email), customerGuid: customer.guid, contactGuid };
}

const ordersOf = async (token: string) => (await store('GET', '/orders', token)).body.items as unknown[];
const outboxSize = async () => (await portal.api('GET', '/outbox?pageSize=1')).body.total as number;

describe('a step interrupted between its writes leaves nothing half done', () => {
  it('when the confirmation email cannot be queued, then no order is kept and the cart keeps its lines', async () => {
    const { token } = await newBuyer();
    await store('PUT', `/cart/lines/${plenty}`, token, { quantity: 2 });
    const emailsBefore = await outboxSize();
    const heal = await failWrites('email_outbox', 'INSERT');
    const placed = await store('POST', '/orders', token, { deliveryAddress: { city: 'Auckland' } });
    await heal();
    expect(placed.status).toBe(500);
    expect(await ordersOf(token)).toEqual([]);
    expect((await store('GET', '/cart', token)).body.lines).toHaveLength(1);
    expect(await outboxSize()).toBe(emailsBefore);

    const again = await store('POST', '/orders', token, { deliveryAddress: { city: 'Auckland' } });
    expect(again.status).toBe(201);
    expect(await ordersOf(token)).toHaveLength(1);
    expect((await store('GET', '/cart', token)).body.lines).toEqual([]);
  });

  it('when the cart cannot be emptied, then the order and its emails are not kept either', async () => {
    const { token } = await newBuyer();
    await store('PUT', `/cart/lines/${plenty}`, token, { quantity: 3 });
    const emailsBefore = await outboxSize();
    const heal = await failWrites('carts', 'UPDATE');
    const healDelete = await failWrites('carts', 'DELETE');
    const placed = await store('POST', '/orders', token, { deliveryAddress: { city: 'Auckland' } });
    await heal();
    await healDelete();
    expect(placed.status).toBe(500);
    expect(await ordersOf(token)).toEqual([]);
    expect(await outboxSize()).toBe(emailsBefore);
    expect((await store('GET', '/cart', token)).body.lines[0].quantity).toBe(3);
  });

  it('when the session cannot be written, then accepting an invitation keeps it open and makes no login', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Bo' }]);
    const contactGuid = customer.contacts.Bo!;
    const email = (await portal.contact(customer.guid, contactGuid)).email;
    const token = await portal.invite(contactGuid, email);
    const heal = await failWrites('sessions', 'INSERT');
    const accepted = await portal.gw.request('POST', '/store/invitations/accept', {
      body: { token, password: PASSWORD },
    });
    await heal();
    expect(accepted.status).toBe(500);
    const login = { storeId: portal.storeId, email, password: PASSWORD };
    expect((await portal.gw.request('POST', '/store/login', { body: login })).status).toBe(401);
    expect((await portal.contact(customer.guid, contactGuid)).status).toBe('pending');

    const retried = await portal.gw.request('POST', '/store/invitations/accept', {
      body: { token, password: PASSWORD },
    });
    expect(retried.status).toBe(200);
    expect((await portal.contact(customer.guid, contactGuid)).status).toBe('active');
  });

  it('when its sessions cannot be ended, then deactivating a contact leaves it active and signed in', async () => {
    const { token, customerGuid, contactGuid } = await newBuyer();
    const heal = await failWrites('sessions', 'UPDATE');
    const deactivated = await portal.api('POST', `/contacts/${contactGuid}/deactivate`);
    await heal();
    expect(deactivated.status).toBe(500);
    expect((await portal.contact(customerGuid, contactGuid)).status).toBe('active');
    expect((await store('GET', '/me', token)).status).toBe(200);

    expect((await portal.api('POST', `/contacts/${contactGuid}/deactivate`)).status).toBeLessThan(300);
    expect((await portal.contact(customerGuid, contactGuid)).status).toBe('inactive');
    expect((await store('GET', '/me', token)).status).toBe(401);
  });
});
