// The order status pull keeps a placed line's backordered part (B9) when Unleashed's final lines replace the order's.
import { describe, expect, it } from 'vitest';
import type { OrderLine } from '../../orders/orders.types.ts';
import { keepBackorders } from './order-status.ts';

const line = (productGuid: string, quantity: number, backorderQuantity?: number): OrderLine => ({
  lineNumber: 1,
  productGuid,
  productCode: productGuid.toUpperCase(),
  description: productGuid,
  quantity,
  unitPrice: 2,
  discountRate: 0,
  lineTotal: quantity * 2,
  lineTax: 0,
  ...(backorderQuantity ? { backorderQuantity } : {}),
});

describe('keepBackorders', () => {
  it('when Unleashed lists the lines in another order, then each keeps the backorder of its own product and no other line gains one', () => {
    const placed = [line('plenty', 3), line('low', 8, 3)];
    expect(keepBackorders(placed, [line('low', 8), line('plenty', 3)])).toEqual([
      line('low', 8, 3),
      line('plenty', 3),
    ]);
  });

  it('when the supplier cut the quantity below the backorder or removed the line, then the backorder is at most the quantity, and a new product has none', () => {
    expect(keepBackorders([line('low', 8, 3)], [line('low', 2)])).toEqual([line('low', 2, 2)]);
    expect(keepBackorders([line('low', 8, 3)], [line('other', 5)])).toEqual([line('other', 5)]);
  });

  it('when one product is on two lines, then each placed line gives its backorder to one line, in order', () => {
    const placed = [line('low', 4), line('low', 6, 2)];
    expect(keepBackorders(placed, [line('low', 4), line('low', 6)])).toEqual([
      line('low', 4),
      line('low', 6, 2),
    ]);
  });
});
