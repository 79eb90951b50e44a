import { describe, expect, it } from 'vitest';
import type { Order } from '../orders/orders.types.ts';
import { fromSalesOrder, STORE_STATUS, toCents, toSalesOrderWrite } from './mapper.ts';
import type { USalesOrder } from './types.ts';

const order: Order = {
  id: 'W-1001',
  storeId: 's1',
  unleashedGuid: '11111111-2222-4333-8444-555555555555',
  customerGuid: 'c1',
  customerCode: 'DEMO001',
  placedByEmail: 'dana@demo-wholesale.example',
  status: 'processing',
  importState: 'queued',
  importError: null,
  importAttempts: 0,
  unleashedOrderNumber: null,
  unleashedStatus: null,
  deliveryAddress: {
    type: 'Shipping',
    name: 'Dock 3',
    street: '1 Main St',
    street2: null,
    suburb: 'Penrose',
    city: 'Auckland',
    region: null,
    country: 'New Zealand',
    postalCode: '1061',
    isDefault: true,
  },
  comment: 'Leave at the back',
  lines: [
    {
      lineNumber: 1,
      productGuid: 'p1',
      productCode: 'A',
      description: 'A',
      quantity: 3,
      unitPrice: 3.335,
      discountRate: 0.05,
      lineTotal: 9.5,
      lineTax: 1.43,
    },
    {
      lineNumber: 2,
      productGuid: 'p2',
      productCode: 'B',
      description: 'B',
      quantity: 7,
      unitPrice: 1.15,
      discountRate: 0,
      lineTotal: 8.05,
      lineTax: 1.21,
    },
  ],
  charges: [],
  taxCode: 'G.S.T.',
  taxRate: 0.15,
  subTotal: 17.55,
  taxTotal: 2.64,
  total: 20.19,
  createdAt: '2026-11-01T21:30:00.000Z',
  importedAt: null,
  completedAt: null,
  updatedAt: '2026-11-01T21:30:00.000Z',
  purchaseOrderRef: 'PO-4471',
};

const store = { importStatus: 'Placed' as const, orderWarehouseCode: 'MAIN' };

describe('order → sales order body', () => {
  const body = toSalesOrderWrite(order, store);

  it("carries the store import status, warehouse, tax, customer, the buyer's PO number and the store order id", () => {
    expect(body).toMatchObject({
      OrderStatus: 'Placed',
      OrderDate: '2026-11-01',
      Customer: { Guid: 'c1' },
      CustomerRef: 'PO-4471',
      SourceId: 'W-1001',
      Warehouse: { WarehouseCode: 'MAIN' },
      Tax: { TaxCode: 'G.S.T.' },
      Comments: 'Leave at the back',
      DeliveryName: 'Dock 3',
      DeliveryStreetAddress: '1 Main St',
      DeliverySuburb: 'Penrose',
      DeliveryCity: 'Auckland',
      DeliveryCountry: 'New Zealand',
      DeliveryPostCode: '1061',
    });
  });

  it("sends the buyer's requested delivery day as RequiredDate, and null when none was asked for", () => {
    expect(toSalesOrderWrite({ ...order, requiredDate: '2026-11-20' }, store).RequiredDate).toBe(
      '2026-11-20',
    );
    expect(toSalesOrderWrite({ ...order, requiredDate: null }, store).RequiredDate).toBeNull();
  });

  it('sends no CustomerRef when the buyer gave no PO number (B7)', () => {
    expect(toSalesOrderWrite({ ...order, purchaseOrderRef: null }, store).CustomerRef).toBeNull();
  });

  it('marks a backordered part in the line Comments (R17b, B9) and leaves other lines without one', () => {
    const [first, second] = order.lines;
    if (!first || !second) throw new Error('the fixture has two lines');
    const lines = [{ ...first, backorderQuantity: 1 }, second];
    const written = toSalesOrderWrite({ ...order, lines }, store).SalesOrderLines ?? [];
    expect(written[0]?.Comments).toBe(
      `Backorder: 1 of ${first.quantity} ordered past the stock available in the portal.`,
    );
    expect(written[1]?.Comments).toBeUndefined();
    expect(toSalesOrderWrite({ ...order, lines }, store).OrderStatus).toBe('Placed');
  });

  it('names the contact who placed it in DeliveryInstruction (R20)', () => {
    expect(body.DeliveryInstruction).toBe('Placed by dana@demo-wholesale.example');
  });

  it('sends lines whose totals reconcile to the cent as Unleashed checks them', () => {
    expect(body.SalesOrderLines).toEqual([
      {
        LineNumber: 1,
        Product: { Guid: 'p1' },
        OrderQuantity: 3,
        UnitPrice: 3.335,
        DiscountRate: 0.05,
        LineTotal: 9.5,
        LineTax: 1.43,
      },
      {
        LineNumber: 2,
        Product: { Guid: 'p2' },
        OrderQuantity: 7,
        UnitPrice: 1.15,
        DiscountRate: 0,
        LineTotal: 8.05,
        LineTax: 1.21,
      },
    ]);
    const lines = body.SalesOrderLines ?? [];
    const cents = (field: 'LineTotal' | 'LineTax') =>
      lines.reduce((sum, line) => sum + toCents(line[field] ?? 0), 0);
    expect(toCents(body.SubTotal ?? 0)).toBe(cents('LineTotal'));
    expect(toCents(body.TaxTotal ?? 0)).toBe(cents('LineTax'));
    expect(toCents(body.Total ?? 0)).toBe(toCents(body.SubTotal ?? 0) + toCents(body.TaxTotal ?? 0));
    expect(body).toMatchObject({ SubTotal: 17.55, TaxTotal: 2.64, Total: 20.19 });
  });

  it('recomputes a line total the store rounded differently, and sends store charges as charge lines', () => {
    const odd = toSalesOrderWrite(
      {
        ...order,
        lines: [{ ...order.lines[1]!, quantity: 3, unitPrice: 0.335, lineTotal: 1, lineTax: 0.15 }],
        charges: [{ description: 'Freight', amount: 10, tax: 1.5 }],
      },
      store,
    );
    expect(odd.SalesOrderLines?.[0]?.LineTotal).toBe(1.01);
    expect(odd.SalesOrderLines?.[1]).toEqual({
      LineNumber: 0,
      LineType: 'Charge',
      Product: { ProductDescription: 'Freight' },
      OrderQuantity: 1,
      UnitPrice: 10,
      LineTotal: 10,
      LineTax: 1.5,
    });
    expect(odd).toMatchObject({ SubTotal: 11.01, TaxTotal: 1.65, Total: 12.66 });
  });

  it('rounds half away from zero, without binary drift', () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents(-1.005)).toBe(-101);
    expect(toCents(0.1 + 0.2)).toBe(30);
  });
});

