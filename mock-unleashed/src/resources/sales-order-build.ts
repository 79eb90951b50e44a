// Turns a POST/PUT body (merged over the stored order, if any) into a complete SalesOrder, or lists every
// problem at once (mock-choices: required fields, existing non-obsolete customer/products, totals to the cent).
import { randomUUID } from 'node:crypto';
import type { MockContext } from '../context.ts';
import { parseUtcDate, startOfUtcDay, toWireDate } from '../dates.ts';
import { type FieldError, fieldError } from '../errors.ts';
import { lineAmounts, orderTotals, round2, sameCents, toBaseCurrency } from '../money.ts';
import { addSalesOrderPayloadKeys } from '../payload-keys.ts';
import { customerRefOf } from '../seed/customer-record.ts';
import type { SalesOrder, SalesOrderLine, SalesOrderLineWrite, SalesOrderUpdate } from '../types.ts';

export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
export const WRITABLE_STATUSES = ['Parked', 'Placed', 'Backordered'];

export type BuildResult = { order: SalesOrder; problems: [] } | { order: null; problems: FieldError[] };

/** The stored lines in write form, so a PUT without SalesOrderLines keeps them. */
function linesAsWritten(order: SalesOrder): SalesOrderLineWrite[] {
  return order.SalesOrderLines.map((line) => ({ ...line, DueDate: undefined }) as SalesOrderLineWrite);
}

