import { describe, expect, it } from 'vitest';
import { csvRow, orderCsvRow } from './orders.csv.ts';
import type { Order } from './orders.types.ts';

const order = (changes: Partial<Order>) =>
  ({
    id: 'o-1',
    unleashedOrderNumber: 'SO-00000007',
    createdAt: '2026-12-07T01:02:03.000Z',
    customerCode: 'ACME',
    placedByEmail: 'ann@acme.example',
    importState: 'imported',
    lines: [
      { productCode: 'A-1', quantity: 2 },
      { productCode: 'B-2', quantity: 10 },
    ],
    subTotal: 10,
    taxTotal: 1.5,
    total: 11.5,
    ...changes,
  }) as Order;

describe('the order CSV', () => {
  it('writes one CRLF row per order with products, two-decimal money and the status label given', () => {
    expect(orderCsvRow(order({}), 'Acme Ltd', 'Confirmed')).toBe(
      'SO-00000007,o-1,2026-12-07T01:02:03.000Z,ACME,Acme Ltd,ann@acme.example,Confirmed,imported,A-1 × 2; B-2 × 10,10.00,1.50,11.50\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and defuses a text cell that a spreadsheet would run as a formula', () => {
    const row = orderCsvRow(order({ customerCode: '=HYPERLINK("x")' }), 'Smith, "Jones"\nand Co', '@status');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain('"Smith, ""Jones""\nand Co"');
    expect(row).toContain(",'@status,");
    expect(csvRow(['-1+1', 'plain'])).toBe("'-1+1,plain\r\n");
  });
});
