// The admin's account, store settings and sync pages (storefront/src/admin/…) against the gateway.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { STATES, STORE_NAME } from './contract.ts';
import { adminOfStore } from './givens.ts';
import { isoDateTimeOrNull, problem, validationProblem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { eachLike, integer } = MatchersV3;
const storePath = '/admin/stores/{storeId}';

export function adminStoreContracts(): void {
  describe('the account and the stores (R7, R8)', () => {
    it('when the account page opens, then it shows the plan, its limits and the usage per store', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for the account',
          method: 'GET',
          path: '/admin/account',
          status: 200,
          response: shapes.account,
        },
        (api) => api.GET('/admin/account'),
      );
      expect(data?.usage.perStore?.[0]?.customers).toBe(150);
    });

    it('when the admin opens the portal, then the stores are listed', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for the stores',
          method: 'GET',
          path: '/admin/stores',
          status: 200,
          response: { items: eachLike(shapes.store) },
        },
        (api) => api.GET('/admin/stores'),
      );
      expect(data?.items[0]?.name).toBe(STORE_NAME);
    });

    it('when the settings page opens, then it shows the store settings', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for one store',
          method: 'GET',
          path: storePath,
          status: 200,
          response: shapes.store,
        },
        (api) => api.GET('/admin/stores/{storeId}', { params: { path: { storeId: 'store-1' } } }),
      );
      expect(data?.warehouseCodes).toEqual(['MAIN']);
    });

    it('when settings are saved, then the store answers with them (R8)', async () => {
      const body = { syncIntervalMinutes: 30 };
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a change of the sync interval',
          method: 'PATCH',
          path: storePath,
          body,
          status: 200,
          response: { ...shapes.store, syncIntervalMinutes: integer(30) },
        },
        (api) => api.PATCH('/admin/stores/{storeId}', { params: { path: { storeId: 'store-1' } }, body }),
      );
      expect(data?.syncIntervalMinutes).toBe(30);
    });

    it('when a setting is out of range, then the answer is 400 validation-failed naming the field', async () => {
      const body = { syncIntervalMinutes: 0 };
      const { error } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a change of the sync interval to 0 minutes',
          method: 'PATCH',
          path: storePath,
          body,
          status: 400,
          response: validationProblem('syncIntervalMinutes'),
        },
        (api) => api.PATCH('/admin/stores/{storeId}', { params: { path: { storeId: 'store-1' } }, body }),
      );
      expect(error?.errors?.[0]?.field).toBe('syncIntervalMinutes');
    });
  });

  describe('the sync page (B1)', () => {
    const storeId = { params: { path: { storeId: 'store-1' } } };

    it('when the sync page opens, then it shows the last run and when the next one is due', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for the sync status of an idle store',
          method: 'GET',
          path: `${storePath}/sync`,
          status: 200,
          response: { running: null, lastRun: shapes.syncRun, nextRunAt: isoDateTimeOrNull(null) },
        },
        (api) => api.GET('/admin/stores/{storeId}/sync', storeId),
      );
      expect(data?.lastRun?.status).toBe('succeeded');
    });

    it('when the sync page opens, then it lists the last ten runs', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for the last ten sync runs',
          method: 'GET',
          path: `${storePath}/sync/runs`,
          query: { limit: '10' },
          status: 200,
          response: { items: eachLike(shapes.syncRun) },
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/sync/runs', {
            params: { path: { storeId: 'store-1' }, query: { limit: 10 } },
          }),
      );
      expect(data?.items[0]?.trigger).toBe('manual');
    });

    it('when the admin starts a sync, then it is running', async () => {
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request to sync now',
          method: 'POST',
          path: `${storePath}/sync`,
          status: 202,
          response: { ...shapes.syncRun, status: 'running', trigger: 'manual' },
        },
        (api) => api.POST('/admin/stores/{storeId}/sync', storeId),
      );
      expect(data?.status).toBe('running');
    });

    it('when a sync is already running, then the answer is 409 sync-already-running', async () => {
      const { error } = await exchange(
        {
          given: [...adminOfStore, [STATES.syncRunning, { storeName: STORE_NAME }]],
          as: 'admin',
          uponReceiving: 'a request to sync now while a sync runs',
          method: 'POST',
          path: `${storePath}/sync`,
          status: 409,
          response: problem('sync-already-running', 409),
        },
        (api) => api.POST('/admin/stores/{storeId}/sync', storeId),
      );
      expect(error?.type).toMatch(/sync-already-running$/);
    });
  });
}
