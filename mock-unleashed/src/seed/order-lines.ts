// Sales order lines priced the way the mock checks them: amounts from lineAmounts, base-currency figures
// from toBaseCurrency.
import { lineAmounts, toBaseCurrency } from '../money.ts';
import type { Customer, Product, SalesOrderLine } from '../types.ts';
import { tierValues } from './product-record.ts';
import type { Rng } from './random.ts';
import { wire } from './time.ts';

/** The Product of a charge line: the all-zero Guid. */
export const CHARGE_PRODUCT_GUID = '00000000-0000-0000-0000-000000000000';

export interface LineTerms {
  taxCode: string;
  taxRate: number;
  exchangeRate: number;
  discountRate: number;
  dueDate: number;
  modifiedOn: number;
}

/** The customer's tier price for a product when it has one, else DefaultSellPrice. */
export function unitPriceFor(product: Product, customer: Customer, tierNames: readonly string[]): number {
  const tier = customer.SellPriceTier ? tierNames.indexOf(customer.SellPriceTier) : -1;
  return (tier >= 0 ? tierValues(product)[tier] : null) ?? product.DefaultSellPrice ?? 0;
}

/** Product line `lineNumber` (LineType null). */
export function productLine(
  rng: Rng,
  lineNumber: number,
  product: Product,
  quantity: number,
  unitPrice: number,
  terms: LineTerms,
): SalesOrderLine {
  const ref = {
    Guid: product.Guid,
    ProductCode: product.ProductCode,
    ProductDescription: product.ProductDescription,
  };
  return line(
    rng,
    lineNumber,
    null,
    ref,
    quantity,
    unitPrice,
    terms.discountRate,
    terms,
    wire(terms.modifiedOn),
  );
}

/** A charge line (e.g. Freight): LineNumber 0, LineType Charge, zero Guid, quantity 1, LastModifiedOn null. */
export function chargeLine(rng: Rng, name: string, amount: number, terms: LineTerms): SalesOrderLine {
  const ref = { Guid: CHARGE_PRODUCT_GUID, ProductCode: null, ProductDescription: name };
  return line(rng, 0, 'Charge', ref, 1, amount, 0, terms, null);
}

function line(
  rng: Rng,
  lineNumber: number,
  lineType: 'Charge' | null,
  product: SalesOrderLine['Product'],
  quantity: number,
  unitPrice: number,
  discountRate: number,
  terms: LineTerms,
  modifiedOn: string | null,
): SalesOrderLine {
  const { LineTotal, LineTax } = lineAmounts(quantity, unitPrice, discountRate, terms.taxRate);
  return {
    Guid: rng.uuid(),
    LineNumber: lineNumber,
    LineType: lineType,
    Product: product,
    DueDate: wire(terms.dueDate),
    OrderQuantity: quantity,
    UnitPrice: unitPrice,
    DiscountRate: discountRate,
    LineTotal,
    LineTax,
    LineTaxCode: terms.taxCode,
    TaxRate: terms.taxRate,
    BCUnitPrice: toBaseCurrency(unitPrice * (1 - discountRate), terms.exchangeRate),
    BCLineTotal: toBaseCurrency(LineTotal, terms.exchangeRate),
    BCLineTax: toBaseCurrency(LineTax, terms.exchangeRate),
    Comments: null,
    LastModifiedOn: modifiedOn,
  };
}
