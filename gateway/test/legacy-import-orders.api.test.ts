// An earlier version's orders, carts, standing orders and runs (old record shapes, optional fields added later
// missing) are copied into their tables at first start; an order whose customer is no longer stored is left behind.
import { describe, expect, it } from 'vitest';
import { createCartsRepo } from '../src/cart/cart.repo.ts';
import { createLogger } from '../src/http/logging.ts';
import { MemoryBackend } from '../src/legacy/collections.ts';
import { legacyCollections } from '../src/legacy/legacy-collections.ts';
import { importLegacyData } from '../src/legacy/legacy-import.ts';
import { createOrdersRepo } from '../src/orders/orders.repo.ts';
import { createStandingOrdersRepo } from '../src/standing-orders/standing-orders.repo.ts';
import { fileDatabase } from './file-database.ts';

const AT = '2026-01-05T08:00:00.000Z';

const oldOrder = (id: string, customerGuid: string) => ({
  id,
  storeId: 'store-1',
  unleashedGuid: `GUID-${id}`,
  customerGuid,
  customerCode: 'KEPT',
  placedByEmail: 'dana@kept.example',
  status: 'complete',
  importState: 'imported',
  importError: null,
  importAttempts: 1,
  unleashedOrderNumber: 'SO-00007',
  unleashedStatus: 'Completed',
  deliveryAddress: null,
  comment: null,
  lines: [{ lineNumber: 1, productGuid: 'p1', productCode: 'P1', description: 'One', quantity: 1 }],
  charges: [],
  taxCode: 'G.S.T.',
  taxRate: 0.15,
  subTotal: 10,
  taxTotal: 1.5,
  total: 11.5,
  createdAt: AT,
  importedAt: AT,
  completedAt: AT,
  updatedAt: AT,
});

async function writeOldRecords(old: MemoryBackend) {
  const collection = (concern: string, name: string) =>
    old.collection<{ id: string } & Record<string, unknown>>(concern, name);
  await (await collection('orders', 'orders')).put(
    { id: 'store-1:o1', order: oldOrder('o1', 'kept') },
    { id: 'store-1:o2', order: oldOrder('o2', 'gone') },
  );
  const lines = [{ productGuid: 'p1', quantity: 3 }];
  await (await collection('carts', 'carts')).put({
    id: 'store-1:contact-1',
    storeId: 'store-1',
    contactGuid: 'contact-1',
    lines,
    updatedAt: AT,
  });
  await (await collection('standing-orders', 'standing-orders')).put({
    id: 'so-1',
    storeId: 'store-1',
    customerGuid: 'kept',
    customerCode: 'KEPT',
    name: 'Weekly',
    status: 'active',
    createdBy: { contactGuid: 'contact-1', email: 'dana@kept.example', firstName: 'Dana' },
    deliveryAddress: { street: '1 Quay St', city: 'Auckland' },
    schedule: { frequency: 'weekly', every: 1 },
    startDate: '2026-01-12',
    nextRunDate: '2026-01-19',
    reminderSentFor: null,
    comment: null,
    lines,
    createdAt: AT,
    updatedAt: AT,
  });
  await (await collection('standing-orders', 'runs')).put({
    id: 'so-1:2026-01-12',
    storeId: 'store-1',
    standingOrderId: 'so-1',
    dueDate: '2026-01-12',
    outcome: 'placed',
    detail: null,
    orderId: 'o1',
    ranAt: '2026-01-12T06:00:00.000Z',
  });
}

describe('orders of an earlier version', () => {
  it('when the gateway starts on old records, then orders, carts, standing orders and runs are kept', async () => {
    const db = await fileDatabase();
    // The customers were imported first (their own collection).
    await db.q
      .insertInto('customers')
      .values({
        ...{
          storeId: 'store-1',
          guid: 'kept',
          code: 'KEPT',
          name: 'Kept Ltd',
          customerType: null,
          currency: null,
        },
        ...{
          taxable: true,
          taxCode: null,
          taxRate: null,
          discountRate: 0,
          sellPriceTier: null,
          addresses: '[]',
        },
        ...{ obsolete: false, inStore: true, addedAt: AT, modifiedAt: AT, syncedAt: AT },
      })
      .execute();
    const old = new MemoryBackend();
    await writeOldRecords(old);
    await importLegacyData(db, old, legacyCollections(db), createLogger('silent'));

    const orders = createOrdersRepo(db);
    expect(await orders.findByUnleashedGuid('store-1', 'guid-o1')).toMatchObject({
      id: 'o1',
      total: 11.5,
      standingOrderId: null,
      placedOnBehalfBy: null,
    });
    expect(await orders.get('store-1', 'o2')).toBeUndefined();
    expect((await createCartsRepo(db).get('store-1', 'contact-1')).lines).toEqual([
      { productGuid: 'p1', quantity: 3 },
    ]);
    const standing = createStandingOrdersRepo(db);
    expect(await standing.get('store-1', 'so-1')).toMatchObject({
      createdBy: { contactGuid: 'contact-1', email: 'dana@kept.example', firstName: 'Dana' },
      nextRunDate: '2026-01-19',
    });
    expect(await standing.listRuns('so-1', 10)).toMatchObject([{ dueDate: '2026-01-12', orderId: 'o1' }]);
  });
});
