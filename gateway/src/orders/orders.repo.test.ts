import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../storage/collections.ts';
import { createOrdersRepo } from './orders.repo.ts';
import type { Order } from './orders.types.ts';

const order = (storeId: string, id: string, overrides: Partial<Order> = {}): Order =>
  ({
    id,
    storeId,
    unleashedGuid: `guid-${storeId}-${id}`,
    customerGuid: 'c1',
    importState: 'queued',
    importAttempts: 0,
    importedAt: null,
    createdAt: `2026-11-0${id}T00:00:00Z`,
    ...overrides,
  }) as Order;

describe('the orders repository', () => {
  it("keeps each store's orders apart even when their ids are the same", async () => {
    const repo = await createOrdersRepo(new MemoryBackend());
    await repo.save(order('a', '1'));
    await repo.save(order('b', '1', { customerGuid: 'c2' }));
    expect((await repo.get('a', '1'))?.customerGuid).toBe('c1');
    expect((await repo.get('b', '1'))?.customerGuid).toBe('c2');
    expect(await repo.findByUnleashedGuid('a', 'GUID-A-1')).toMatchObject({ id: '1', storeId: 'a' });
    expect(await repo.findByUnleashedGuid('a', 'guid-b-1')).toBeUndefined();
  });

  it("lists queued orders oldest first, a customer's newest first, and removes a customer's history", async () => {
    const repo = await createOrdersRepo(new MemoryBackend());
    await repo.save(order('a', '3'));
    await repo.save(order('a', '1'));
    await repo.save(
      order('a', '2', { importState: 'imported', importedAt: '2026-11-05T00:00:00Z', importAttempts: 1 }),
    );
    await repo.save(order('a', '4', { customerGuid: 'other' }));
    expect((await repo.listQueued('a')).map((o) => o.id)).toEqual(['1', '3', '4']);
    expect((await repo.listByCustomer('a', 'c1')).map((o) => o.id)).toEqual(['3', '2', '1']);
    expect(await repo.firstSentAt('a')).toBe('2026-11-02T00:00:00Z');
    expect([...(await repo.findByUnleashedGuids('a', ['guid-a-2', 'guid-a-4', 'nope'])).keys()]).toEqual([
      'guid-a-2',
      'guid-a-4',
    ]);
    expect(await repo.deleteByCustomer('a', 'c1')).toBe(3);
    expect((await repo.listQueued('a')).map((o) => o.id)).toEqual(['4']);
    expect(await repo.firstSentAt('a')).toBeNull();
  });
});
