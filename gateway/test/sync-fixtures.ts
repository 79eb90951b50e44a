// What the sync API tests share: a store pointed at the running mock, the engine over the test file's database
// with fakes for plan limits and buyer sessions, a queued order builder, and a snapshot of everything a sync
// stores (to compare a sync that met trouble with a clean one).

import { randomUUID } from 'node:crypto';
import { type RunningMock, TEST_API_ID, TEST_API_KEY } from '../../mock-unleashed/test/harness.ts';
import { liftSentence } from '../src/account/plans.ts';
import { catalogueSyncTarget } from '../src/catalogue/catalogue.reader.ts';
import { createCatalogueRepo } from '../src/catalogue/catalogue.repo.ts';
import { createCataloguesRepo } from '../src/custom-catalogues/catalogues.repo.ts';
import { createCustomersRepo } from '../src/customers/customers.repo.ts';
import type { PortalDb } from '../src/db/database.ts';
import { createOrdersRepo } from '../src/orders/orders.repo.ts';
import type { Order } from '../src/orders/orders.types.ts';
import { SecretBox } from '../src/security/secret-box.ts';
import type { Store } from '../src/stores/stores.types.ts';
import { createSyncRepo } from '../src/sync/sync.repo.ts';
import { createSyncEngine, type SyncEngineDeps } from '../src/sync/sync.service.ts';
import type { SyncResource, SyncRun } from '../src/sync/sync.types.ts';
import { type ClientTuning, createClientFactory } from '../src/unleashed/client-factory.ts';
import { fileDatabase } from './file-database.ts';

export const secrets = new SecretBox('sync-tests-master-key');
export const FAST: ClientTuning = { backoffBaseMs: 1, backoffMaxMs: 5, retries: 3, timeoutMs: 5000 };

