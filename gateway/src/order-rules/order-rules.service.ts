// Order rules (B4) as the rest of the gateway uses them: a customer's rule book (each product's quantity rule and
// the minimum order value it must reach), the check every order-forming path runs through the one engine, and
// the admin's settings (store, customer type, customer, product). Unknown customers and products answer 404.
import type { AuditLog } from '../audit/audit-log.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { Product } from '../catalogue/catalogue.types.ts';
import type { Clock } from '../clock.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Customer } from '../customers/customers.types.ts';
import { AppError } from '../http/problems.ts';
import { orderBreaches, orderRuleBroken, type RuleBreach } from './order-rules.engine.ts';
import {
  type CustomerOrderRules,
  type OrderRulesRepo,
  STORE_SCOPE,
  type StoreOrderRules,
} from './order-rules.repo.ts';
import { minimumOrderValueOf } from './order-value.ts';
import { type QuantityRule, quantityRuleOf } from './quantity-rules.ts';

export type { CustomerOrderRules, StoreOrderRules };

/** What one customer's orders must meet. */
export interface RuleBook {
  quantityRuleOf(product: Pick<Product, 'guid' | 'minimumSaleQuantity' | 'packSize'>): QuantityRule;
  minimumOrderValue: number | null;
}

export interface OrderRulesDeps {
  repo: OrderRulesRepo;
  customers: CustomerReader;
  catalogue: Pick<CatalogueReader, 'getProduct'>;
  clock: Clock;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  /** Moves the store's 'order-rules' data version (what cached catalogue pages are keyed by) inside the write. */
  bump: (storeId: string) => Promise<void>;
  audit: AuditLog;
}

const byProduct = (
  rows: { productGuid: string; minimum: number | null; maximum: number | null; multiple: number | null }[],
) => new Map(rows.map(({ productGuid, ...rule }) => [productGuid, rule]));

function checkRule(rule: QuantityRule, field: string) {
  if (rule.minimum !== null && rule.maximum !== null && rule.maximum < rule.minimum)
    throw new AppError('validation-failed', 'The maximum cannot be below the minimum.', {
      errors: [{ field: `${field}.maximum`, message: 'is below the minimum' }],
    });
}

