// A standing order's run follows its customer's approval rule (B8) like any order: a run by a non-approver
// creator places an order Awaiting approval, held back from Unleashed, and the approvers are emailed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DANA, type StandingOrderPortal, startStandingOrderPortal } from './standing-order-fixtures.ts';

let so: StandingOrderPortal;

beforeAll(async () => {
  so = await startStandingOrderPortal();
}, 90_000);
afterAll(() => so.close());

it('when a run is due for a customer that requires approval, then the order it places awaits approval, is not imported, and the approver is emailed', async () => {
  const { portal } = so;
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items[0];
  const contacts = (await portal.api('GET', `/customers/${demo.guid}/contacts`)).body.items as {
    guid: string;
    email: string | null;
  }[];
  const approver = contacts.find((c) => c.email && c.email !== DANA)!;
  const set = await portal.api('PUT', `/customers/${demo.guid}/approval-settings`, {
    mode: 'always',
    approverContactGuids: [approver.guid],
  });
  expect(set.status, JSON.stringify(set.body)).toBe(200);
  await so.fillCart(DANA, { 'DEMO-PLENTY': 3 });
  const { id } = await so.create(DANA, {
    name: 'Needs a yes',
    startDate: so.day(3),
    schedule: { frequency: 'weekly', every: 1 },
  });
  await so.at(3, '06:01');
  await so.tick();
  await so.tick();
  const [order, ...more] = await so.ordersOf(id);
  expect(more).toEqual([]);
  expect(order).toMatchObject({ status: 'awaiting-approval', importState: 'held', placedByEmail: DANA });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect((await so.ordersOf(id))[0].importState).toBe('held');
  expect(await so.outbox('order-approval-needed', approver.email as string)).toHaveLength(1);
});
