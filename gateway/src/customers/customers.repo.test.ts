// The customers repository on PostgreSQL and PGlite: records come back as the sync wrote them, removal with
// contacts and orders (R6), contacts' order, and the 'customers' data version.
import { describe, expect, it } from 'vitest';
import { contact, customer } from '../../test/customer-records.ts';
import { onEachDatabase } from '../../test/databases.ts';
import { createDataVersions } from '../db/data-versions.ts';
import { createCustomersRepo } from './customers.repo.ts';

describe('the customers repository', () => {
  onEachDatabase((db) => {
    it('when a customer and its contacts are saved, then they read back exactly as written (what the sync compares)', async () => {
      const repo = createCustomersRepo(db());
      const written = customer('s-read', 'READ1', { taxRate: null, customerType: 'Retail' });
      const ann = contact(written, 'Ann', { isDefault: true, lastName: 'Smith' });
      await repo.saveCustomers([written]);
      await repo.saveContacts([ann]);
      expect(await repo.getCustomer('s-read', written.guid)).toStrictEqual(written);
      expect(await repo.getContact('s-read', ann.guid)).toStrictEqual(ann);
      await repo.saveCustomers([{ ...written, inStore: false, addedAt: null }]);
      expect(await repo.getCustomer('s-read', written.guid)).toMatchObject({ inStore: false, addedAt: null });
      expect(await repo.countInStore('s-read')).toBe(0);
    });

    it("when a customer is removed, then its contacts and its store orders go with it, and another's stay (R6)", async () => {
      const repo = createCustomersRepo(db());
      const gone = customer('s-rm', 'GONE1');
      const kept = customer('s-rm', 'KEPT1');
      await repo.saveCustomers([gone, kept]);
      await repo.saveContacts([contact(gone, 'Ann'), contact(gone, 'Bob'), contact(kept, 'Cy')]);
      for (const [id, of] of [
        ['W-1', gone],
        ['W-2', kept],
      ] as const)
        await db()
          .q.insertInto('orders')
          .values({
            ...{
              storeId: 's-rm',
              id,
              unleashedGuid: `u-${id}`,
              customerGuid: of.guid,
              customerCode: of.code,
            },
            ...{ placedByEmail: 'ann@gone1.example', status: 'processing', importState: 'queued' },
            ...{ importError: null, importAttempts: 0, unleashedOrderNumber: null, unleashedStatus: null },
            ...{ deliveryAddress: null, comment: null, lines: '[]', charges: '[]', taxCode: 'G.S.T.' },
            ...{ taxRate: 0.15, subTotal: 0, taxTotal: 0, total: 0, createdAt: '2026-11-02T00:00:00Z' },
            ...{ importedAt: null, completedAt: null, updatedAt: '2026-11-02T00:00:00Z' },
            ...{ standingOrderId: null, placedOnBehalfBy: null },
          })
          .execute();
      const removed = await repo.removeCustomer('s-rm', gone.guid);
      expect(removed.map((c) => c.firstName).sort()).toEqual(['Ann', 'Bob']);
      expect(await repo.getCustomer('s-rm', gone.guid)).toBeUndefined();
      expect(await repo.listContacts('s-rm')).toEqual([contact(kept, 'Cy')]);
      const orders = await db().q.selectFrom('orders').select('id').where('storeId', '=', 's-rm').execute();
      expect(orders).toEqual([{ id: 'W-2' }]);
    });

    it("when contacts are listed, then a customer's default contact comes first, then by name, and by email only that email", async () => {
      const repo = createCustomersRepo(db());
      const of = customer('s-contacts', 'LIST1');
      await repo.saveCustomers([of]);
      await repo.saveContacts([
        contact(of, 'zed'),
        contact(of, 'Moe', { isDefault: true }),
        contact(of, 'Al', { email: 'shared@list1.example' }),
      ]);
      expect((await repo.listContacts('s-contacts', of.guid)).map((c) => c.firstName)).toEqual([
        'Moe',
        'Al',
        'zed',
      ]);
      expect(
        (await repo.listContactsByEmail('s-contacts', 'shared@list1.example')).map((c) => c.firstName),
      ).toEqual(['Al']);
    });

    it("when customers or contacts are written, then that store's 'customers' version moves, and not when the write rolls back", async () => {
      const versions = createDataVersions(db(), { maxAgeMs: 0 });
      const repo = createCustomersRepo(db(), versions);
      const current = () => versions.current('s-ver', 'customers');
      const of = customer('s-ver', 'VER1');
      await repo.saveCustomers([of]);
      const afterCustomer = await current();
      await repo.saveContacts([contact(of, 'Ann')]);
      const afterContact = await current();
      await repo.removeCustomer('s-ver', of.guid);
      const afterRemoval = await current();
      expect([afterCustomer, afterContact, afterRemoval]).toEqual([1, 2, 3]);
      expect(await versions.current('s-other-ver', 'customers')).toBe(0);
      await expect(
        db().transaction(async () => {
          await repo.saveCustomers([customer('s-ver', 'VER2')]);
          throw new Error('half way');
        }),
      ).rejects.toThrow('half way');
      expect(await current()).toBe(3);
      expect(await repo.getCustomer('s-ver', 'g-VER2')).toBeUndefined();
    });
  });
});
