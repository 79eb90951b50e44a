// Two gateway processes (gateway/src/main.ts, as production runs them) on one PostgreSQL database: started at
// the same moment they bootstrap one admin and one store; an instance killed (SIGKILL) in the middle of a job
// leaves it to the others, which do it once: ten orders placed across both while one dies mid-import are each
// imported as one sales order; a standing-order run and an email attempt interrupted half way are done once.
// The kill lands mid-job on purpose (a held database row, a held SMTP recipient), and the job-engine caps of
// JOBS_MAX_EXPIRE_SECONDS make the survivors take the job over within seconds.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock, TEST_API_ID, TEST_API_KEY } from '../../mock-unleashed/test/harness.ts';
import { type SmtpCatcher, startSmtpCatcher } from '../../scripts/smtp-catcher/catcher.ts';
import { DEMO_ADMIN, DEMO_BUYER } from '../src/config.ts';
import { TEST_DATABASE_URL } from './database.ts';
import { type GatewayProcess, startGatewayProcess } from './gateway-process.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

const database = `kill_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const databaseUrl = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
})();

/** A gateway process; `name` is its connections' application_name in pg_stat_activity. */
type Instance = GatewayProcess & { name: string };

let mock: RunningMock;
let catcher: SmtpCatcher;
const running: Instance[] = [];
let adminToken: string;
let storeId: string;
let plenty: Json;

async function sql(url: string, query: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query, values)).rows;
  } finally {
    await client.end();
  }
}

/** Starts `node gateway/src/main.ts` on the test database and resolves once it listens. */
async function startInstance(name: string): Promise<Instance> {
  const instance = await startGatewayProcess({
    databaseUrl,
    unleashedUrl: mock.url,
    apiId: TEST_API_ID,
    apiKey: TEST_API_KEY,
    smtpPort: catcher.smtpPort,
    extra: {
      PGAPPNAME: name,
      JOBS_MAINTENANCE_SECONDS: '1',
      JOBS_MAX_EXPIRE_SECONDS: '3',
      JOBS_MAX_RETRY_DELAY_SECONDS: '1',
    },
  });
  running.push({ ...instance, name });
  return { ...instance, name };
}

/** SIGKILLs the instance and resolves once it is gone. */
async function kill(instance: Instance): Promise<void> {
  const gone = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill('SIGKILL');
  await gone;
  running.splice(
    running.findIndex((r) => r.name === instance.name),
    1,
  );
}

async function call(instance: Instance, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(instance.url + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const buyerOn = async (instance: Instance) =>
  (
    await call(instance, 'POST', '/store/login', undefined, {
      storeId,
      email: DEMO_BUYER.email,
      password: DEMO_BUYER.password,
    })
  ).body.token as string;

const salesOrders = async () =>
  (await mock.call('GET', '/SalesOrders?pageSize=1')).body.Pagination.NumberOfItems as number;

const salesOrdersNumbered = async (orderNumber: string) =>
  (await mock.call('GET', `/SalesOrders?orderNumber=${orderNumber}`)).body.Items.length as number;

const orderOf = async (id: string) =>
  (await call(running[0] as Instance, 'GET', `/admin/stores/${storeId}/orders/${id}`, adminToken)).body;

beforeAll(async () => {
  await sql(TEST_DATABASE_URL, `CREATE DATABASE ${database}`);
  [mock, catcher] = await Promise.all([startMock(), startSmtpCatcher({ smtpPort: 0, httpPort: 0 })]);
}, 60_000);

afterAll(async () => {
  for (const { child } of running) child.kill('SIGKILL');
  await Promise.all([mock?.close(), catcher?.close()]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await sql(TEST_DATABASE_URL, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

describe('gateway processes on one database, one of them killed mid-job', () => {
  it('when both start at once, then there is one admin and one store; when one is killed mid-import and restarted, every order is imported once', async () => {
    const [first, second] = await Promise.all([startInstance('first'), startInstance('second')]);
    adminToken = (await call(first, 'POST', '/admin/login', undefined, DEMO_ADMIN)).body.token;
    const stores = (await call(second, 'GET', '/admin/stores', adminToken)).body.items;
    expect(stores).toHaveLength(1);
    storeId = stores[0].id;
    plenty = (await call(first, 'GET', '/store/products/DEMO-PLENTY', await buyerOn(first))).body;

    const placeOn = async (instance: Instance) => {
      const token = await buyerOn(instance);
      await call(instance, 'PUT', `/store/cart/lines/${plenty.guid}`, token, { quantity: 1 });
      const placed = await call(instance, 'POST', '/store/orders', token, {
        deliveryAddress: { city: 'Auckland' },
      });
      expect(placed.status, JSON.stringify(placed.body)).toBe(201);
      return placed.body.id as string;
    };
    // Unleashed takes 1.5 s per order meanwhile, so the killed instance dies with imports in flight.
    await mock.control('POST', '/__control/faults', {
      kind: 'latency',
      latencyMs: 1_500,
      pathPrefix: '/SalesOrders',
      method: 'POST',
    });
    const before = await salesOrders();
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) ids.push(await placeOn(n % 2 ? second : first));
    await kill(second);
    const restarted = await startInstance('restarted');
    for (let n = 0; n < 4; n++) ids.push(await placeOn(n % 2 ? restarted : first));
    await mock.control('DELETE', '/__control/faults');

    await expect
      .poll(
        async () => (await Promise.all(ids.map(orderOf))).filter((o) => o.importState === 'imported').length,
        { timeout: 90_000, interval: 500 },
      )
      .toBe(10);
    for (const id of ids) expect(await salesOrdersNumbered((await orderOf(id)).unleashedOrderNumber)).toBe(1);
    expect(await salesOrders()).toBe(before + 10);
  }, 150_000);

  it('when the instance running a standing order run is killed in it, then another runs it: one order, one sales order', async () => {
    const [on] = running as [Instance];
    const token = await buyerOn(on);
    await call(on, 'DELETE', '/store/cart', token);
    await call(on, 'PUT', `/store/cart/lines/${plenty.guid}`, token, { quantity: 2 });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const made = await call(on, 'POST', '/store/standing-orders', token, {
      name: 'Killed mid-run',
      startDate: inAWeek,
      schedule: { frequency: 'weekly', every: 1 },
      deliveryAddress: { city: 'Auckland' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id: string = made.body.id;
    // The run of yesterday (due at 06:00 UTC, so due whenever this runs). Its claim is held: an uncommitted run
    // row with the claim's key, so whichever instance takes the job waits inside the run's transaction.
    const due = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(
      `INSERT INTO standing_order_runs (id, store_id, standing_order_id, due_date, outcome, ran_at)
       VALUES ($1, $2, $3, $4, 'running', now())`,
      [`${id}:${due}`, storeId, id, due],
    );
    // As if it had been made a week ago: the child processes run on the real clock.
    await sql(databaseUrl, 'UPDATE standing_orders SET start_date = $2, next_run_date = $2 WHERE id = $1', [
      id,
      due,
    ]);
    const before = await salesOrders();
    try {
      // A new instance's start catches up on due runs (or a running one's minute tick does first).
      const third = startInstance('third');
      // Whoever took the job waits on the held claim (a retry of the job, once it expired, waits behind it on
      // the standing order's row). Asked on a connection of its own: within the holder's transaction
      // pg_stat_activity would stay as it was at the transaction's first look.
      const waiting = async () =>
        (
          await sql(
            databaseUrl,
            `SELECT application_name FROM pg_stat_activity WHERE datname = current_database()
              AND wait_event_type = 'Lock' AND query ILIKE 'insert into "standing_order_runs"%'`,
          )
        ).map((r) => r.application_name as string);
      await expect
        .poll(async () => (await waiting()).length, { timeout: 70_000, interval: 100 })
        .toBeGreaterThan(0);
      const [runner] = await waiting();
      await third;
      await kill(running.find((r) => r.name === runner) as Instance);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }

    const [survivor] = running as [Instance];
    const detail = async () =>
      (await call(survivor, 'GET', `/store/standing-orders/${id}`, await buyerOn(survivor))).body;
    await expect
      .poll(async () => (await detail()).runs, { timeout: 30_000, interval: 250 })
      .toMatchObject([{ dueDate: due, outcome: 'placed' }]);
    const { orderId } = (await detail()).runs[0];
    await expect
      .poll(async () => (await orderOf(orderId)).importState, { timeout: 30_000, interval: 250 })
      .toBe('imported');
    const history = (await call(survivor, 'GET', '/store/orders?pageSize=100', await buyerOn(survivor))).body;
    expect(history.items.filter((o: Json) => o.standingOrderId === id)).toHaveLength(1);
    expect(await salesOrdersNumbered((await orderOf(orderId)).unleashedOrderNumber)).toBe(1);
    expect(await salesOrders()).toBe(before + 1);
  }, 120_000);

  it('when the instance sending an email is killed before the SMTP server accepted it, then another sends it, once, under the outbox Message-ID', async () => {
    const [sender] = running as [Instance];
    const address = 'oliver@demo-wholesale.example';
    const search = await call(sender, 'GET', `/admin/stores/${storeId}/customers?search=DEMO001`, adminToken);
    const { contacts } = search.body.items[0];
    const contact = [...contacts.active, ...contacts.pending, ...contacts.inactive].find(
      (c: Json) => c.email === address,
    );
    const held = catcher.holdRecipient(address);
    const invited = call(
      sender,
      'POST',
      `/admin/stores/${storeId}/contacts/${contact.guid}/invitation`,
      adminToken,
    ).catch(() => undefined);
    await held.reached;
    await kill(sender);
    held.release();
    await invited;

    const [survivor] = running as [Instance];
    const outbox = async () =>
      (
        await call(survivor, 'GET', `/admin/stores/${storeId}/outbox?pageSize=200`, adminToken)
      ).body.items.find((m: Json) => m.to.toLowerCase() === address);
    await expect.poll(async () => (await outbox())?.status, { timeout: 30_000, interval: 250 }).toBe('sent');
    const caught = catcher.messages.filter((m) => m.to.includes(address));
    expect(caught).toHaveLength(1);
    expect(caught[0]?.messageId).toBe((await outbox()).messageId);
    expect(caught[0]?.messageId).toMatch(/^<outbox-[0-9a-f-]+@/);
  }, 60_000);
});
