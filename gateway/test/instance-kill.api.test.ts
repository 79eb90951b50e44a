// Two gateway processes (gateway/src/main.ts, as production runs them) on one PostgreSQL database: started at
// the same moment they bootstrap one admin and one store; ten orders placed across both while one is killed
// (SIGKILL, in the middle of its imports) and started again are all imported, each as exactly one sales order.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock, TEST_API_ID, TEST_API_KEY } from '../../mock-unleashed/test/harness.ts';
import { DEMO_ADMIN, DEMO_BUYER } from '../src/config.ts';
import { type SmtpCatcher, startSmtpCatcher } from '../src/email/smtp-catcher.ts';
import { TEST_DATABASE_URL } from './database.ts';
import { type GatewayProcess, startGatewayProcess } from './gateway-process.ts';

const database = `kill_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const databaseUrl = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
})();

type Instance = GatewayProcess;

let mock: RunningMock;
let catcher: SmtpCatcher;
const running: Instance[] = [];

async function admin(query: string) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/** Starts `node gateway/src/main.ts` on the test database and resolves once it listens. */
async function startInstance(): Promise<Instance> {
  const instance = await startGatewayProcess({
    databaseUrl,
    unleashedUrl: mock.url,
    apiId: TEST_API_ID,
    apiKey: TEST_API_KEY,
    smtpPort: catcher.smtpPort,
    extra: { JOBS_MAINTENANCE_SECONDS: '1' },
  });
  running.push(instance);
  return instance;
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

beforeAll(async () => {
  await admin(`CREATE DATABASE ${database}`);
  [mock, catcher] = await Promise.all([startMock(), startSmtpCatcher({ smtpPort: 0, httpPort: 0 })]);
}, 60_000);

afterAll(async () => {
  for (const { child } of running) child.kill('SIGKILL');
  await Promise.all([mock?.close(), catcher?.close()]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

describe('two gateway processes on one database', () => {
  it('when both start at once, then there is one admin and one store; when one is killed mid-import and restarted, every order is imported once', async () => {
    const [first, second] = await Promise.all([startInstance(), startInstance()]);
    const adminToken = (await call(first, 'POST', '/admin/login', undefined, DEMO_ADMIN)).body.token;
    const stores = (await call(second, 'GET', '/admin/stores', adminToken)).body.items;
    expect(stores).toHaveLength(1);
    const storeId: string = stores[0].id;
    const buyerLogin = { storeId, email: DEMO_BUYER.email, password: DEMO_BUYER.password };
    const buyerOn = async (instance: Instance) =>
      (await call(instance, 'POST', '/store/login', undefined, buyerLogin)).body.token as string;
    const plenty = (await call(first, 'GET', '/store/products/DEMO-PLENTY', await buyerOn(first))).body;

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
    const salesOrders = async () =>
      (await mock.call('GET', '/SalesOrders?pageSize=1')).body.Pagination.NumberOfItems as number;
    const before = await salesOrders();
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) ids.push(await placeOn(n % 2 ? second : first));
    second.child.kill('SIGKILL');
    const restarted = await startInstance();
    for (let n = 0; n < 4; n++) ids.push(await placeOn(n % 2 ? restarted : first));
    await mock.control('DELETE', '/__control/faults');

    const orderOf = async (id: string) =>
      (await call(first, 'GET', `/admin/stores/${storeId}/orders/${id}`, adminToken)).body;
    await expect
      .poll(
        async () => (await Promise.all(ids.map(orderOf))).filter((o) => o.importState === 'imported').length,
        {
          timeout: 90_000,
          interval: 500,
        },
      )
      .toBe(10);
    for (const id of ids) {
      const { unleashedOrderNumber } = await orderOf(id);
      const found = await mock.call('GET', `/SalesOrders?orderNumber=${unleashedOrderNumber}`);
      expect(found.body.Items).toHaveLength(1);
    }
    expect(await salesOrders()).toBe(before + 10);
  }, 150_000);
});
