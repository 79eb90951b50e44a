import { describe, expect, it } from 'vitest';
import { parseCartCsv, wholeQuantity } from './cart-csv.ts';

describe('reading a cart CSV (B3)', () => {
  it('when the file has a BOM, a header, blank lines, ; separators and quotes, then each product row keeps its line number', () => {
    const rows = parseCartCsv('\uFEFFCode;Quantity\r\n\r\n"demo-plenty";"5"\nDEMO-LOW,2,extra column\n\n');
    expect(rows).toEqual([
      { row: 3, code: 'demo-plenty', quantityText: '5' },
      { row: 4, code: 'DEMO-LOW', quantityText: '2' },
    ]);
  });

  it('when there is no header row, then the first line is a product row', () => {
    expect(parseCartCsv('DEMO-PLENTY,1')).toEqual([{ row: 1, code: 'DEMO-PLENTY', quantityText: '1' }]);
  });

  it('when a quantity is not a whole positive number, then it reads as null', () => {
    expect(['0', '-1', '1.5', 'abc', '', '2000000'].map(wholeQuantity)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(['1', '+3', '007'].map(wholeQuantity)).toEqual([1, 3, 7]);
  });

  it('when a 1 MB file holds a quarter of a million rows, then reading stops one row past the limit', () => {
    const file = `Code,Quantity\n${'A,1\n'.repeat(250_000)}`;
    const rows = parseCartCsv(file, 500);
    expect(rows).toHaveLength(501);
    expect(rows[500]).toEqual({ row: 502, code: 'A', quantityText: '1' });
  });
});