export function createOrderRules(deps: OrderRulesDeps) {
  const now = () => deps.clock.now().toISOString();
  /** Saves a rule change, moves the version and records it with before and after, in one transaction (B5). */
  const saveAudited = (
    change: {
      storeId: string;
      recordType: 'store' | 'customer' | 'product';
      recordId: string;
      summary: string;
    },
    read: () => Promise<object>,
    write: () => Promise<void>,
  ) =>
    deps.transaction(async () => {
      const before = await read();
      await write();
      await deps.bump(change.storeId);
      await deps.audit.record({
        ...change,
        kind: 'order-rules-changed',
        before: before as Record<string, unknown>,
        after: (await read()) as Record<string, unknown>,
      });
    });
  const knownCustomer = async (storeId: string, customerGuid: string) => {
    if (!(await deps.customers.getCustomer(storeId, customerGuid)))
      throw new AppError('not-found', 'The store has no such customer.');
  };
  /** The rules as the admin reads them: each product override with its product's code. */
  const withCodes = async (storeId: string, rules: CustomerOrderRules) => ({
    minimumOrderValue: rules.minimumOrderValue,
    products: await Promise.all(
      rules.products.map(async (rule) => ({
        ...rule,
        productCode: (await deps.catalogue.getProduct(storeId, rule.productGuid))?.code ?? rule.productGuid,
      })),
    ),
  });
  const knownProduct = async (storeId: string, productGuid: string) => {
    if (!(await deps.catalogue.getProduct(storeId, productGuid)))
      throw new AppError('not-found', 'The store has no such product.');
  };

  /** The customer's rule book: four reads, then pure lookups for every product. */
  async function ruleBook(
    storeId: string,
    customer: Pick<Customer, 'guid' | 'customerType'>,
  ): Promise<RuleBook> {
    const store = await deps.repo.storeRules(storeId);
    const own = await deps.repo.customerRules(storeId, customer.guid);
    const storeOverrides = byProduct(await deps.repo.quantityOverrides(storeId, STORE_SCOPE));
    const customerOverrides = byProduct(own.products);
    const customerTypes = new Map(
      store.customerTypeMinimums.map((t) => [t.customerType, t.minimumOrderValue]),
    );
    return {
      minimumOrderValue: minimumOrderValueOf(
        { store: store.minimumOrderValue, customerTypes, customer: own.minimumOrderValue },
        customer.customerType,
      ),
      quantityRuleOf: (product) =>
        quantityRuleOf({
          storeDefault: store.defaultQuantityRule,
          unleashed: { minimumSaleQuantity: product.minimumSaleQuantity, packSize: product.packSize },
          store: storeOverrides.get(product.guid) ?? null,
          customer: customerOverrides.get(product.guid) ?? null,
        }),
    };
  }

  return {
    ruleBook,

    /** Every rule the lines and their subtotal (before tax) break, through the one engine. */
    breachesOf(
      book: RuleBook,
      lines: readonly {
        product: Pick<Product, 'guid' | 'code' | 'minimumSaleQuantity' | 'packSize'>;
        quantity: number;
      }[],
      subTotal: number,
    ): RuleBreach[] {
      const ruled = lines.map(({ product, quantity }) => ({
        productGuid: product.guid,
        productCode: product.code,
        quantity,
        rule: book.quantityRuleOf(product),
      }));
      return orderBreaches(ruled, subTotal, book.minimumOrderValue);
    },

    /** Throws order-rule-broken (422) naming every broken rule. */
    refuse(breaches: readonly RuleBreach[]): void {
      if (breaches.length > 0) throw orderRuleBroken(breaches);
    },

    storeRules: (storeId: string) => deps.repo.storeRules(storeId),

    async setStoreRules(storeId: string, rules: StoreOrderRules): Promise<StoreOrderRules> {
      checkRule(rules.defaultQuantityRule, 'defaultQuantityRule');
      const types = rules.customerTypeMinimums.map((t) => t.customerType);
      if (new Set(types).size !== types.length)
        throw new AppError('validation-failed', 'Each customer type may have one minimum.', {
          errors: [{ field: 'customerTypeMinimums', message: 'names a customer type twice' }],
        });
      await saveAudited(
        { storeId, recordType: 'store', recordId: storeId, summary: "The store's order rules changed" },
        () => deps.repo.storeRules(storeId),
        () => deps.repo.saveStoreRules(storeId, rules, now()),
      );
      return deps.repo.storeRules(storeId);
    },

    async customerRules(storeId: string, customerGuid: string) {
      await knownCustomer(storeId, customerGuid);
      return withCodes(storeId, await deps.repo.customerRules(storeId, customerGuid));
    },

    async setCustomerRules(storeId: string, customerGuid: string, rules: CustomerOrderRules) {
      await knownCustomer(storeId, customerGuid);
      const guids = rules.products.map((p) => p.productGuid);
      if (new Set(guids).size !== guids.length)
        throw new AppError('validation-failed', 'Each product may have one rule.', {
          errors: [{ field: 'products', message: 'names a product twice' }],
        });
      for (const [index, product] of rules.products.entries()) {
        checkRule(product, `products[${index}]`);
        await knownProduct(storeId, product.productGuid);
      }
      await saveAudited(
        {
          storeId,
          recordType: 'customer',
          recordId: customerGuid,
          summary: "A customer's order rules changed",
        },
        () => deps.repo.customerRules(storeId, customerGuid),
        () => deps.repo.saveCustomerRules(storeId, customerGuid, rules, now()),
      );
      return withCodes(storeId, await deps.repo.customerRules(storeId, customerGuid));
    },

    /** The store's override of a product's rule and the rule a customer without overrides gets. */
    async productRule(storeId: string, productGuid: string) {
      const product = await deps.catalogue.getProduct(storeId, productGuid);
      if (!product) throw new AppError('not-found', 'The store has no such product.');
      const overrides = byProduct(await deps.repo.quantityOverrides(storeId, STORE_SCOPE));
      const book = await ruleBook(storeId, { guid: '', customerType: null });
      return {
        productGuid,
        override: overrides.get(productGuid) ?? { minimum: null, maximum: null, multiple: null },
        fromUnleashed: { minimumSaleQuantity: product.minimumSaleQuantity, packSize: product.packSize },
        effective: book.quantityRuleOf(product),
      };
    },

    async setProductRule(storeId: string, productGuid: string, override: QuantityRule) {
      await knownProduct(storeId, productGuid);
      checkRule(override, 'override');
      const storeOverride = async () => ({
        override: byProduct(await deps.repo.quantityOverrides(storeId, STORE_SCOPE)).get(productGuid) ?? null,
      });
      await saveAudited(
        {
          storeId,
          recordType: 'product',
          recordId: productGuid,
          summary: "A product's quantity rule changed",
        },
        storeOverride,
        () => deps.repo.saveProductOverride(storeId, productGuid, override, now()),
      );
      return this.productRule(storeId, productGuid);
    },
  };
}

export type OrderRules = ReturnType<typeof createOrderRules>;
