// A gateway restarted on its database (PostgreSQL, 127.0.0.1:5432 database `test`, a schema of its own): what an
// admin set up and what a sync brought in are still there after the restart.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startMock } from '../../mock-unleashed/test/harness.ts';
import { openDatabase } from '../src/db/connect.ts';
import { startGateway } from './harness.ts';

const DATABASE_URL = process.env.GATEWAY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `gw_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

afterAll(async () => {
  const pool = new pg.Pool({ connectionString: DATABASE_URL });
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

describe('a gateway restart', () => {
  it('when the gateway restarts, then the store, its synced products and a product status are still there', async () => {
    const mock = await startMock();
    try {
      const firstDb = await openDatabase({ url: DATABASE_URL, schema });
      const first = await startGateway({ mock, db: firstDb });
      let admin = await first.loginAdmin();
      const store = await first.request('POST', '/admin/stores', {
        token: admin,
        body: { name: 'Durable Store', adminEmail: 'orders@supplier.example', unleashed: first.unleashed },
      });
      expect(store.status).toBe(201);
      const storeId: string = store.body.id;
      const started = await first.request('POST', `/admin/stores/${storeId}/sync`, { token: admin });
      expect(started.status).toBe(202);
      for (let i = 0; i < 400; i++) {
        const { body } = await first.request('GET', `/admin/stores/${storeId}/sync`, { token: admin });
        if (!body.running && body.lastRun?.id === started.body.id) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const plenty = await first.request('GET', `/admin/stores/${storeId}/products?search=DEMO-PLENTY`, {
        token: admin,
      });
      const guid: string = plenty.body.items[0].guid;
      const listed = await first.request('PUT', `/admin/stores/${storeId}/products/${guid}/status`, {
        token: admin,
        body: { status: 'sellable' },
      });
      expect(listed.status).toBe(200);
      const before = await first.request('GET', `/admin/stores/${storeId}/products?pageSize=1`, {
        token: admin,
      });
      await first.close();
      await firstDb.close();

      const secondDb = await openDatabase({ url: DATABASE_URL, schema });
      const second = await startGateway({
        mock,
        db: secondDb,
        adminExists: true,
      });
      admin = await second.loginAdmin();
      const stores = await second.request('GET', '/admin/stores', { token: admin });
      expect(stores.body.items.map((s: { name: string }) => s.name)).toEqual(['Durable Store']);
      const after = await second.request('GET', `/admin/stores/${storeId}/products?search=DEMO-PLENTY`, {
        token: admin,
      });
      expect(after.body.items[0]).toMatchObject({ guid, status: 'sellable' });
      const count = await second.request('GET', `/admin/stores/${storeId}/products?pageSize=1`, {
        token: admin,
      });
      expect(count.body.total).toBe(before.body.total);
      await second.close();
      await secondDb.close();
    } finally {
      await mock.close();
    }
  });
});