/** Builds the order a write would store; nothing in the store is touched. */
export function buildSalesOrder(
  context: MockContext,
  guid: string,
  body: SalesOrderUpdate,
  existing: SalesOrder | undefined,
): BuildResult {
  const data = context.store.data;
  const problems: FieldError[] = [];
  const now = context.clock.now();

  if (existing && !WRITABLE_STATUSES.includes(existing.OrderStatus)) {
    problems.push(
      fieldError('OrderStatus', `A ${existing.OrderStatus} order cannot be changed.`, 'NotAllowed'),
    );
    return { order: null, problems };
  }

  const status = body.OrderStatus ?? existing?.OrderStatus;
  if (status === undefined) problems.push(fieldError('OrderStatus', 'OrderStatus is required.', 'Required'));
  else if (!WRITABLE_STATUSES.includes(status)) {
    problems.push(
      fieldError('OrderStatus', `OrderStatus must be one of ${WRITABLE_STATUSES.join(', ')}.`, 'NotAllowed'),
    );
  }

  const customerRef = body.Customer ?? existing?.Customer;
  const customer = customerRef
    ? data.customers.find((c) =>
        customerRef.Guid
          ? c.Guid === customerRef.Guid.toLowerCase()
          : c.CustomerCode === customerRef.CustomerCode,
      )
    : undefined;
  if (!customerRef || (!customerRef.Guid && !customerRef.CustomerCode)) {
    problems.push(fieldError('Customer', 'Customer (Guid or CustomerCode) is required.', 'Required'));
  } else if (!customer) {
    problems.push(fieldError('Customer', 'The customer does not exist.', 'NotFound'));
  } else if (customer.Obsolete) {
    problems.push(fieldError('Customer', `Customer ${customer.CustomerCode} is obsolete.`, 'Obsolete'));
  }

  const taxCode = body.Tax?.TaxCode ?? existing?.Tax.TaxCode;
  const tax = data.taxes.find((t) => t.TaxCode === taxCode && t.CanApplyToRevenue && !t.Obsolete);
  if (!taxCode) problems.push(fieldError('Tax', 'Tax (TaxCode) is required.', 'Required'));
  else if (!tax) problems.push(fieldError('Tax', `Tax ${taxCode} does not exist.`, 'NotFound'));
  const taxRate = tax?.TaxRate ?? 0;

  const warehouseRef = body.Warehouse;
  const warehouse = warehouseRef
    ? data.warehouses.find((w) =>
        warehouseRef.Guid
          ? w.Guid === warehouseRef.Guid.toLowerCase()
          : w.WarehouseCode === warehouseRef.WarehouseCode,
      )
    : (existing?.Warehouse ?? data.warehouses.find((w) => w.IsDefault) ?? data.warehouses[0]);
  if (!warehouse || warehouse.Obsolete)
    problems.push(fieldError('Warehouse', 'The warehouse does not exist.', 'NotFound'));

  const currencyCode = body.Currency?.CurrencyCode;
  if (currencyCode && customer && customer.Currency?.CurrencyCode !== currencyCode) {
    problems.push(
      fieldError(
        'Currency',
        `The order currency must be the customer's (${customer.Currency?.CurrencyCode}).`,
        'Mismatch',
      ),
    );
  }

  const orderNumber = body.OrderNumber ?? existing?.OrderNumber;
  if (
    body.OrderNumber &&
    data.salesOrders.some((o) => o.OrderNumber === body.OrderNumber && o.Guid !== guid)
  ) {
    problems.push(fieldError('OrderNumber', `OrderNumber ${body.OrderNumber} is already used.`, 'Duplicate'));
  }

  const dateOf = (field: 'OrderDate' | 'RequiredDate'): number | null => {
    const sent = body[field];
    if (sent === undefined || sent === null) return null;
    const parsed = parseUtcDate(sent);
    if (parsed === null) problems.push(fieldError(field, `${sent} is not a date.`, 'Invalid'));
    return parsed;
  };
  const orderDate = dateOf('OrderDate') ?? (existing ? null : startOfUtcDay(now));
  const requiredDate = dateOf('RequiredDate');
  // RequiredDate: null (as GET answers it) clears it; left out keeps the stored one.
  const keptRequiredDate = body.RequiredDate === null ? null : (existing?.RequiredDate ?? null);

  // Left out: the stored order's rate, or else the customer's currency's sell rate (1 for the base currency).
  const currencyRate = data.currencies.find(
    (c) => c.CurrencyCode === customer?.Currency?.CurrencyCode,
  )?.DefaultSellRate;
  const exchangeRate = body.ExchangeRate ?? existing?.ExchangeRate ?? currencyRate ?? 1;
  const lines = buildLines(
    context,
    body.SalesOrderLines ?? (existing ? linesAsWritten(existing) : []),
    taxRate,
    tax?.TaxCode ?? null,
    exchangeRate,
    problems,
  );
  const totals = orderTotals(lines);
  for (const field of ['SubTotal', 'TaxTotal', 'Total'] as const) {
    const sent = body[field];
    if (sent !== undefined && !sameCents(sent, totals[field])) {
      problems.push(
        fieldError(
          field,
          `${field} ${sent} does not reconcile: the lines give ${totals[field].toFixed(2)}.`,
          'Mismatch',
        ),
      );
    }
  }

  if (problems.length > 0 || !customer || !tax || !warehouse || !status) return { order: null, problems };

  const stamp = toWireDate(now);
  const order: SalesOrder = {
    ...(existing ?? {}),
    Guid: guid,
    OrderNumber: orderNumber ?? '',
    OrderDate: orderDate !== null ? toWireDate(orderDate) : (existing?.OrderDate ?? stamp),
    RequiredDate: requiredDate !== null ? toWireDate(requiredDate) : keptRequiredDate,
    CompletedDate: null,
    OrderStatus: status as SalesOrder['OrderStatus'],
    Customer: customerRefOf(customer),
    Warehouse: warehouse,
    Currency: customer.Currency ?? null,
    ExchangeRate: exchangeRate,
    DiscountRate: body.DiscountRate ?? existing?.DiscountRate ?? 0,
    Tax: tax,
    TaxRate: taxRate,
    ...totals,
    BCSubTotal: toBaseCurrency(totals.SubTotal, exchangeRate),
    BCTaxTotal: toBaseCurrency(totals.TaxTotal, exchangeRate),
    BCTotal: toBaseCurrency(totals.Total, exchangeRate),
    SalesOrderLines: lines,
    CreatedBy: existing?.CreatedBy ?? context.actor,
    CreatedOn: existing?.CreatedOn ?? stamp,
    LastModifiedBy: context.actor,
    LastModifiedOn: stamp,
  };
  const copied = [
    'CustomOrderStatus',
    'CustomerRef',
    'Comments',
    'DeliveryName',
    'DeliveryStreetAddress',
    'DeliveryStreetAddress2',
    'DeliverySuburb',
    'DeliveryCity',
    'DeliveryRegion',
    'DeliveryCountry',
    'DeliveryPostCode',
    'DeliveryInstruction',
    'DeliveryMethod',
    'SourceId',
  ] as const;
  for (const field of copied)
    order[field] = body[field] !== undefined ? body[field] : (existing?.[field] ?? null);
  addSalesOrderPayloadKeys(order, customer.Salesperson ?? null);
  return { order, problems: [] };
}

