// The standing orders repository on both databases: a due date claimed once however many claim it at once,
// the runner's change lost to an edit made meanwhile, the admin's pages and the active list.
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { createStandingOrdersRepo } from './standing-orders.repo.ts';
import type { StandingOrder } from './standing-orders.types.ts';

const standingOrder = (
  storeId: string,
  id: string,
  overrides: Partial<StandingOrder> = {},
): StandingOrder => ({
  id,
  storeId,
  customerGuid: 'c1',
  customerCode: 'C1',
  name: `Order ${id}`,
  status: 'active',
  createdBy: { contactGuid: 'contact-1', email: 'dana@example.com', firstName: null },
  deliveryAddress: { street: '1 Quay St', city: 'Auckland' },
  schedule: { frequency: 'weekly', every: 2 },
  startDate: '2026-11-02',
  nextRunDate: '2026-11-02',
  reminderSentFor: null,
  comment: null,
  purchaseOrderRef: 'PO-{date}',
  lines: [{ productGuid: 'p1', quantity: 2 }],
  createdAt: `2026-10-0${id.slice(-1)}T00:00:00.000Z`,
  updatedAt: `2026-10-0${id.slice(-1)}T00:00:00.000Z`,
  ...overrides,
});

describe('the standing orders repository', () => {
  onEachDatabase((db) => {
    it('reads a standing order back as saved, and only in its own store', async () => {
      const repo = createStandingOrdersRepo(db());
      const saved = standingOrder('s', 'read-1', {
        createdBy: { contactGuid: 'k', email: 'k@x.example', firstName: 'Kim' },
      });
      await repo.save(saved);
      expect(await repo.get('s', 'read-1')).toEqual(saved);
      expect(await repo.get('other', 'read-1')).toBeUndefined();
    });

    it('when several passes claim the same due date at once, then exactly one gets it, and a later one does not', async () => {
      const repo = createStandingOrdersRepo(db());
      const order = standingOrder('s', 'claim-1');
      await repo.save(order);
      const claims = await Promise.all(
        Array.from({ length: 6 }, () => repo.claimRun(order, '2026-11-02', '2026-11-02T06:00:00.000Z')),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await repo.claimRun(order, '2026-11-02', '2026-11-02T06:01:00.000Z')).toBe(false);
      expect(await repo.claimRun(order, '2026-11-16', '2026-11-16T06:00:00.000Z')).toBe(true);
      expect((await repo.listRuns(order.id, 10)).map((r) => `${r.dueDate} ${r.outcome}`)).toEqual([
        '2026-11-16 running',
        '2026-11-02 running',
      ]);
    });

    it("when the buyer edited the standing order after the runner read it, then the runner's change is not applied", async () => {
      const repo = createStandingOrdersRepo(db());
      const seen = standingOrder('s', 'cas-1');
      await repo.save(seen);
      expect(await repo.updateIfUnchanged(seen, { reminderSentFor: '2026-11-02' })).toBe(true);
      expect(await repo.updateIfUnchanged(seen, { reminderSentFor: '2026-11-02' })).toBe(false);
      const fresh = (await repo.get('s', 'cas-1')) as StandingOrder;
      await repo.save({ ...fresh, name: 'Renamed', updatedAt: '2026-10-20T00:00:00.000Z' });
      expect(await repo.updateIfUnchanged(fresh, { nextRunDate: '2026-11-16' })).toBe(false);
      expect(await repo.get('s', 'cas-1')).toMatchObject({ name: 'Renamed', nextRunDate: '2026-11-02' });
    });

    it("lists a store's standing orders newest first by page, optionally of one status, and the active ones", async () => {
      const repo = createStandingOrdersRepo(db());
      for (const [id, status] of [
        ['p1', 'active'],
        ['p2', 'paused'],
        ['p3', 'active'],
        ['p4', 'cancelled'],
        ['p5', 'active'],
      ] as const)
        await repo.save(standingOrder('paged', id, { status, customerGuid: id === 'p5' ? 'c2' : 'c1' }));
      await repo.save(standingOrder('elsewhere', 'e1'));
      const second = await repo.page('paged', undefined, { page: 2, pageSize: 2 });
      expect(second.items.map((o) => o.id)).toEqual(['p3', 'p2']);
      expect(second.total).toBe(5);
      const active = await repo.page('paged', 'active', { page: 1, pageSize: 2 });
      expect(active).toMatchObject({ total: 3, items: [{ id: 'p5' }, { id: 'p3' }] });
      expect((await repo.list('paged', 'c1')).map((o) => o.id)).toEqual(['p4', 'p3', 'p2', 'p1']);
      expect((await repo.listActive('paged')).map((o) => o.id).sort()).toEqual(['p1', 'p3', 'p5']);
      expect((await repo.listActive()).map((o) => o.id)).toEqual(expect.arrayContaining(['p1', 'e1']));
    });
  });
});
