// An install of an earlier version keeps its data: the lowdb folder (.data/gateway) and the PostgreSQL table
// portal_records are copied into the new tables at first start — the admin still signs in with the same
// password, a signed-in admin stays signed in, the store keeps its settings and connection, a buyer its login
// — and only once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMock, TEST_API_ID, TEST_API_KEY } from '../../mock-unleashed/test/harness.ts';
import { createLogger } from '../src/http/logging.ts';
import type { Collection, CollectionBackend } from '../src/legacy/collections.ts';
import { legacyCollections } from '../src/legacy/legacy-collections.ts';
import { importLegacyData } from '../src/legacy/legacy-import.ts';
import { LowdbBackend } from '../src/legacy/lowdb-backend.ts';
import { PgBackend } from '../src/legacy/pg-backend.ts';
import { hashPassword } from '../src/security/passwords.ts';
import { SecretBox } from '../src/security/secret-box.ts';
import { hashToken, newToken } from '../src/security/tokens.ts';
import { freshDatabase, TEST_DATABASE_URL } from './database.ts';
import { ADMIN, startGateway } from './harness.ts';

const mock = await startMock();
const folders: string[] = [];
afterAll(async () => {
  await mock.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes what an earlier version stored: the account, an admin with a live session, and a connected store. */
async function writeOldRecords(old: CollectionBackend, sessionToken: string) {
  const now = new Date();
  const collection = (concern: string, name: string) =>
    old.collection<{ id: string } & Record<string, unknown>>(concern, name);
  await (await collection('account', 'account')).put({
    id: 'account',
    name: 'Old Supplier',
    plan: 'premium',
  });
  await (await collection('auth', 'admins')).put({
    id: 'admin-1',
    email: ADMIN.email,
    name: ADMIN.name,
    passwordHash: await hashPassword(ADMIN.password),
    createdAt: '2026-01-05T08:00:00.000Z',
  });
  await (await collection('auth', 'sessions')).put({
    id: 'session-1',
    tokenHash: hashToken(sessionToken),
    kind: 'admin',
    subjectId: 'admin-1',
    storeId: null,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
    revokedAt: null,
  });
  await (await collection('stores', 'stores')).put({
    id: 'store-1',
    name: 'Kept Store',
    adminEmail: 'orders@supplier.example',
    importStatus: 'Parked',
    warehouseCodes: ['MAIN'],
    orderWarehouseCode: 'MAIN',
    taxCode: 'G.S.T.',
    defaultTaxRate: 0.15,
    syncIntervalMinutes: 30,
    autoAddCustomers: false,
    showStockCounts: false,
    orderStatuses: { complete: { label: 'Delivered' } },
    unleashed: {
      apiId: TEST_API_ID,
      apiKey: new SecretBox('test-master-key').seal(TEST_API_KEY),
      baseUrl: mock.url,
      connectedAt: '2026-01-05T08:05:00.000Z',
    },
    createdAt: '2026-01-05T08:05:00.000Z',
  });
  await writeOldBuyerRecords(collection);
  await old.flush();
}

const OLD_BUYER = { email: 'pat@old-customer.example', password: 'OldBuyer2026' };

/** A customer in the store with a contact that had accepted its invitation, and the store's logs about it. */
async function writeOldBuyerRecords(
  collection: (
    concern: string,
    name: string,
  ) => Promise<Collection<{ id: string } & Record<string, unknown>>>,
) {
  const at = '2026-01-06T08:00:00.000Z';
  await (await collection('customers', 'customers')).put({
    ...{ id: 'store-1:cust-1', storeId: 'store-1', guid: 'cust-1', code: 'OLD001', name: 'Old Customer Ltd' },
    ...{ customerType: 'Retail', currency: 'NZD', taxable: true, taxCode: 'G.S.T.', taxRate: 0.15 },
    ...{ discountRate: 0, sellPriceTier: null, addresses: [], obsolete: false, inStore: true, addedAt: at },
    ...{ modifiedAt: at, syncedAt: at },
  });
  const contact = {
    ...{ storeId: 'store-1', lastName: null, email: OLD_BUYER.email, isDefault: true, forOrdering: true },
    ...{ syncState: 'synced', modifiedAt: at, syncedAt: at },
  };
  // The second contact's customer is gone from the old storage: it is left behind.
  await (await collection('customers', 'contacts')).put(
    { ...contact, id: 'store-1:pat', guid: 'pat', customerGuid: 'cust-1', firstName: 'Pat' },
    { ...contact, id: 'store-1:lost', guid: 'lost', customerGuid: 'gone', firstName: 'Lost' },
  );
  await (await collection('invitations', 'invitations')).put({
    ...{
      id: 'inv-1',
      storeId: 'store-1',
      contactGuid: 'pat',
      customerGuid: 'cust-1',
      email: OLD_BUYER.email,
    },
    ...{ tokenHash: hashToken(newToken()), status: 'accepted', createdAt: at, expiresAt: at, closedAt: at },
  });
  await (await collection('invitations', 'logins')).put({
    ...{ id: 'store-1:pat', storeId: 'store-1', contactGuid: 'pat', customerGuid: 'cust-1' },
    ...{ email: OLD_BUYER.email, passwordHash: await hashPassword(OLD_BUYER.password), createdAt: at },
  });
  await (await collection('notifications', 'notifications')).put({
    ...{ id: 'note-1', storeId: 'store-1', kind: 'invitation-expired', message: 'An old notice' },
    ...{ contactGuid: 'pat', customerGuid: 'cust-1', createdAt: at },
  });
  await (await collection('acting', 'sessions')).put({
    ...{
      id: 'acting-1',
      storeId: 'store-1',
      adminId: 'admin-1',
      adminEmail: ADMIN.email,
      adminName: ADMIN.name,
    },
    ...{ adminSessionId: 'session-1', customerGuid: 'cust-1', customerCode: 'OLD001' },
    ...{ customerName: 'Old Customer Ltd', startedAt: at, endedAt: at, endReason: 'stopped' },
  });
}

async function expectKept(old: CollectionBackend) {
  const target = await freshDatabase();
  const sessionToken = newToken();
  await writeOldRecords(old, sessionToken);
  const logger = createLogger('silent');
  expect(await importLegacyData(target.db, old, legacyCollections(target.db), logger)).toBe(11);
  expect(await importLegacyData(target.db, old, legacyCollections(target.db), logger)).toBe(0);

  const gw = await startGateway({ mock, db: target.db, adminExists: true });
  try {
    expect((await gw.request('GET', '/admin/me', { token: sessionToken })).body).toMatchObject({
      email: ADMIN.email,
    });
    const admin = await gw.loginAdmin();
    expect(admin).toEqual(expect.any(String));
    const account = await gw.request('GET', '/admin/account', { token: admin });
    expect(account.body).toMatchObject({ name: 'Old Supplier', plan: 'premium' });
    const store = await gw.request('GET', '/admin/stores/store-1', { token: admin });
    expect(store.body).toMatchObject({
      name: 'Kept Store',
      importStatus: 'Parked',
      syncIntervalMinutes: 30,
      showStockCounts: false,
      outOfStockPolicy: 'visible',
      unleashed: { apiId: TEST_API_ID, baseUrl: mock.url },
    });
    expect(store.body.orderStatuses.complete).toEqual({ label: 'Delivered', notifyBuyer: true });
    const customers = await gw.request('GET', '/admin/stores/store-1/customers', { token: admin });
    expect(customers.body.items).toMatchObject([{ code: 'OLD001', contactsSummary: '1 Active' }]);
    const buyer = await gw.request('POST', '/store/login', { body: { storeId: 'store-1', ...OLD_BUYER } });
    expect(buyer.body.buyer?.customer).toMatchObject({ code: 'OLD001' });
    const log = await gw.request('GET', '/admin/stores/store-1/acting-log', { token: admin });
    expect(log.body.items).toMatchObject([{ id: 'acting-1', endReason: 'stopped' }]);
    const notes = await gw.request('GET', '/admin/stores/store-1/notifications', { token: admin });
    expect(notes.body.items).toMatchObject([{ id: 'note-1' }]);
    // The sealed key still opens: the store's connection works.
    expect((await gw.request('POST', '/admin/stores/store-1/sync', { token: admin })).status).toBe(202);
  } finally {
    await gw.close();
    await target.drop();
  }
}

describe('data of an earlier version', () => {
  it('when the gateway starts on an old lowdb folder, then the account, admin, session, store, customers and buyer access are kept', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'legacy-lowdb-'));
    folders.push(folder);
    await expectKept(new LowdbBackend(folder));
  });

  it('when the gateway starts on a database with the old portal_records table, then they are kept', async () => {
    const holder = await freshDatabase();
    const old = PgBackend.fromUrl(TEST_DATABASE_URL, holder.schema);
    try {
      await expectKept(old);
    } finally {
      await old.close();
      await holder.drop();
    }
  });
});