function buildLines(
  context: MockContext,
  written: readonly SalesOrderLineWrite[],
  taxRate: number,
  taxCode: string | null,
  exchangeRate: number,
  problems: FieldError[],
): SalesOrderLine[] {
  const products = context.store.data.products;
  const lines: SalesOrderLine[] = [];
  let productLines = 0;
  written.forEach((line, index) => {
    const at = `SalesOrderLines[${index}]`;
    const isCharge = line.LineType === 'Charge';
    const quantity = isCharge ? (line.OrderQuantity ?? 1) : line.OrderQuantity;
    const discount = line.DiscountRate ?? 0;
    let product = {
      Guid: ZERO_GUID,
      ProductCode: null as string | null,
      ProductDescription: line.Product.ProductDescription ?? null,
    };
    if (isCharge) {
      if (!line.Product.ProductDescription)
        problems.push(
          fieldError(`${at}.Product`, 'A charge line needs a name (Product.ProductDescription).', 'Required'),
        );
    } else {
      productLines++;
      const ref = line.Product;
      const found = products.find((p) =>
        ref.Guid ? p.Guid === ref.Guid.toLowerCase() : p.ProductCode === ref.ProductCode,
      );
      if (!ref.Guid && !ref.ProductCode)
        problems.push(fieldError(`${at}.Product`, 'Product (Guid or ProductCode) is required.', 'Required'));
      else if (!found)
        problems.push(
          fieldError(`${at}.Product`, `Product ${ref.ProductCode ?? ref.Guid} does not exist.`, 'NotFound'),
        );
      else if (found.Obsolete)
        problems.push(fieldError(`${at}.Product`, `Product ${found.ProductCode} is obsolete.`, 'Obsolete'));
      if (found)
        product = {
          Guid: found.Guid,
          ProductCode: found.ProductCode,
          ProductDescription: found.ProductDescription,
        };
      if (quantity === undefined)
        problems.push(fieldError(`${at}.OrderQuantity`, 'OrderQuantity is required.', 'Required'));
      else if (!(quantity > 0))
        problems.push(fieldError(`${at}.OrderQuantity`, 'OrderQuantity must be above 0.', 'Invalid'));
      if (line.UnitPrice < 0)
        problems.push(fieldError(`${at}.UnitPrice`, 'UnitPrice cannot be negative.', 'Invalid'));
    }
    // A line naming its own tax (a product with its own sales tax) is taxed at that tax's rate.
    const lineTaxCode = line.LineTaxCode ?? null;
    const ownTax = lineTaxCode
      ? context.store.data.taxes.find((t) => t.TaxCode === lineTaxCode && t.CanApplyToRevenue && !t.Obsolete)
      : undefined;
    if (lineTaxCode && !ownTax)
      problems.push(fieldError(`${at}.LineTaxCode`, `Tax ${lineTaxCode} does not exist.`, 'NotFound'));
    const lineRate = ownTax?.TaxRate ?? taxRate;
    const amounts = lineAmounts(quantity ?? 0, line.UnitPrice, discount, lineRate);
    if (line.LineTotal !== undefined && !sameCents(line.LineTotal, amounts.LineTotal)) {
      problems.push(
        fieldError(
          `${at}.LineTotal`,
          `LineTotal ${line.LineTotal} should be ${amounts.LineTotal.toFixed(2)} (OrderQuantity × UnitPrice × (1 − DiscountRate)).`,
          'Mismatch',
        ),
      );
    }
    const lineTax = line.LineTax ?? amounts.LineTax;
    const dueDate = line.DueDate ? parseUtcDate(line.DueDate) : null;
    lines.push({
      Guid: line.Guid?.toLowerCase() ?? randomUUID(),
      LineNumber: isCharge ? 0 : (line.LineNumber ?? productLines),
      LineType: isCharge ? 'Charge' : null,
      Product: product,
      DueDate: dueDate !== null ? toWireDate(dueDate) : null,
      OrderQuantity: quantity ?? 0,
      UnitPrice: line.UnitPrice,
      DiscountRate: discount,
      LineTotal: amounts.LineTotal,
      LineTax: lineTax,
      LineTaxCode: lineTaxCode ?? taxCode,
      TaxRate: lineRate,
      BCUnitPrice: toBaseCurrency(round2(line.UnitPrice * (1 - discount)), exchangeRate),
      BCLineTotal: toBaseCurrency(amounts.LineTotal, exchangeRate),
      BCLineTax: toBaseCurrency(lineTax, exchangeRate),
      Comments: line.Comments ?? null,
      LastModifiedOn: isCharge ? null : toWireDate(context.clock.now()),
    });
  });
  if (productLines === 0)
    problems.push(fieldError('SalesOrderLines', 'At least one product line is required.', 'Required'));
  return lines;
}
