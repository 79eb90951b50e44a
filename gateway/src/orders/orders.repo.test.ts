// The orders repository on both databases: stores kept apart, GUIDs in any case, the orders each list returns
// and in which order, the buyer's history filters and paging in SQL, and a customer's history going with it (R6).
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import type { PortalDb } from '../db/database.ts';
import { createOrdersRepo } from './orders.repo.ts';
import type { Order, OrderLine } from './orders.types.ts';

const line = (productCode: string, description: string): OrderLine => ({
  lineNumber: 1,
  productGuid: `p-${productCode}`,
  productCode,
  description,
  quantity: 2,
  unitPrice: 4.5,
  discountRate: 0,
  lineTotal: 9,
  lineTax: 1.35,
});

const order = (storeId: string, id: string, overrides: Partial<Order> = {}): Order => ({
  id,
  storeId,
  unleashedGuid: `guid-${storeId}-${id}`,
  customerGuid: 'c1',
  customerCode: 'C1',
  placedByEmail: 'dana@example.com',
  status: 'processing',
  importState: 'queued',
  importError: null,
  importAttempts: 0,
  unleashedOrderNumber: null,
  unleashedStatus: null,
  deliveryAddress: null,
  comment: null,
  lines: [line('WIDGET', 'Blue widget')],
  charges: [],
  taxCode: 'G.S.T.',
  taxRate: 0.15,
  subTotal: 9,
  taxTotal: 1.35,
  total: 10.35,
  createdAt: `2026-11-0${id}T00:00:00.000Z`,
  importedAt: null,
  completedAt: null,
  updatedAt: `2026-11-0${id}T00:00:00.000Z`,
  standingOrderId: null,
  placedOnBehalfBy: null,
  purchaseOrderRef: 'PO-4471',
  requiredDate: null,
  ...overrides,
});

/** Orders need their customer's row (the FK behind R6). */
async function addCustomers(db: PortalDb, storeId: string, ...guids: string[]) {
  const at = '2026-11-01T00:00:00.000Z';
  const customer = (guid: string) => ({
    ...{ storeId, guid, code: guid.toUpperCase(), name: `Customer ${guid}`, customerType: null },
    ...{ currency: null, taxable: true, taxCode: null, taxRate: null, discountRate: 0, sellPriceTier: null },
    ...{ addresses: '[]', obsolete: false, inStore: true, addedAt: at, modifiedAt: at, syncedAt: at },
  });
  await db.q.insertInto('customers').values(guids.map(customer)).execute();
}