describe('sales order → store order state (R18a, R19)', () => {
  const line = (overrides: Partial<USalesOrder['SalesOrderLines'][number]>) =>
    ({
      Guid: 'l',
      LineNumber: 1,
      LineType: null,
      Product: { Guid: 'P1', ProductCode: 'A', ProductDescription: 'Thing A' },
      OrderQuantity: 2,
      UnitPrice: 5,
      DiscountRate: 0,
      LineTotal: 10,
      LineTax: 1.5,
      ...overrides,
    }) as USalesOrder['SalesOrderLines'][number];
  const salesOrder = {
    Guid: 'AAAAAAAA-0000-4000-8000-000000000009',
    OrderNumber: 'SO-00000042',
    OrderStatus: 'Completed',
    CompletedDate: '/Date(1793000000000)/',
    SubTotal: 22.5,
    TaxTotal: 3.38,
    Total: 25.88,
    SalesOrderLines: [
      line({}),
      line({
        LineNumber: 2,
        Product: { Guid: 'p2', ProductCode: 'B', ProductDescription: 'Thing B' },
        LineTaxCode: 'EXEMPT',
        LineTax: 0,
      }),
      line({
        LineNumber: 0,
        LineType: 'Charge',
        Product: {
          Guid: '00000000-0000-0000-0000-000000000000',
          ProductCode: null,
          ProductDescription: 'Freight',
        },
        OrderQuantity: 1,
        UnitPrice: 12.5,
        LineTotal: 12.5,
        LineTax: 1.88,
      }),
    ],
    LastModifiedOn: '/Date(1793000000000)/',
  } as USalesOrder;

  it('maps each Unleashed status to the store status', () => {
    expect(STORE_STATUS).toEqual({
      Parked: 'pending-approval',
      Placed: 'confirmed',
      Backordered: 'coming-soon',
      Completed: 'complete',
      Deleted: 'rejected',
    });
  });

  it("takes product lines as final lines (with a line's own tax code), charge lines as charges, and the final totals", () => {
    expect(fromSalesOrder(salesOrder)).toEqual({
      unleashedGuid: 'aaaaaaaa-0000-4000-8000-000000000009',
      unleashedOrderNumber: 'SO-00000042',
      unleashedStatus: 'Completed',
      status: 'complete',
      lines: [
        {
          lineNumber: 1,
          productGuid: 'p1',
          productCode: 'A',
          description: 'Thing A',
          quantity: 2,
          unitPrice: 5,
          discountRate: 0,
          lineTotal: 10,
          lineTax: 1.5,
        },
        {
          lineNumber: 2,
          productGuid: 'p2',
          productCode: 'B',
          description: 'Thing B',
          quantity: 2,
          unitPrice: 5,
          discountRate: 0,
          lineTotal: 10,
          lineTax: 0,
          taxCode: 'EXEMPT',
        },
      ],
      charges: [{ description: 'Freight', amount: 12.5, tax: 1.88 }],
      subTotal: 22.5,
      taxTotal: 3.38,
      total: 25.88,
      completedAt: new Date(1793000000000).toISOString(),
      modifiedAt: new Date(1793000000000).toISOString(),
    });
  });
});
