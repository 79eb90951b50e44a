// Consistency checks over a whole MockData: what the seed guarantees, usable by tests after any change.
import { lineAmounts, orderTotals, toBaseCurrency } from '../money.ts';
import type { MockData } from '../types.ts';
import { allocationKey } from './stock.ts';

/** Σ(QtyOnHand − AllocatedQty) over warehouses, by product Guid. */
export function availableByProduct(data: MockData): Map<string, number> {
  const available = new Map<string, number>();
  for (const r of data.stock)
    available.set(r.ProductGuid, (available.get(r.ProductGuid) ?? 0) + r.QtyOnHand - r.AllocatedQty);
  return available;
}

/** Every problem with the allocation invariant, as readable strings. */
export function allocationProblems(data: MockData): string[] {
  const expected = new Map<string, number>();
  for (const order of data.salesOrders) {
    if (order.OrderStatus !== 'Placed' && order.OrderStatus !== 'Backordered') continue;
    for (const line of order.SalesOrderLines.filter((l) => l.LineType === null)) {
      const key = allocationKey(line.Product.Guid!, order.Warehouse.Guid);
      expected.set(key, (expected.get(key) ?? 0) + line.OrderQuantity);
    }
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const record of data.stock) {
    const key = allocationKey(record.ProductGuid, record.WarehouseGuid);
    if (seen.has(key)) problems.push(`duplicate stock row ${key}`);
    seen.add(key);
    if (record.AllocatedQty !== (expected.get(key) ?? 0))
      problems.push(`${key}: ${record.AllocatedQty} ≠ ${expected.get(key) ?? 0}`);
  }
  for (const key of expected.keys()) if (!seen.has(key)) problems.push(`no stock row for allocated ${key}`);
  return problems;
}

/** Every way an order's figures differ from what money.ts computes (rates, totals and base-currency figures). */
export function reconcileProblems(data: MockData): string[] {
  const problems: string[] = [];
  for (const order of data.salesOrders) {
    const rate = order.ExchangeRate ?? 1;
    const taxRate = order.TaxRate ?? 0;
    const expect = (ok: boolean, what: string) => ok || problems.push(`${order.OrderNumber}: ${what}`);
    for (const line of order.SalesOrderLines) {
      const { LineTotal, LineTax } = lineAmounts(
        line.OrderQuantity,
        line.UnitPrice,
        line.DiscountRate,
        taxRate,
      );
      const at = `line ${line.LineNumber}`;
      expect(line.LineTotal === LineTotal && line.LineTax === LineTax, `${at} LineTotal/LineTax`);
      expect(line.TaxRate === taxRate && line.LineTaxCode === order.Tax.TaxCode, `${at} TaxRate/LineTaxCode`);
      expect(line.BCLineTotal === toBaseCurrency(LineTotal, rate), `${at} BCLineTotal`);
      expect(line.BCLineTax === toBaseCurrency(LineTax, rate), `${at} BCLineTax`);
      expect(
        line.BCUnitPrice === toBaseCurrency(line.UnitPrice * (1 - line.DiscountRate), rate),
        `${at} BCUnitPrice`,
      );
    }
    const totals = orderTotals(order.SalesOrderLines);
    expect(order.SubTotal === totals.SubTotal, 'SubTotal');
    expect(order.TaxTotal === totals.TaxTotal, 'TaxTotal');
    expect(order.Total === totals.Total, 'Total');
    expect(order.BCSubTotal === toBaseCurrency(totals.SubTotal, rate), 'BCSubTotal');
    expect(order.BCTaxTotal === toBaseCurrency(totals.TaxTotal, rate), 'BCTaxTotal');
    expect(order.BCTotal === toBaseCurrency(totals.Total, rate), 'BCTotal');
  }
  return problems;
}