describe('the orders repository', () => {
  onEachDatabase((db) => {
    const ids = (orders: Order[]) => orders.map((o) => o.id);

    it("keeps each store's orders apart even when their ids are the same, and reads an order back whole", async () => {
      await addCustomers(db(), 'a', 'c1');
      await addCustomers(db(), 'b', 'c2');
      const repo = createOrdersRepo(db());
      const full = order('a', '1', {
        deliveryAddress: {
          ...{ type: 'Shipping', name: 'Dock 4', street: '1 Quay St', street2: null, suburb: null },
          ...{ city: 'Auckland', region: null, country: 'NZ', postalCode: '1010', isDefault: false },
        },
        charges: [{ description: 'Freight', amount: 12.5, tax: 1.88 }],
        comment: 'Leave at the door',
        requiredDate: '2026-12-24',
        ...{ status: 'rejected', importState: 'held', approvalRequired: true },
        ...{ approvalDecidedBy: 'ann@example.com', approvalDecidedAt: '2026-12-01T10:00:00.000Z' },
        rejectionReason: 'Over budget',
      });
      await repo.save(full);
      await repo.save(order('b', '1', { customerGuid: 'c2' }));
      expect(await repo.get('a', '1')).toEqual(full);
      expect((await repo.get('b', '1'))?.customerGuid).toBe('c2');
      expect(await repo.findByUnleashedGuid('a', 'GUID-A-1')).toMatchObject({ id: '1', storeId: 'a' });
      expect(await repo.findByUnleashedGuid('a', 'guid-b-1')).toBeUndefined();
    });

    it("lists queued orders oldest first, a customer's newest first, and removes a customer's history", async () => {
      await addCustomers(db(), 'q', 'c1', 'other');
      const repo = createOrdersRepo(db());
      await repo.save(order('q', '3'));
      await repo.save(order('q', '1'));
      await repo.save(order('q', '2', { importState: 'imported', importAttempts: 1 }));
      await repo.save(order('q', '4', { customerGuid: 'other' }));
      // Saved at the same moment: the one made later comes first in newest-first lists.
      await repo.save(order('q', '5', { createdAt: '2026-11-03T00:00:00.000Z' }));
      expect(ids(await repo.listQueued('q'))).toEqual(['1', '3', '5', '4']);
      expect(ids(await repo.listByCustomer('q', 'c1'))).toEqual(['5', '3', '2', '1']);
      expect(await repo.firstSentAt('q')).toBe('2026-11-02T00:00:00.000Z');
      expect([...(await repo.findByUnleashedGuids('q', ['GUID-Q-2', 'guid-q-4', 'nope'])).keys()]).toEqual(
        expect.arrayContaining(['guid-q-2', 'guid-q-4']),
      );
      expect(ids(await repo.deleteByCustomer('q', 'c1')).sort()).toEqual(['1', '2', '3', '5']);
      expect(ids(await repo.listQueued('q'))).toEqual(['4']);
      expect(await repo.firstSentAt('q')).toBeNull();
    });

    it('when the customer leaves the store, then its orders go with it', async () => {
      await addCustomers(db(), 'r6', 'c1');
      const repo = createOrdersRepo(db());
      await repo.save(order('r6', '1'));
      await db().q.deleteFrom('customers').where('storeId', '=', 'r6').execute();
      expect(await repo.get('r6', '1')).toBeUndefined();
    });

    it("filters a customer's history by status, placed day (UTC, both ends kept) and text in any case", async () => {
      await addCustomers(db(), 'f', 'c1', 'c2');
      const repo = createOrdersRepo(db());
      await repo.save(order('f', '1', { unleashedOrderNumber: 'SO-00041', status: 'complete' }));
      await repo.save(
        order('f', '2', { createdAt: '2026-11-02T23:59:59.999Z', lines: [line('GADGET', '50% off')] }),
      );
      await repo.save(order('f', '3', { lines: [line('BOLT', 'Stainless WIDGET bolt')] }));
      await repo.save(order('f', '4', { customerGuid: 'c2', unleashedOrderNumber: 'SO-00042' }));
      const list = async (query: object) =>
        ids((await repo.list('f', { customerGuid: 'c1', ...query }, { page: 1, pageSize: 50 })).items);
      expect(await list({})).toEqual(['3', '2', '1']);
      expect(await list({ status: 'complete' })).toEqual(['1']);
      expect(await list({ placedFrom: '2026-11-02', placedTo: '2026-11-02' })).toEqual(['2']);
      expect(await list({ placedFrom: '2026-11-02' })).toEqual(['3', '2']);
      expect(await list({ search: 'so-0004' })).toEqual(['1']);
      expect(await list({ search: ' widget ' })).toEqual(['3', '1']);
      expect(await list({ search: 'stainless' })).toEqual(['3']);
      expect(await list({ search: '0%' })).toEqual(['2']);
      expect(await list({ search: 'W_DGET' })).toEqual([]);
    });

    it('when there are more orders than a page holds, then the second page holds the next newest and the total counts all', async () => {
      await addCustomers(db(), 'p', 'c1');
      const repo = createOrdersRepo(db());
      for (let day = 1; day <= 7; day++)
        await repo.save(order('p', String(day), { status: day % 2 ? 'processing' : 'complete' }));
      const second = await repo.list('p', {}, { page: 2, pageSize: 3 });
      expect(ids(second.items)).toEqual(['4', '3', '2']);
      expect(second.total).toBe(7);
      const complete = await repo.list('p', { status: 'complete' }, { page: 2, pageSize: 2 });
      expect(ids(complete.items)).toEqual(['2']);
      expect(complete.total).toBe(3);
      expect(await repo.list('p', {}, { page: 4, pageSize: 3 })).toEqual({ items: [], total: 7 });
    });
  });
});
