// Prices a cart for a buyer: each line's own price at the cart quantity (R17a; quantity breaks included), whether
// it can be ordered now (Sellable for this customer - R17's effective status -, not obsolete, priced, within the available stock unless the store sells out-of-stock products),
// and totals with tax as Unleashed will check them (each line to the cent at its own rate, then summed). The customer's order rules
// (B4) decide through the one engine: a line breaking its quantity rule cannot be ordered (its problem says the
// nearest valid quantity), and a cart below the minimum order value cannot be placed. The stock rule (B9,
// stock-rule.ts) decides a quantity past the available stock: refused, or its excess marked as a backorder.

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { Product, ProductStatus } from '../catalogue/catalogue.types.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { Customer } from '../customers/customers.types.ts';
import { lineBreaches } from '../order-rules/order-rules.engine.ts';
import type { RuleBook } from '../order-rules/order-rules.service.ts';
import { checkOrderValue } from '../order-rules/order-value.ts';
import { describeQuantityRule } from '../order-rules/quantity-rules.ts';
import { checkStock, type StockCheck } from '../order-rules/stock-rule.ts';
import { currencyOf } from '../orders/order-email-summary.ts';
import { resolvePrice } from '../pricing/pricing.ts';
import { type Store, storeDisplay } from '../stores/stores.types.ts';

export type Cart = components['schemas']['Cart'];

const round2 = (value: number) => Math.round(value * 100 + Number.EPSILON * Math.sign(value)) / 100;

/** The tax rate of the customer's orders: none for a non-taxable customer, else its own rate or the store's default (R8). */
export function taxRateOf(customer: Customer, store: Store): number {
  if (!customer.taxable) return 0;
  return customer.taxRate ?? store.defaultTaxRate;
}

/**
 * The tax of one product's line, in Unleashed's own hierarchy (R8): none for a non-taxable customer or a product
 * not taxable on sales; else the product's own sales tax (its code goes to Unleashed on the line), or the
 * order's rate (the customer's or the store's default).
 */
export function lineTaxOf(
  product: Product | undefined,
  customer: Customer,
  store: Store,
): { rate: number; code: string | null } {
  if (!customer.taxable || product?.taxable === false) return { rate: 0, code: null };
  if (product?.taxRate !== null && product?.taxRate !== undefined)
    return { rate: product.taxRate, code: product.taxCode };
  return { rate: taxRateOf(customer, store), code: null };
}

export interface PricedLine {
  product: Product | undefined;
  /** The product's status for this customer (R17); null when the store has no such product. */
  status: ProductStatus | null;
  line: Cart['lines'][number];
  lineTax: number;
  /** The product's own sales tax code when its rate applies (R8); null: the order's. */
  lineTaxCode: string | null;
}

export async function priceCart(
  deps: { catalogue: CatalogueReader; statuses: EffectiveStatuses; today: string; rules: RuleBook },
  store: Store,
  customer: Customer,
  lines: readonly { productGuid: string; quantity: number }[],
): Promise<{ cart: Cart; priced: PricedLine[] }> {
  const display = storeDisplay(store);
  const tiers = await deps.catalogue.listPriceTiers(store.id);
  const taxRate = taxRateOf(customer, store);
  const statusOf = await deps.statuses.forCustomer(store.id, customer.guid);
  const productOf = new Map(
    (
      await deps.catalogue.getProducts(
        store.id,
        lines.map((l) => l.productGuid),
      )
    ).map((p) => [p.guid, p]),
  );
  const priced: PricedLine[] = [];
  for (const { productGuid, quantity } of lines) {
    const product = productOf.get(productGuid);
    let problem: string | null = null;
    let unitPrice: number | null = null;
    let available: number | null = null;
    let stockCheck: StockCheck = { backorderQuantity: 0, shortfall: null };
    const status = product ? statusOf(product) : null;
    if (!product || product.obsolete || status === 'hidden')
      problem = 'This product is no longer in the store.';
    else {
      const rules = await deps.catalogue.listPriceRules(store.id, productGuid);
      unitPrice = resolvePrice({ product, customer, rules, tiers, quantity, today: deps.today }).price;
      const stock = await deps.catalogue.stockOf(store.id, productGuid, store.warehouseCodes);
      available = Math.max(0, stock.available);
      if (status !== 'sellable' || !product.sellableInUnleashed)
        problem = 'This product can be viewed but not ordered.';
      else if (unitPrice === null) problem = 'This product has no price yet.';
      else {
        // B9: the one stock rule decides (refused past the stock, none available included, or the part past it
        // marked as a backorder).
        stockCheck = checkStock(
          display,
          { productGuid, productCode: product.code, quantity },
          stock.available,
        );
        if (stockCheck.shortfall) problem = stockCheck.shortfall.message;
      }
    }
    const rule = product ? deps.rules.quantityRuleOf(product) : null;
    const ruleBreach =
      problem === null && product && rule
        ? (lineBreaches([{ productGuid, productCode: product.code, quantity, rule }])[0] ?? null)
        : null;
    if (ruleBreach) problem = ruleBreach.message;
    const lineTotal = unitPrice === null ? null : round2(quantity * unitPrice);
    const tax = lineTaxOf(product, customer, store);
    priced.push({
      product,
      status,
      lineTax: lineTotal === null ? 0 : round2(lineTotal * tax.rate),
      lineTaxCode: tax.code,
      line: {
        productGuid,
        code: product?.code ?? productGuid,
        description: product?.description ?? '',
        quantity,
        unitPrice,
        lineTotal,
        taxRate: tax.rate,
        orderable: problem === null,
        problem,
        quantityRule: rule ? describeQuantityRule(rule) : null,
        ruleBreach,
        available: display.showStockCounts ? available : null,
        backorderQuantity: stockCheck.backorderQuantity,
        stockShortfall: stockCheck.shortfall,
      },
    });
  }
  const orderable = priced.filter((p) => p.line.orderable);
  const subTotal = round2(orderable.reduce((sum, p) => sum + (p.line.lineTotal ?? 0), 0));
  const taxTotal = round2(orderable.reduce((sum, p) => sum + p.lineTax, 0));
  // The minimum order value counts the lines that only break a quantity rule too: fixing the quantity is the
  // buyer's next step, and the amount still needed should not jump by a whole line's value.
  const counted = priced.filter((p) => p.line.orderable || p.line.ruleBreach);
  const valueBefore = round2(counted.reduce((sum, p) => sum + (p.line.lineTotal ?? 0), 0));
  const orderValueBreach =
    priced.length > 0 ? checkOrderValue(valueBefore, deps.rules.minimumOrderValue) : null;
  return {
    priced,
    cart: {
      lines: priced.map((p) => p.line),
      subTotal,
      taxRate,
      taxTotal,
      total: round2(subTotal + taxTotal),
      canPlace: priced.length > 0 && orderable.length === priced.length && !orderValueBreach,
      minimumOrderValue: deps.rules.minimumOrderValue,
      orderValueBreach,
      currency: currencyOf(customer),
    },
  };
}
