// Keys real Unleashed payloads carry that the portal does not use but other clients read (seen in public
// samples: the silvershop-unleashed Customers and Products fixtures from the docs, n8n's SalesOrders schema,
// easify's zod schema, a public connector's contact fields). Records created through the API start with nulls and
// falses; the seed fills plausible values (seed/payload-values.ts).
import type { Contact, Customer, Product, SalesOrder, SalesOrderLine } from './types.ts';

export function productPayloadKeys(product: Partial<Product>) {
  return {
    MinStockAlertLevel: product.MinStockAlertLevel ?? null,
    MaxStockAlertLevel: product.MaxStockAlertLevel ?? null,
    ReOrderPoint: product.ReOrderPoint ?? null,
    XeroTaxCode: product.XeroTaxCode ?? null,
    XeroTaxRate: product.XeroTaxRate ?? null,
    CanAutoAssemble: product.CanAutoAssemble ?? false,
    XeroSalesAccount: product.XeroSalesAccount ?? null,
    XeroCostOfGoodsAccount: product.XeroCostOfGoodsAccount ?? null,
    BinLocation: product.BinLocation ?? null,
    Supplier: product.Supplier ?? null,
    SourceId: product.SourceId ?? null,
    SourceVariantParentId: product.SourceVariantParentId ?? null,
  } satisfies Partial<Product>;
}

export function contactPayloadKeys(contact: Partial<Contact>) {
  return {
    DDINumber: contact.DDINumber ?? null,
    FaxNumber: contact.FaxNumber ?? null,
    TollFreeNumber: contact.TollFreeNumber ?? null,
    Website: contact.Website ?? null,
    Notes: contact.Notes ?? null,
    DeliveryAddress: contact.DeliveryAddress ?? null,
  } satisfies Partial<Contact>;
}

export function customerPayloadKeys(customer: Customer): Partial<Customer> {
  return {
    SalesPerson: customer.Salesperson ?? null,
    DDINumber: customer.DDINumber ?? null,
    TollFreeNumber: customer.TollFreeNumber ?? null,
    BankName: customer.BankName ?? null,
    BankBranch: customer.BankBranch ?? null,
    BankAccount: customer.BankAccount ?? null,
    XeroContactId: customer.XeroContactId ?? null,
    XeroSalesAccount: customer.XeroSalesAccount ?? null,
    XeroCostOfGoodsAccount: customer.XeroCostOfGoodsAccount ?? null,
    PrintInvoice: customer.PrintInvoice ?? false,
    PrintPackingSlipInsteadOfInvoice: customer.PrintPackingSlipInsteadOfInvoice ?? false,
  };
}

function lineKeys(line: SalesOrderLine, taxCode: string | null): SalesOrderLine {
  return {
    ...line,
    XeroTaxCode: line.XeroTaxCode ?? taxCode,
    XeroSalesAccount: line.XeroSalesAccount ?? null,
    CostOfGoodsAccount: line.CostOfGoodsAccount ?? null,
    UnitCost: line.UnitCost ?? null,
    AverageLandedPriceAtTimeOfSale: line.AverageLandedPriceAtTimeOfSale ?? null,
    Volume: line.Volume ?? null,
    Weight: line.Weight ?? null,
    SerialNumbers: line.SerialNumbers ?? null,
    BatchNumbers: line.BatchNumbers ?? null,
  };
}

/** Adds the keys to `order` and its lines in place. */
export function addSalesOrderPayloadKeys(
  order: SalesOrder,
  salesperson: Customer['Salesperson'] = null,
): void {
  const taxCode = order.Tax?.TaxCode ?? null;
  Object.assign(order, {
    ReceivedDate: order.ReceivedDate ?? null,
    PaymentDueDate: order.PaymentDueDate ?? null,
    AllocateProduct:
      order.AllocateProduct ?? (order.OrderStatus === 'Placed' || order.OrderStatus === 'Backordered'),
    SaveAddress: order.SaveAddress ?? false,
    SendAccountingJournalOnly: order.SendAccountingJournalOnly ?? false,
    SalesAccount: order.SalesAccount ?? null,
    SalesOrderGroup: order.SalesOrderGroup ?? null,
    SalesPerson: order.SalesPerson ?? salesperson ?? null,
    XeroTaxCode: order.XeroTaxCode ?? taxCode,
    TotalVolume: order.TotalVolume ?? null,
    TotalWeight: order.TotalWeight ?? null,
    DeliveryContact: order.DeliveryContact ?? null,
  });
  order.SalesOrderLines = order.SalesOrderLines.map((line) => lineKeys(line, taxCode));
}
