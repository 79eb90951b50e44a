// The customers pass: new customers join the store only when it adds them automatically and the plan has room
// (R7, reported when the plan is why), customers already in keep their place, and an obsolete or deleted customer
// is removed with its order history and its contacts' logins, each order that never reached Unleashed reported (R6).
import { describe, expect, it } from 'vitest';
import type { Order } from '../../orders/orders.types.ts';
import { ContactBook } from './contacts.ts';
import { contact, customer, customerWorld, record } from './customer-pass.fakes.ts';
import { admissions, applyCustomerGone, applyCustomers } from './customers.ts';
import { NOW } from './pass.fakes.ts';

async function apply(world: ReturnType<typeof customerWorld>, records: ReturnType<typeof record>[]) {
  const book = await ContactBook.load(world.ctx);
  await applyCustomers(world.ctx, records, await admissions(world.ctx), book);
}

const order = (id: string, fields: Partial<Order>): Order =>
  ({
    ...{ id, customerGuid: 'c1', placedByEmail: 'ann@buyer.example', createdAt: '2026-12-01T08:00:00.000Z' },
    ...{ total: 12.5, importState: 'queued', importError: null, purchaseOrderRef: null },
    ...fields,
  }) as Order;

describe('the customers pass', () => {
  it('when the store adds customers automatically and the plan has room for one, then the first new customer joins and the next is kept out, reported with the plan that has room', async () => {
    const world = customerWorld();
    world.customers.set('c0', customer('c0', { inStore: true, addedAt: 'earlier' }));
    world.room.customers = 1;
    await apply(world, [record(customer('c1')), record(customer('c2'))]);
    expect(world.customers.get('c1')).toMatchObject({ inStore: true, addedAt: NOW });
    expect(world.customers.get('c2')).toMatchObject({ inStore: false, addedAt: null });
    expect(world.ctx.result.added).toBe(2);
    expect(world.ctx.result.skipped).toEqual([
      {
        key: 'C2',
        reason: 'plan-limit',
        detail:
          "Not added to the store: the store plan's customer limit is reached (2 customers in the store). Add it once the plan has room. Premium allows more.",
      },
    ]);
  });

  it('when the plan has no limit, every new customer joins; when the store does not add customers, none does and nothing is reported', async () => {
    const open = customerWorld();
    await apply(open, [record(customer('c1')), record(customer('c2'))]);
    expect([...open.customers.values()].map((c) => c.inStore)).toEqual([true, true]);
    const closed = customerWorld({ autoAddCustomers: false });
    closed.room.customers = 5;
    await apply(closed, [record(customer('c1'))]);
    expect(closed.customers.get('c1')).toMatchObject({ inStore: false, addedAt: null });
    expect(closed.ctx.result.skipped).toEqual([]);
  });

  it('when a known customer changes, then it keeps its place in the store and counts as changed; unchanged, it is not written', async () => {
    const world = customerWorld();
    world.room.customers = 0;
    world.customers.set('c1', customer('c1', { inStore: true, addedAt: 'earlier', name: 'Old' }));
    await apply(world, [record(customer('c1', { name: 'New' }))]);
    expect(world.customers.get('c1')).toMatchObject({ name: 'New', inStore: true, addedAt: 'earlier' });
    expect(world.ctx.result).toMatchObject({ added: 0, changed: 1, skipped: [] });
    await apply(world, [record(customer('c1', { name: 'New', syncedAt: 'later' }))]);
    expect(world.customers.get('c1')?.syncedAt).toBe(NOW);
  });

  it('when an admin removed the customer from the store during the pass, then the stored choice wins', async () => {
    const world = customerWorld();
    world.customers.set('c1', customer('c1', { inStore: true, addedAt: 'earlier', name: 'Old' }));
    const changed = record(customer('c1', { name: 'New' }));
    const contactsOf = changed.contacts;
    changed.contacts = async () => {
      world.customers.set('c1', customer('c1', { inStore: false, addedAt: null, name: 'Old' }));
      return contactsOf();
    };
    await apply(world, [changed]);
    expect(world.customers.get('c1')).toMatchObject({ name: 'New', inStore: false, addedAt: null });
  });

  it('when a known customer turns obsolete, then it is removed with its orders and its synced contacts lose their logins; each order that never reached Unleashed is reported', async () => {
    const world = customerWorld();
    world.customers.set('c1', customer('c1', { inStore: true }));
    world.contacts.set('k1', contact('k1', 'c1'));
    world.contacts.set('k2', contact('k2', 'c1', { syncState: 'not-ordering' }));
    world.history.push(
      order('aaaaaaaa-1', { importState: 'imported' }),
      order('bbbbbbbb-2', { purchaseOrderRef: 'PO-9' }),
      order('cccccccc-3', { importState: 'failed', importError: 'Customer on hold' }),
      order('dddddddd-4', { importState: 'failed' }),
    );
    await apply(world, [
      record(customer('c1', { obsolete: true })),
      record(customer('c9', { obsolete: true })),
    ]);
    expect(world.customers.size).toBe(0);
    expect(world.history).toEqual([]);
    expect(world.revoked).toEqual(['k1']);
    expect(world.ctx.result).toMatchObject({ added: 0, removed: 1 });
    expect(world.ctx.result.skipped.map((s) => [s.key, s.reason, s.detail])).toEqual([
      [
        'C1',
        'order-not-imported',
        'Order BBBBBBBB (PO PO-9) placed 2026-12-01 by ann@buyer.example, total 12.50, never reached Unleashed (it was still waiting to be imported) and was removed with C1 c1 Ltd, obsolete in Unleashed. Place it again for the customer if it is still wanted.',
      ],
      [
        'C1',
        'order-not-imported',
        'Order CCCCCCCC placed 2026-12-01 by ann@buyer.example, total 12.50, never reached Unleashed (Unleashed refused it: Customer on hold) and was removed with C1 c1 Ltd, obsolete in Unleashed. Place it again for the customer if it is still wanted.',
      ],
      ['C1', 'order-not-imported', expect.stringContaining('(Unleashed refused it: no reason given)')],
    ]);
  });

  it('when Unleashed deletes a customer, then it is removed as an obsolete one is and its code returned; an unknown one is nothing', async () => {
    const world = customerWorld();
    world.customers.set('c1', customer('c1', { inStore: true }));
    world.contacts.set('k1', contact('k1', 'c1'));
    expect(await applyCustomerGone(world.ctx, 'c1')).toBe('C1');
    expect([world.customers.size, world.revoked, world.ctx.result.removed]).toEqual([0, ['k1'], 1]);
    expect(await applyCustomerGone(world.ctx, 'c1')).toBeUndefined();
  });

  it('when saving a page fails, then none of its customers or contacts is kept', async () => {
    const world = customerWorld();
    const book = await ContactBook.load(world.ctx);
    const failing = async () => {
      throw new Error('checkpoint failed');
    };
    const records = [record(customer('c1'), [contact('k1', 'c1', { isDefault: true })])];
    await expect(
      applyCustomers(world.ctx, records, await admissions(world.ctx), book, failing),
    ).rejects.toThrow();
    expect([world.customers.size, world.contacts.size]).toEqual([0, 0]);
  });
});
