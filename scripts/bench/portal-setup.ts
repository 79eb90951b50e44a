// Bench helper: a running portal in this process — the mock Unleashed (a seed of the chosen size) and the gateway
// as production runs it (responses not re-validated, premium-plus plan) over the chosen storage — with one store
// synced, every product Sellable, and one buyer signed in through a real invitation.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createGateway, type Gateway } from '../../gateway/src/app.ts';
import { openDatabase } from '../../gateway/src/db/connect.ts';
import type { PortalDb } from '../../gateway/src/db/database.ts';
import type { Mailer, OutgoingMail } from '../../gateway/src/email/mailer.ts';
import { jobSchemaFor } from '../../gateway/src/jobs/job-engine.ts';
import { toSalesOrderWrite } from '../../gateway/src/unleashed/mapper.ts';
import { createApp as createMockApp } from '../../mock-unleashed/src/app.ts';
import { MockClock } from '../../mock-unleashed/src/clock.ts';
import { generateSeed } from '../../mock-unleashed/src/seed/index.ts';
import { openStore } from '../../mock-unleashed/src/store.ts';
import { BENCH_CREDENTIALS } from './common.ts';

/** The gateway's database: PGlite in memory, PGlite in a data folder (the embedded default), or PostgreSQL. */
export type StorageKind = 'memory' | 'pglite' | 'postgres';

const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchPortal {
  url: string;
  gateway: Gateway;
  /** The gateway's database (PostgreSQL: `schema` of `databaseUrl`). */
  db: PortalDb;
  databaseUrl: string;
  schema: string;
  storeId: string;
  /** The signed-in buyer's session token (send as `Authorization: Bearer`). */
  buyerToken: string;
  admin(method: string, path: string, body?: unknown): Promise<unknown>;
  buyer(method: string, path: string, body?: unknown): Promise<unknown>;
  /** One signed POST /SalesOrders of a copy of a stored order straight to the mock: ms (a latency baseline). */
  pushDirectly(): Promise<number>;
  /** Stops the gateway and the mock; `keepDatabase` leaves the PostgreSQL schema for another process. */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
  /** Drops the PostgreSQL schema a close kept. */
  dropDatabase(): Promise<void>;
}

const ADMIN = { email: 'admin@bench.example', password: 'BenchAdmin2026!' };