export function buildStore(baseUrl: string, overrides: Partial<Store> = {}): Store {
  return {
    id: `store-${randomUUID().slice(0, 8)}`,
    name: 'Test Store',
    adminEmail: 'admin@store.example',
    importStatus: 'Placed',
    warehouseCodes: ['MAIN', 'NORTH'],
    orderWarehouseCode: 'MAIN',
    taxCode: 'G.S.T.',
    defaultTaxRate: 0.15,
    syncIntervalMinutes: 15,
    autoAddCustomers: true,
    unleashed: {
      apiId: TEST_API_ID,
      apiKey: secrets.seal(TEST_API_KEY),
      baseUrl,
      connectedAt: '2026-11-01T00:00:00Z',
    },
    createdAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

export interface SyncSetup {
  store: Store;
  db: PortalDb;
  repos: Awaited<ReturnType<typeof openRepos>>;
  engine: ReturnType<typeof createSyncEngine>;
  /** Contact GUIDs whose logins the sync revoked, in order. */
  revoked: string[];
  /** Remaining customer room the fake plan reports (null = unlimited). */
  limits: { room: number | null };
}

export function openRepos(db: PortalDb) {
  return {
    syncRepo: createSyncRepo(db),
    catalogue: createCatalogueRepo(db),
    customers: createCustomersRepo(db),
    orders: createOrdersRepo(db),
  };
}

/** An engine for `store` over `db` (the test file's database unless given): pass one to share state, as a restarted process does. */
export async function setUpSync(
  store: Store,
  options: {
    db?: PortalDb;
    tuning?: ClientTuning;
    pageSize?: number;
    room?: number | null;
  } & Partial<Pick<SyncEngineDeps, 'onProgress' | 'clientFor' | 'clock'>> = {},
): Promise<SyncSetup> {
  const db = options.db ?? (await fileDatabase());
  const repos = openRepos(db);
  const revoked: string[] = [];
  const limits = { room: options.room === undefined ? null : options.room };
  const engine = createSyncEngine({
    ...repos,
    catalogue: catalogueSyncTarget(repos.catalogue, createCataloguesRepo(db)),
    stores: { get: async (id) => (id === store.id ? store : undefined) },
    clientFor: options.clientFor ?? createClientFactory(secrets, options.tuning ?? FAST),
    limits: {
      customersAllowed: async (storeId) =>
        limits.room === null
          ? null
          : Math.max(0, limits.room - (await repos.customers.countInStore(storeId))),
      // The room of 100 is the Base plan's.
      customersLift: async (storeId) =>
        liftSentence('base', 'customers', (await repos.customers.countInStore(storeId)) + 1),
      productsAllowed: async () => null,
      productsLift: async () => '',
    },
    sessions: { revokeContact: async (_storeId, guid) => void revoked.push(guid) },
    clock: options.clock ?? { now: () => new Date() },
    pageSize: options.pageSize,
    onProgress: options.onProgress,
    transaction: (work) => db.transaction(work),
  });
  return { store, db, repos, engine, revoked, limits };
}

export const resultOf = (run: SyncRun, resource: SyncResource) => {
  const result = run.resources.find((r) => r.resource === resource);
  if (!result) throw new Error(`no ${resource} in run`);
  return result;
};

/** Per resource: [added, changed, removed]. */
export const countsOf = (run: SyncRun) =>
  Object.fromEntries(run.resources.map((r) => [r.resource, [r.added, r.changed, r.removed]]));

export const callsOf = (run: SyncRun) => Object.fromEntries(run.resources.map((r) => [r.resource, r.calls]));

/** Everything the sync stored for the store, without the times that differ from one sync to the next. */
export async function snapshot(setup: SyncSetup) {
  const { catalogue, customers, orders } = setup.repos;
  const id = setup.store.id;
  const strip = <T extends object>(records: T[]) =>
    records
      .map((record) =>
        Object.fromEntries(
          Object.entries(record).filter(
            ([k]) => !['syncedAt', 'addedAt', 'updatedAt', 'id', 'storeId'].includes(k),
          ),
        ),
      )
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const allCustomers = await customers.listCustomers(id);
  return {
    products: strip(await catalogue.listProducts(id)),
    categories: strip(await catalogue.listCategories(id)),
    tiers: strip(await catalogue.listPriceTiers(id)),
    rules: strip(await catalogue.listPriceRules(id)),
    stock: strip(await catalogue.listStockLevels(id)),
    customers: strip(allCustomers),
    contacts: strip(await customers.listContacts(id)),
    orders: strip(
      allCustomers.length
        ? (await Promise.all(allCustomers.map((c) => orders.listByCustomer(id, c.guid)))).flat()
        : [],
    ),
  };
}

/** A store order waiting to be imported (as the ordering issue will save one). */
export function buildOrder(
  store: Store,
  customer: { guid: string; code: string },
  overrides: Partial<Order> = {},
): Order {
  const now = new Date().toISOString();
  return {
    id: `W-${randomUUID().slice(0, 6)}`,
    storeId: store.id,
    unleashedGuid: randomUUID(),
    customerGuid: customer.guid,
    customerCode: customer.code,
    placedByEmail: 'dana@demo-wholesale.example',
    status: 'processing',
    importState: 'queued',
    importError: null,
    importAttempts: 0,
    unleashedOrderNumber: null,
    unleashedStatus: null,
    deliveryAddress: null,
    comment: null,
    lines: [],
    charges: [],
    taxCode: store.taxCode,
    taxRate: 0.15,
    subTotal: 0,
    taxTotal: 0,
    total: 0,
    createdAt: now,
    importedAt: null,
    completedAt: null,
    updatedAt: now,
    ...overrides,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the tests read the mock's wire records field by field
type Wire = any;

/** What the mock holds, read through its own API, to compute what a sync should store. */
export async function readMockAccount(mock: RunningMock) {
  const list = async (path: string): Promise<Wire[]> => {
    const { status, body } = await mock.call('GET', path);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
    return body.Items;
  };
  const stock = async (warehouse: string) =>
    new Map<string, Wire>(
      (await list(`/StockOnHand/1?pageSize=1000&warehouseCode=${warehouse}`)).map((row) => [
        row.ProductGuid,
        row,
      ]),
    );
  return {
    products: await list('/Products/1?pageSize=1000&includeObsolete=true'),
    customers: await list('/Customers/1?pageSize=1000&includeObsolete=true&includeAllContacts=true'),
    stock: { MAIN: await stock('MAIN'), NORTH: await stock('NORTH') },
  };
}

/** The contacts R9 syncs: every active customer's default contact and its other contacts set for ordering. */
export function eligibleContacts(customers: Wire[]): Wire[] {
  return customers
    .filter((customer) => !customer.Obsolete)
    .flatMap((customer) => (customer.Contacts as Wire[]).map((contact) => ({ ...contact, customer })))
    .filter((contact) => contact.IsDefault || contact.ForOrdering);
}
