// The admin's audit trail (B5): the page's filtered list, a day range that ends before it starts, and the CSV
// export, as storefront/src/admin/audit calls them.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange } from './consumer-kit.ts';
import { EXAMPLES } from './contract.ts';
import { adminOfStore } from './givens.ts';
import { isoDateTime, orNull, validationProblem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { like, eachLike, regex } = MatchersV3;
const { storeId } = EXAMPLES;
const onStore = '/admin/stores/{storeId}';

export function adminAuditContracts(): void {
  describe('the audit trail (B5)', () => {
    it('when the admin filters the trail to the store record, then its entries are listed with who, what and when', async () => {
      const query = { recordType: 'store' as const, from: '2000-01-01' };
      const { data } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: "a request for the store's audit entries about the store itself",
          method: 'GET',
          path: `${onStore}/audit`,
          query,
          status: 200,
          response: {
            ...shapes.page(
              eachLike({
                id: like('entry-1'),
                at: isoDateTime(),
                adminEmail: orNull('.+', 'admin@supplier.example'),
                kind: like('store-settings-changed'),
                recordType: regex('^store$', 'store'),
                recordId: like('store-1'),
                summary: like('Store Trade Store created'),
              }),
            ),
            retentionDays: orNull('\\d+', null),
          },
        },
        (api) => api.GET('/admin/stores/{storeId}/audit', { params: { path: { storeId }, query } }),
      );
      expect(data?.items[0]?.recordType).toBe('store');
    });

    it('when the day range ends before it starts, then the answer is 400 validation-failed at to', async () => {
      const query = { from: '2026-02-02', to: '2026-02-01' };
      const { error } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'a request for the audit entries with a day range that ends before it starts',
          method: 'GET',
          path: `${onStore}/audit`,
          query,
          status: 400,
          response: validationProblem('to'),
        },
        (api) => api.GET('/admin/stores/{storeId}/audit', { params: { path: { storeId }, query } }),
      );
      expect(error?.errors?.[0]?.field).toBe('to');
    });

    it('when the admin exports the trail, then a CSV attachment answers', async () => {
      const query = { recordType: 'store' as const };
      const { response } = await exchange(
        {
          given: adminOfStore,
          as: 'admin',
          uponReceiving: 'an export of the audit entries as CSV',
          method: 'GET',
          path: `${onStore}/audit/export.csv`,
          query,
          status: 200,
          responseHeaders: {
            'Content-Type': regex('^text/csv.*$', 'text/csv; charset=utf-8'),
            'Content-Disposition': regex(
              '^attachment; filename=".+\\.csv"$',
              'attachment; filename="audit.csv"',
            ),
          },
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/audit/export.csv', {
            params: { path: { storeId }, query },
            parseAs: 'blob',
          }),
      );
      expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
    });
  });
}
