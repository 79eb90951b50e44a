// An install of an earlier version keeps its data: the lowdb folder (.data/gateway) and the PostgreSQL table
// portal_records are copied into the new tables at first start — the admin still signs in with the same
// password, a signed-in admin stays signed in, the store keeps its settings and connection — and only once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMock, TEST_API_ID, TEST_API_KEY } from '../../mock-unleashed/test/harness.ts';
import { createLogger } from '../src/http/logging.ts';
import { legacyCollections } from '../src/legacy/legacy-collections.ts';
import { importLegacyData } from '../src/legacy/legacy-import.ts';
import { hashPassword } from '../src/security/passwords.ts';
import { SecretBox } from '../src/security/secret-box.ts';
import { hashToken, newToken } from '../src/security/tokens.ts';
import type { CollectionBackend } from '../src/storage/collections.ts';
import { LowdbBackend } from '../src/storage/lowdb-backend.ts';
import { PgBackend } from '../src/storage/pg-backend.ts';
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
  await old.flush();
}

async function expectKept(old: CollectionBackend) {
  const target = await freshDatabase();
  const sessionToken = newToken();
  await writeOldRecords(old, sessionToken);
  const logger = createLogger('silent');
  expect(await importLegacyData(target.db, old, legacyCollections(target.db), logger)).toBe(4);
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
    // The sealed key still opens: the store's connection works.
    expect((await gw.request('POST', '/admin/stores/store-1/sync', { token: admin })).status).toBe(202);
  } finally {
    await gw.close();
    await target.drop();
  }
}

describe('data of an earlier version', () => {
  it('when the gateway starts on an old lowdb folder, then the account, admin, session and store are kept', async () => {
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
