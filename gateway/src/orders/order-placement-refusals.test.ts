// An order that cannot be placed is refused whole with a sentence (R18, B4, B7, B9), and a placement whose
// import or email fails keeps nothing: no order, no email, no import, no audit entry.
import { describe, expect, it } from 'vitest';
import { customer, product, placementScenario as setUp, store, TODAY } from './order-placement.fakes.ts';
import { refuseUnplaceable, releaseOrder } from './order-placement.ts';

describe('refusing an order', () => {
  it('when the cart is empty, then it is refused as "The cart is empty."', async () => {
    expect(await setUp().refusal({ lines: [] })).toMatchObject({
      problem: 'cart-cannot-be-placed',
      detail: 'The cart is empty.',
    });
  });

  it('when a line is hidden for the customer, obsolete or not sellable in Unleashed, then each is named with why', async () => {
    const world = setUp();
    world.products.set('p3', product('p3', 'OLD', { obsolete: true }));
    world.products.set('p4', product('p4', 'SHOWN', { status: 'visible' }));
    world.products.set('p5', product('p5', 'NOSALE', { sellableInUnleashed: false }));
    const lines = ['p1', 'p3', 'p4', 'p5', 'gone'].map((productGuid) => ({ productGuid, quantity: 1 }));
    expect(await world.refusal({ lines })).toMatchObject({
      problem: 'cart-cannot-be-placed',
      detail:
        'Remove or change: OLD (This product is no longer in the store.); SHOWN (This product can be viewed but not ordered.); NOSALE (This product can be viewed but not ordered.); gone (This product is no longer in the store.)',
    });
  });

  it('when a line asks more than the stock and the store takes no backorders (B9), then not-enough-stock comes before any other refusal', async () => {
    const world = setUp();
    world.stock.set('p1', 2);
    world.products.set('p3', product('p3', 'OLD', { obsolete: true }));
    const lines = [
      { productGuid: 'p3', quantity: 1 },
      { productGuid: 'p1', quantity: 3 },
    ];
    expect(await world.refusal({ lines })).toMatchObject({
      problem: 'not-enough-stock',
      detail: 'WIDGET: only 2 available.',
    });
  });

  it('when the store sells out-of-stock products, then the excess is placed as a backorder on the line', async () => {
    const world = setUp();
    world.stock.set('p1', 2);
    const order = await world.place({ store: store({ outOfStockPolicy: 'sellable' }) });
    expect(order.lines[0]).toMatchObject({ quantity: 3, backorderQuantity: 1 });
    expect(order.lines[1]).not.toHaveProperty('backorderQuantity');
  });

  it('when a quantity breaks its rule or the order is below the minimum value (B4), then it is refused as order-rule-broken naming both', async () => {
    const world = setUp();
    world.rules.set('p1', { minimum: null, maximum: null, multiple: 2 });
    world.settings.minimumOrderValue = 100;
    const refused = await world.refusal();
    expect(refused.problem).toBe('order-rule-broken');
    expect(refused.extra.ruleBreaches?.map((b) => b.rule)).toEqual([
      'quantity-multiple',
      'minimum-order-value',
    ]);
    // The minimum counts the line that only breaks its rule: 30 + 10 of 100.
    expect(refused.detail).toBe(
      'WIDGET: Sold in 2s; 3 is not a multiple of 2. The nearest quantity that can be ordered is 4. Add 60.00 more to reach the 100.00 minimum order value (before tax).',
    );
  });

  it('when the delivery address has neither street nor city, then it is refused naming deliveryAddress; either one is enough', async () => {
    const world = setUp();
    expect(await world.refusal({ deliveryAddress: { name: 'Dock 4' } })).toMatchObject({
      problem: 'validation-failed',
      detail: 'A delivery address needs at least a street or a city.',
      extra: { errors: [{ field: 'deliveryAddress', message: 'needs at least a street or a city' }] },
    });
    expect((await world.place({ deliveryAddress: { city: 'Hamilton' } })).deliveryAddress).toMatchObject({
      city: 'Hamilton',
    });
    expect((await world.place({ deliveryAddress: { street: '2 Quay St' } })).deliveryAddress).toMatchObject({
      street: '2 Quay St',
    });
  });

  it('when the customer requires a PO number (B7) and none or a blank one is given, then it is refused naming the field', async () => {
    const world = setUp();
    world.settings.purchaseOrderRefRequired = true;
    for (const purchaseOrderRef of [undefined, '   '])
      expect(await world.refusal({ purchaseOrderRef })).toMatchObject({
        problem: 'validation-failed',
        extra: { errors: [{ field: 'purchaseOrderRef' }] },
      });
    expect((await world.place({ purchaseOrderRef: 'PO-1' })).purchaseOrderRef).toBe('PO-1');
  });

  it('when the requested delivery day is yesterday, then it is refused naming requiredDate', async () => {
    expect(await setUp().refusal({ requiredDate: '2026-12-06' })).toMatchObject({
      problem: 'validation-failed',
      extra: { errors: [{ field: 'requiredDate' }] },
    });
  });

  it('when queueing the import or an email fails, then nothing of the placement is kept', async () => {
    for (const failing of ['import', 'email'] as const) {
      const world = setUp();
      world.settings.failing = failing;
      await expect(world.place({ requiredDate: TODAY })).rejects.toThrow();
      expect(world.committed).toEqual({ orders: [], emails: [], imports: [], audits: [], asked: [] });
    }
  });

  it("when an approver releases an order (B8), then its import is queued and the admin's email names the customer, or the code without one", async () => {
    const world = setUp();
    const order = await world.place();
    world.committed.emails.length = 0;
    await releaseOrder(world.deps, store(), order, customer());
    await releaseOrder(world.deps, store({ orderRequestEmailToAdmin: false }), order);
    await releaseOrder(world.deps, store(), order);
    expect(world.committed.imports).toEqual([order, order, order, order]);
    expect(
      world.committed.emails.map((e) => (e.data.order as { customerName: string }).customerName),
    ).toEqual(['Acme Ltd', 'ACME']);
  });

  it('a cart whose only problems are rule breaches is not called unplaceable', () => {
    const breach = { rule: 'quantity-multiple', message: 'WIDGET: order in 2s.' };
    const line = { orderable: false, ruleBreach: breach, code: 'WIDGET', problem: breach.message };
    const cart = { lines: [line], orderValueBreach: null } as unknown as Parameters<
      typeof refuseUnplaceable
    >[0];
    expect(() => refuseUnplaceable(cart)).toThrow(expect.objectContaining({ problem: 'order-rule-broken' }));
  });
});
