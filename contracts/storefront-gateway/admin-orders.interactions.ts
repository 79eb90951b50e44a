// The admin's dashboard and the orders page's search, day range and CSV export (issue 16 item 8), as
// storefront/src/admin/dashboard and admin/orders call them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_CUSTOMER, BUYER_EMAIL, EXAMPLES, SELLABLE_PRODUCT, STATES } from './contract.ts';
import { adminOfStore } from './givens.ts';
import { isoDateTime, isoDateTimeOrNull, oneOf, orNull, validationProblem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, eachLike, integer, regex } = MatchersV3;
const { storeId } = EXAMPLES;
const onStore = '/admin/stores/{storeId}';
const orderPlaced: Given = [STATES.orderPlaced, { email: BUYER_EMAIL, productCode: SELLABLE_PRODUCT }];
const isoDate = (example: string) => regex('^\\d{4}-\\d{2}-\\d{2}$', example);

export function adminOrdersContracts(): void {
  describe("the admin's dashboard and orders (issue 16 item 8)", () => {
    it('when the admin lands on the dashboard, then it shows the figures of each card', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, orderPlaced],
          as: 'admin',
          uponReceiving: "a request for the store's dashboard",
          method: 'GET',
          path: `${onStore}/dashboard`,
          status: 200,
          response: {
            day: isoDate('2026-12-07'),
            todaysOrders: { count: integer(1), total: like(37.95) },
            imports: { waiting: integer(1), failed: integer(0) },
            sync: {
              running: like(false),
              lastRunStatus: orNull('^(succeeded|failed|interrupted)$', 'succeeded'),
              lastRunFinishedAt: isoDateTimeOrNull('2026-12-07T09:00:00.000Z'),
              lastRunError: orNull('[\\s\\S]*', null),
            },
            invitations: { pending: integer(0), expired: integer(0) },
            standingOrders: { dueThisWeek: integer(0) },
          },
        },
        (api) => api.GET('/admin/stores/{storeId}/dashboard', { params: { path: { storeId } } }),
      );
      expect(data?.todaysOrders.count).toBe(1);
    });

    it('when the admin searches the orders by customer within a day range and import state, then the matching orders are listed', async () => {
      const query = {
        search: BUYER_CUSTOMER,
        importState: 'queued',
        placedFrom: '2000-01-01',
        placedTo: '2999-12-31',
      };
      const { data } = await exchange(
        {
          given: [...adminOfStore, orderPlaced],
          as: 'admin',
          uponReceiving: "a search of the store's orders by customer, import state and days placed",
          method: 'GET',
          path: `${onStore}/orders`,
          query,
          status: 200,
          response: shapes.page(
            eachLike({
              id: like('order-1'),
              customerCode: like(BUYER_CUSTOMER),
              placedByEmail: like(BUYER_EMAIL),
              importState: oneOf(['held', 'queued', 'imported', 'failed'], 'queued'),
              total: like(37.95),
              createdAt: isoDateTime(),
            }),
          ),
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/orders', {
            params: { path: { storeId }, query: { ...query, importState: 'queued' as const } },
          }),
      );
      expect(data?.items[0]?.customerCode).toBe(BUYER_CUSTOMER);
    });

    it('when the day range ends before it starts, then the answer is 400 validation-failed at placedTo', async () => {
      const query = { placedFrom: '2026-02-02', placedTo: '2026-02-01' };
      const { error } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: "a search of the store's orders with a day range that ends before it starts",
          method: 'GET',
          path: `${onStore}/orders`,
          query,
          status: 400,
          response: validationProblem('placedTo'),
        },
        (api) => api.GET('/admin/stores/{storeId}/orders', { params: { path: { storeId }, query } }),
      );
      expect(error?.errors?.[0]?.field).toBe('placedTo');
    });

    it('when the admin exports the orders, then a CSV attachment answers', async () => {
      const query = { search: BUYER_CUSTOMER };
      const { response } = await exchange(
        {
          given: [...adminOfStore, orderPlaced],
          as: 'admin',
          uponReceiving: "an export of the store's orders as CSV",
          method: 'GET',
          path: `${onStore}/orders/export.csv`,
          query,
          status: 200,
          responseHeaders: {
            'Content-Type': regex('^text/csv.*$', 'text/csv; charset=utf-8'),
            'Content-Disposition': regex(
              '^attachment; filename=".+\\.csv"$',
              'attachment; filename="orders.csv"',
            ),
          },
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/orders/export.csv', {
            params: { path: { storeId }, query },
            parseAs: 'blob',
          }),
      );
      expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
      // The rows are the store's own data (the API and browser tests read them); the pact pins the download.
      expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    });
  });
}
