// Placing an order (R18–R20, B4, B7, B8, B9) with in-memory stand-ins: what is saved, queued, emailed and audited
// when it is placed, and that a refused or failed placement leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { customer, placementScenario as setUp, store, TODAY } from './order-placement.fakes.ts';

describe('placing an order', () => {
  it('when a buyer places two lines, then the order is saved Processing with the prices, tax and address, its import is queued, buyer and admin are emailed and it is audited', async () => {
    const world = setUp();
    const order = await world.place({
      comment: 'Back door',
      purchaseOrderRef: '  PO-7 ',
      requiredDate: TODAY,
    });
    expect(world.committed.orders).toEqual([order]);
    expect(order).toMatchObject({
      ...{ storeId: 's1', customerGuid: 'c1', customerCode: 'ACME', placedByEmail: 'ann@acme.example' },
      ...{ status: 'processing', importState: 'queued', importError: null, importAttempts: 0 },
      ...{ unleashedOrderNumber: null, unleashedStatus: null, comment: 'Back door', charges: [] },
      ...{ taxCode: 'G.S.T.', taxRate: 0.15, subTotal: 40, taxTotal: 4.5, total: 44.5 },
      ...{ createdAt: `${TODAY}T09:30:00.000Z`, updatedAt: `${TODAY}T09:30:00.000Z` },
      ...{ importedAt: null, completedAt: null, standingOrderId: null, placedOnBehalfBy: null },
      ...{ purchaseOrderRef: 'PO-7', requiredDate: TODAY },
    });
    expect(order.id).not.toBe(order.unleashedGuid);
    expect(order.deliveryAddress).toEqual({
      ...{ type: 'Shipping', name: null, street: '1 Depot Road', street2: null, suburb: null },
      ...{ city: 'Auckland', region: null, country: null, postalCode: null, isDefault: false },
    });
    expect(order.lines).toEqual([
      {
        ...{ lineNumber: 1, productGuid: 'p1', productCode: 'WIDGET', description: 'WIDGET description' },
        ...{ quantity: 3, unitPrice: 10, discountRate: 0, lineTotal: 30, lineTax: 4.5 },
      },
      {
        ...{ lineNumber: 2, productGuid: 'p2', productCode: 'GADGET', description: 'GADGET description' },
        ...{ quantity: 4, unitPrice: 2.5, discountRate: 0, lineTotal: 10, lineTax: 0, taxCode: 'EXEMPT' },
      },
    ]);
    expect(world.committed.imports).toEqual([order]);
    expect(world.committed.emails.map(({ template, to }) => [template, to])).toEqual([
      ['order-request-buyer', 'ann@acme.example'],
      ['order-request-admin', 'orders@supplier.example'],
    ]);
    const [buyerMail, adminMail] = world.committed.emails;
    expect(buyerMail?.data).toMatchObject({
      firstName: 'Ann',
      order: { customerName: 'Acme Ltd', total: 44.5 },
    });
    expect(buyerMail?.data.order).toMatchObject({ orderUrl: `https://shop.example/#/orders/${order.id}` });
    expect(adminMail?.data).toMatchObject({ placedByEmail: 'ann@acme.example', placedOnBehalfBy: null });
    expect(adminMail?.data.order).toMatchObject({ orderUrl: 'https://shop.example/#/admin/orders' });
    expect(world.committed.audits).toEqual([
      {
        ...{ kind: 'order-placed', recordType: 'order', recordId: order.id },
        ...{ summary: 'Order placed for ACME by ann@acme.example', after: { total: 44.5, lines: 2 } },
      },
    ]);
  });

  it("when the customer has its own tax code, a standing order's run places it for an acting admin, then they are on the order and in the audit", async () => {
    const world = setUp();
    const order = await world.place({
      customer: customer({ taxCode: 'ZERO', taxable: false }),
      placedBy: { email: 'ann@acme.example' },
      standingOrderId: 'so-1',
      placedOnBehalfBy: 'admin@supplier.example',
    });
    expect(order).toMatchObject({ taxCode: 'ZERO', taxRate: 0, taxTotal: 0, standingOrderId: 'so-1' });
    expect(order.placedOnBehalfBy).toBe('admin@supplier.example');
    expect(world.committed.emails[0]?.data.firstName).toBeNull();
    expect(world.committed.emails[1]?.data.placedOnBehalfBy).toBe('admin@supplier.example');
    expect(world.committed.audits[0]?.summary).toBe(
      'Order placed for ACME by ann@acme.example (standing order)',
    );
  });

  it('when the store switched both order-request emails off, then nobody is emailed but the import is queued', async () => {
    const world = setUp();
    await world.place({ store: store({ orderRequestEmailToBuyer: false, orderRequestEmailToAdmin: false }) });
    expect(world.committed.emails).toEqual([]);
    expect(world.committed.imports).toHaveLength(1);
  });

  it("when the customer's approvers must approve it (B8), then it is saved awaiting approval and held, the approvers are asked, and nothing goes to the supplier", async () => {
    const world = setUp();
    const approver = { guid: 'k1', email: 'boss@acme.example' } as (typeof world.settings.approvers)[number];
    world.settings.approvers = [approver];
    const order = await world.place();
    expect(order).toMatchObject({ status: 'awaiting-approval', importState: 'held', approvalRequired: true });
    expect(world.committed.asked).toEqual([{ order, approvers: [approver] }]);
    expect(world.committed.imports).toEqual([]);
    expect(world.committed.emails.map((e) => e.template)).toEqual(['order-request-buyer']);
    expect(world.committed.audits[0]?.summary).toBe(
      'Order placed for ACME by ann@acme.example, awaiting approval',
    );
  });
});