async function listen(app: { listen: (port: number, host: string) => import('node:http').Server }) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function call(url: string, method: string, path: string, token: string | undefined, body?: unknown) {
  const response = await fetch(url + path, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** Sets the portal up; `seed` 'large' uses `products` products. */
export async function startBenchPortal(options: {
  storage: StorageKind;
  dataDir?: string;
  seed: 'default' | 'large';
  products?: number;
  customers?: number;
}): Promise<BenchPortal> {
  const sizes = { products: options.products ?? 10_000, customers: options.customers ?? 200 };
  const mockStore = await openStore(undefined, () => generateSeed(options.seed, { seedNumber: 7, ...sizes }));
  const mock = await listen(
    createMockApp({
      store: mockStore,
      clock: new MockClock(),
      credentials: BENCH_CREDENTIALS,
      validateResponses: false,
      largeSizes: sizes,
    }),
  );

  const mails: OutgoingMail[] = [];
  const mailer: Mailer = {
    deliver: async (mail) => {
      mails.push(mail);
      return { messageId: `<${mails.length}@bench>` };
    },
    close: () => {},
  };
  if (options.storage === 'pglite' && !options.dataDir) throw new Error('pglite needs a data folder');
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const db = await openDatabase(
    options.storage === 'postgres'
      ? { url: DATABASE_URL, schema }
      : { dataDir: options.storage === 'pglite' ? (options.dataDir as string) : 'memory' },
  );
  const gateway = await createGateway({
    db,
    masterKey: 'bench-master-key',
    validateResponses: false,
    account: { name: 'Bench Supplier', plan: 'premium-plus' },
    mailer,
    // These benches measure polling and serving; bench:webhooks measures webhooks.
    webhooks: { subscribe: false },
  });
  await gateway.services.admins.createAdmin(ADMIN.email, 'Bench Admin', ADMIN.password);
  const { server, url } = await listen(gateway.app);
  const adminToken = ((await call(url, 'POST', '/admin/login', undefined, ADMIN)) as { token: string }).token;
  const store = (await call(url, 'POST', '/admin/stores', adminToken, {
    name: 'Bench Store',
    adminEmail: 'orders@bench.example',
    unleashed: { ...BENCH_CREDENTIALS, baseUrl: mock.url },
    warehouseCodes: ['MAIN', 'NORTH'],
  })) as { id: string };
  const admin = (method: string, path: string, body?: unknown) =>
    call(url, method, `/admin/stores/${store.id}${path}`, adminToken, body);

  await syncNow(admin);
  await makeAllSellable(admin);

  // The first customer in the store with an ordering contact that has an email gets a login.
  type Contact = { guid: string; email: string | null; forOrdering: boolean; syncState: string };
  const page = (await admin('GET', '/customers?pageSize=200&inStore=true')) as {
    items: { contacts: Record<'active' | 'pending' | 'inactive', Contact[]> }[];
  };
  const contact = page.items
    .flatMap((customer) => customer.contacts.inactive)
    .find((c) => c.email && c.forOrdering && c.syncState === 'synced');
  if (!contact) throw new Error('the seed has no customer with an ordering contact that has an email');
  await admin('POST', `/contacts/${contact.guid}/invitation`);
  const mail = mails.findLast((m) => m.to.toLowerCase() === contact.email?.toLowerCase());
  const token = /\/invitations\/([\w-]{20,})/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error('no invitation link was mailed');
  const session = (await call(url, 'POST', '/store/invitations/accept', undefined, {
    token,
    password: 'BenchBuyer2026!',
  })) as { token: string };

  const dropDatabase = async () => {
    if (options.storage !== 'postgres') return;
    const pool = new pg.Pool({ connectionString: DATABASE_URL });
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.query(`DROP SCHEMA IF EXISTS "${jobSchemaFor(schema)}" CASCADE`);
    await pool.end();
  };
  return {
    url,
    gateway,
    db,
    storeId: store.id,
    buyerToken: session.token,
    admin,
    buyer: (method, path, body) => call(url, method, path, session.token, body),
    async pushDirectly() {
      const { stores, orders, clients } = gateway.services;
      const record = await stores.get(store.id);
      const [order] = (await orders.list(store.id, {}, { page: 1, pageSize: 1 })).items;
      if (!order) throw new Error('no stored order to copy');
      const guid = randomUUID();
      const body = toSalesOrderWrite({ ...order, unleashedGuid: guid }, record);
      const started = performance.now();
      await clients(record).post(`/SalesOrders/${guid}`, body);
      return performance.now() - started;
    },
    databaseUrl: DATABASE_URL,
    schema,
    async close({ keepDatabase = false } = {}) {
      await gateway.shutdown();
      server.closeAllConnections();
      mock.server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve) => mock.server.close(resolve));
      await db.close();
      if (!keepDatabase) await dropDatabase();
    },
    dropDatabase,
  };
}

async function syncNow(admin: BenchPortal['admin']) {
  const started = (await admin('POST', '/sync')) as { id: string };
  for (;;) {
    const state = (await admin('GET', '/sync')) as { running: boolean; lastRun?: { id: string } };
    if (!state.running && state.lastRun?.id === started.id) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every product that is not obsolete becomes Sellable (the bulk action refuses a selection with obsolete ones). */
async function makeAllSellable(admin: BenchPortal['admin']) {
  const guids: string[] = [];
  for (let page = 1; ; page++) {
    const { items } = (await admin('GET', `/products?page=${page}&pageSize=200`)) as {
      items: { guid: string; obsolete: boolean }[];
    };
    guids.push(...items.filter((p) => !p.obsolete).map((p) => p.guid));
    if (items.length < 200) break;
  }
  for (let at = 0; at < guids.length; at += 10_000)
    await admin('POST', '/products/status', {
      status: 'sellable',
      productGuids: guids.slice(at, at + 10_000),
    });
}
