// Each customer's store-only ordering choices (B7): whether every order must carry a purchase-order reference.
// A row of its own (not a customers column) so that no sync ever writes over it; no row means the defaults.
import type { PortalDb } from '../db/database.ts';
import { fromStoreRows } from '../db/store-rows.ts';
import { upsertRow } from '../db/upsert-row.ts';

export interface CustomerOrderSettings {
  purchaseOrderRefRequired: boolean;
}

export const DEFAULT_CUSTOMER_ORDER_SETTINGS: CustomerOrderSettings = { purchaseOrderRefRequired: false };

export interface CustomerOrderSettingsRepo {
  get(storeId: string, customerGuid: string): Promise<CustomerOrderSettings>;
  save(storeId: string, customerGuid: string, settings: CustomerOrderSettings, now: string): Promise<void>;
}

export function createCustomerOrderSettingsRepo(db: PortalDb): CustomerOrderSettingsRepo {
  return {
    get: async (storeId, customerGuid) => {
      const row = await fromStoreRows(db, 'customerOrderSettings', storeId)
        .select('purchaseOrderRefRequired')
        .where('customerGuid', '=', customerGuid)
        .executeTakeFirst();
      return row ?? { ...DEFAULT_CUSTOMER_ORDER_SETTINGS };
    },
    save: async (storeId, customerGuid, { purchaseOrderRefRequired }, now) => {
      await upsertRow(db, 'customerOrderSettings', ['storeId', 'customerGuid'], {
        storeId,
        customerGuid,
        purchaseOrderRefRequired,
        updatedAt: now,
      });
    },
  };
}
