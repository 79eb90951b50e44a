// The store's order-rule settings (B4) as rows: the store's minimum order value and default quantity rule, the
// minimum order values per customer type and per customer, and per-product quantity overrides for the store
// (customer '') or one customer. Store-only: no sync writes these tables. Replacing a set is one transaction.
import type { PortalDb } from '../db/database.ts';
import { deleteStoreRows, selectStoreRows } from '../db/store-rows.ts';
import { upsertRow } from '../db/upsert-row.ts';
import type { QuantityRule } from './quantity-rules.ts';

export interface StoreOrderRules {
  minimumOrderValue: number | null;
  defaultQuantityRule: QuantityRule;
  customerTypeMinimums: { customerType: string; minimumOrderValue: number }[];
}

export interface ProductQuantityOverride extends QuantityRule {
  productGuid: string;
}

export interface CustomerOrderRules {
  minimumOrderValue: number | null;
  products: ProductQuantityOverride[];
}

export const STORE_SCOPE = '';

export function createOrderRulesRepo(db: PortalDb) {
  const minimums = (storeId: string, scope: 'customer-type' | 'customer') =>
    db.q
      .selectFrom('orderValueMinimums')
      .select(['key', 'minimumOrderValue'])
      .where('storeId', '=', storeId)
      .where('scope', '=', scope);
  const overrides = (storeId: string, customerGuid: string) =>
    db.q
      .selectFrom('productQuantityRules')
      .select(['productGuid', 'minimum', 'maximum', 'multiple'])
      .where('storeId', '=', storeId)
      .where('customerGuid', '=', customerGuid)
      .orderBy('productGuid')
      .execute();
  return {
    async storeRules(storeId: string): Promise<StoreOrderRules> {
      const row = await selectStoreRows(db, 'storeOrderRules', storeId).executeTakeFirst();
      const types = await minimums(storeId, 'customer-type').orderBy('key').execute();
      return {
        minimumOrderValue: row?.minimumOrderValue ?? null,
        defaultQuantityRule: {
          minimum: row?.defaultMinimum ?? null,
          maximum: row?.defaultMaximum ?? null,
          multiple: row?.defaultMultiple ?? null,
        },
        customerTypeMinimums: types.map((t) => ({
          customerType: t.key,
          minimumOrderValue: t.minimumOrderValue,
        })),
      };
    },

    async saveStoreRules(storeId: string, rules: StoreOrderRules, now: string): Promise<void> {
      const { minimum, maximum, multiple } = rules.defaultQuantityRule;
      const values = {
        minimumOrderValue: rules.minimumOrderValue,
        defaultMinimum: minimum,
        defaultMaximum: maximum,
        defaultMultiple: multiple,
        updatedAt: now,
      };
      await upsertRow(db, 'storeOrderRules', ['storeId'], { storeId, ...values });
      await deleteStoreRows(db, 'orderValueMinimums', storeId).where('scope', '=', 'customer-type').execute();
      if (rules.customerTypeMinimums.length > 0)
        await db.q
          .insertInto('orderValueMinimums')
          .values(
            rules.customerTypeMinimums.map((t) => ({
              storeId,
              scope: 'customer-type' as const,
              key: t.customerType,
              minimumOrderValue: t.minimumOrderValue,
              updatedAt: now,
            })),
          )
          .execute();
    },

    /** The customer's own minimum order value and product overrides (none: null and []). */
    async customerRules(storeId: string, customerGuid: string): Promise<CustomerOrderRules> {
      const own = await minimums(storeId, 'customer').where('key', '=', customerGuid).executeTakeFirst();
      return {
        minimumOrderValue: own?.minimumOrderValue ?? null,
        products: await overrides(storeId, customerGuid),
      };
    },

    async saveCustomerRules(storeId: string, customerGuid: string, rules: CustomerOrderRules, now: string) {
      await deleteStoreRows(db, 'orderValueMinimums', storeId)
        .where('scope', '=', 'customer')
        .where('key', '=', customerGuid)
        .execute();
      if (rules.minimumOrderValue !== null)
        await db.q
          .insertInto('orderValueMinimums')
          .values({
            storeId,
            scope: 'customer',
            key: customerGuid,
            minimumOrderValue: rules.minimumOrderValue,
            updatedAt: now,
          })
          .execute();
      await deleteStoreRows(db, 'productQuantityRules', storeId)
        .where('customerGuid', '=', customerGuid)
        .execute();
      if (rules.products.length > 0)
        await db.q
          .insertInto('productQuantityRules')
          .values(rules.products.map((p) => ({ storeId, customerGuid, ...p, updatedAt: now })))
          .execute();
    },

    /** The store's (customerGuid '') or a customer's overrides, by product. */
    quantityOverrides: overrides,

    /** Sets (or, with every field null, removes) the store's own override of one product's rule. */
    async saveProductOverride(storeId: string, productGuid: string, rule: QuantityRule, now: string) {
      if (rule.minimum === null && rule.maximum === null && rule.multiple === null) {
        await deleteStoreRows(db, 'productQuantityRules', storeId)
          .where('productGuid', '=', productGuid)
          .where('customerGuid', '=', STORE_SCOPE)
          .execute();
        return;
      }
      await upsertRow(db, 'productQuantityRules', ['storeId', 'customerGuid', 'productGuid'], {
        storeId,
        productGuid,
        customerGuid: STORE_SCOPE,
        ...rule,
        updatedAt: now,
      });
    },
  };
}

export type OrderRulesRepo = ReturnType<typeof createOrderRulesRepo>;
