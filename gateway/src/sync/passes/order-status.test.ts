// The order status pull (R18a, R19): the store's orders follow their sales orders, others are ignored, and the first
// pass starts a day before the oldest order sent (nothing asked before any was sent).
import { describe, expect, it } from 'vitest';
import type { Order } from '../../orders/orders.types.ts';
import type { SalesOrderState } from '../../unleashed/mapper.ts';
import { applySalesOrders, pullOrderStatuses } from './order-status.ts';
import { NOW, passWorld } from './pass.fakes.ts';

const order = (id: string, fields: Partial<Order> = {}): Order =>
  ({
    ...{ id, storeId: 's1', unleashedGuid: `u-${id}`, customerGuid: 'c1', customerCode: 'ACME' },
    ...{
      placedByEmail: 'ann@acme.example',
      status: 'processing',
      importState: 'queued',
      importError: 'timeout',
    },
    ...{ importAttempts: 1, unleashedOrderNumber: null, unleashedStatus: null, lines: [], charges: [] },
    ...{ subTotal: 10, taxTotal: 1.5, total: 11.5, createdAt: '2026-12-05T08:00:00.000Z', importedAt: null },
    ...{ completedAt: null, updatedAt: '2026-12-05T08:00:00.000Z' },
    ...fields,
  }) as Order;
const state = (guid: string, fields: Partial<SalesOrderState> = {}): SalesOrderState => ({
  ...{ unleashedGuid: guid, unleashedOrderNumber: 'SO-1', unleashedStatus: 'Completed', status: 'complete' },
  ...{
    lines: [],
    charges: [{ description: 'Freight', amount: 5, tax: 0.75 }],
    subTotal: 15,
    taxTotal: 2.25,
    total: 17.25,
  },
  ...{ completedAt: '2026-12-06T00:00:00.000Z', modifiedAt: '2026-12-06T00:00:00.000Z' },
  ...fields,
});

describe('the order status pull', () => {
  it("when a sales order of the store's changed, then its order follows it (imported, number, status, charges, totals); another account's sales order is ignored", async () => {
    const world = passWorld();
    world.orders.put([order('o1')]);
    await applySalesOrders(world.ctx, [state('u-o1'), state('u-other')]);
    expect(world.orders.map.get('o1')).toMatchObject({
      ...{ importState: 'imported', importError: null, importedAt: NOW, unleashedOrderNumber: 'SO-1' },
      ...{
        unleashedStatus: 'Completed',
        status: 'complete',
        charges: [{ description: 'Freight', amount: 5, tax: 0.75 }],
      },
      ...{
        subTotal: 15,
        taxTotal: 2.25,
        total: 17.25,
        completedAt: '2026-12-06T00:00:00.000Z',
        updatedAt: NOW,
      },
    });
    expect(world.orders.map.size).toBe(1);
    expect(world.ctx.result).toMatchObject({ added: 0, changed: 1 });
  });

  it('when an imported order is seen again unchanged, then it keeps its import time and is neither counted nor saved', async () => {
    const world = passWorld();
    const followed = order('o1', {
      ...{ importState: 'imported', importError: null, importedAt: '2026-12-05T09:00:00.000Z' },
      ...{ unleashedOrderNumber: 'SO-1', unleashedStatus: 'Completed', status: 'complete' },
      ...{
        charges: [{ description: 'Freight', amount: 5, tax: 0.75 }],
        subTotal: 15,
        taxTotal: 2.25,
        total: 17.25,
      },
      completedAt: '2026-12-06T00:00:00.000Z',
    } as Partial<Order>);
    world.orders.put([followed]);
    await applySalesOrders(world.ctx, [state('u-o1')]);
    expect(world.orders.map.get('o1')).toBe(followed);
    expect(world.ctx.result.changed).toBe(0);
    await applySalesOrders(world.ctx, [state('u-o1', { status: 'rejected', unleashedStatus: 'Deleted' })]);
    expect(world.orders.map.get('o1')).toMatchObject({
      status: 'rejected',
      importedAt: '2026-12-05T09:00:00.000Z',
    });
  });

  it('when the store never sent an order, then Unleashed is not asked and the cursor stays empty', async () => {
    const world = passWorld();
    world.orders.put([order('o1')]);
    await pullOrderStatuses(world.ctx);
    expect(world.asked).toEqual([]);
    expect(world.cursorOf().modifiedSince).toBeNull();
  });

  it('when the first pass runs, then it asks from a day before the oldest order sent; later passes from the cursor', async () => {
    const world = passWorld();
    world.orders.put([order('o1', { importState: 'imported', createdAt: '2026-12-05T08:00:00.000Z' })]);
    await pullOrderStatuses(world.ctx);
    expect(world.asked.map((a) => [a.resource, a.modifiedSince])).toEqual([
      ['SalesOrders', '2026-12-04T08:00:00'],
    ]);
    expect(world.cursorOf().modifiedSince).toBe('2026-12-04T08:00:00.000Z');
    expect(world.progress).toEqual([[1, 1]]);
    world.cursorOf().modifiedSince = '2026-12-06T12:00:00.000Z';
    await pullOrderStatuses(world.ctx);
    expect(world.asked[1]?.modifiedSince).toBe('2026-12-06T12:00:00');
  });
});
