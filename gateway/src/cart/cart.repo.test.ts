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
  });
});
