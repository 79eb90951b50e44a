// Keys real Unleashed Customer and SalesOrder payloads carry that the portal does not use but other clients read
// (seen in public samples: the silvershop-unleashed Customers fixture from the docs, n8n's SalesOrders schema,
// easify's zod schema). Filled with what an account that does not use those features shows: nulls and falses.
import type { Customer, SalesOrder, SalesOrderLine } from './types.ts';

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
