// The carts repository on both databases: an empty cart until saved, one cart per owner (a contact, or an
// admin acting for a customer) and store, a save replacing the lines.
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { actingCartKey } from '../acting/acting.types.ts';
import { createCartsRepo } from './cart.repo.ts';

describe('the carts repository', () => {
  onEachDatabase((db) => {
    it("keeps a contact's cart, the acting admin's cart for the customer and another store's cart apart", async () => {
      const carts = createCartsRepo(db());
      expect(await carts.get('s1', 'contact-1')).toEqual({
        storeId: 's1',
        contactGuid: 'contact-1',
        lines: [],
        updatedAt: '',
      });
      const acting = actingCartKey('admin-1', 'customer-1');
      await carts.save({
        storeId: 's1',
        contactGuid: 'contact-1',
        lines: [{ productGuid: 'p1', quantity: 2 }],
        updatedAt: '2026-11-01T10:00:00.000Z',
      });
      await carts.save({
        storeId: 's1',
        contactGuid: acting,
        lines: [{ productGuid: 'p2', quantity: 1 }],
        updatedAt: '2026-11-01T10:01:00.000Z',
      });
      await carts.save({
        storeId: 's1',
        contactGuid: 'contact-1',
        lines: [{ productGuid: 'p3', quantity: 5 }],
        updatedAt: '2026-11-01T10:02:00.000Z',
      });
      expect(await carts.get('s1', 'contact-1')).toEqual({
        storeId: 's1',
        contactGuid: 'contact-1',
        lines: [{ productGuid: 'p3', quantity: 5 }],
        updatedAt: '2026-11-01T10:02:00.000Z',
      });
      expect((await carts.get('s1', acting)).lines).toEqual([{ productGuid: 'p2', quantity: 1 }]);
      expect((await carts.get('s2', 'contact-1')).lines).toEqual([]);
    });

    it('when eight changes of one cart come at once (tabs, instances), then each sees the one before it and no line is lost', async () => {
      const carts = createCartsRepo(db());
      const at = '2026-11-01T11:00:00.000Z';
      const adds = Array.from({ length: 8 }, (_, n) =>
        carts.change(
          's3',
          'contact-3',
          async (lines) => {
            await new Promise((resolve) => setTimeout(resolve, 5)); // a change that takes a moment, as pricing does
            return [...lines, { productGuid: `p${n}`, quantity: 1 }];
          },
          at,
        ),
      );
      await Promise.all(adds);
      const kept = (await carts.get('s3', 'contact-3')).lines.map((l) => l.productGuid).sort();
      expect(kept).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);

      const taken = await carts.change('s3', 'contact-3', () => [], at);
      expect(taken.before).toHaveLength(8);
      expect(taken.after).toEqual([]);
      const unchanged = await carts.change('s3', 'contact-3', () => undefined, '2026-11-01T12:00:00.000Z');
      expect(unchanged).toEqual({ before: [], after: [] });
      expect((await carts.get('s3', 'contact-3')).updatedAt).toBe(at);
    });
  });
});
