// Standing-order runs (R21, R18): at 06:00 UTC on each due date a run places a normal order by the contact who
// created it (imported into Unleashed like any order), after a reminder 2 days before; a run that cannot be
// placed is recorded and emailed; a store that switched them off records skipped runs; after a restart only the
// latest missed run is placed, once, even when two ticks race; two instances ticking together queue one job
// for the reminder and one for the run: one reminder is sent and one order placed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../src/app.ts';
import { jobSchemaFor } from '../src/jobs/job-engine.ts';
import { createOrdersRepo } from '../src/orders/orders.repo.ts';
import {
  STANDING_ORDER_REMINDER_QUEUE,
  STANDING_ORDER_RUN_QUEUE,
} from '../src/standing-orders/standing-orders.jobs.ts';
import { createStandingOrdersRepo } from '../src/standing-orders/standing-orders.repo.ts';
import { emailOf, PASSWORD } from './portal-fixtures.ts';
import {
  DANA,
  type StandingOrderPortal,
  standingOrderJobsDone,
  startStandingOrderPortal,
} from './standing-order-fixtures.ts';

let so: StandingOrderPortal;

beforeAll(async () => {
  so = await startStandingOrderPortal();
}, 90_000);
afterAll(() => so.close());

const detail = async (email: string, id: string) =>
  (await so.store(email, 'GET', `/standing-orders/${id}`)).body;

/** A second gateway on the portal's database and clock (another instance, or the same one restarted). */
const anotherGateway = () => {
  const { gw, catcher } = so.portal;
  return createGateway({
    db: gw.db,
    masterKey: 'test-master-key',
    clock: gw.clock,
    publicBaseUrl: 'https://shop.example',
    webhooks: { subscribe: false },
    email: {
      from: 'B2B Portal <no-reply@portal.example>',
      smtp: { host: '127.0.0.1', port: catcher.smtpPort, secure: false, ignoreTls: true },
    },
  });
};

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting');
}

describe('a run on its due date', () => {
  let id: string;

  it('when the run is 2 days off, then the creator gets one reminder, once', async () => {
    await so.fillCart(DANA, { 'DEMO-PLENTY': 3 });
    id = (
      await so.create(DANA, {
        name: 'Runs weekly',
        startDate: so.day(3),
        schedule: { frequency: 'weekly', every: 1 },
        purchaseOrderRef: 'PO-{date}',
      })
    ).id;
    await so.tick();
    expect(await so.outbox('standing-order-reminder', DANA)).toEqual([]);
    await so.at(1, '06:30');
    await so.tick();
    await so.tick();
    const reminders = await so.outbox('standing-order-reminder', DANA);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toContain('Reminder: standing order "Runs weekly" runs on');
  });

  it('when the clock passes 06:00 UTC on the due date, then one order is placed by the creator, recorded on the standing order and imported into Unleashed with the PO pattern filled in with the run date (B7)', async () => {
    await so.at(3, '05:59');
    await so.tick();
    expect(await so.ordersOf(id)).toEqual([]);
    await so.at(3, '06:01');
    await so.tick();
    await so.tick();
    const [order, ...more] = await so.ordersOf(id);
    expect(more).toEqual([]);
    // Saved as Processing; its import job may already have brought Unleashed's status back.
    expect(order).toMatchObject({
      placedByEmail: DANA,
      standingOrderId: id,
      purchaseOrderRef: `PO-${so.day(3)}`,
    });
    const shown = await detail(DANA, id);
    expect(shown).toMatchObject({ nextRunDate: so.day(10) });
    expect(shown.runs).toEqual([
      { dueDate: so.day(3), outcome: 'placed', detail: null, orderId: order.id, ranAt: expect.any(String) },
    ]);
    const mine = (await so.store(DANA, 'GET', `/orders/${order.id}`)).body;
    expect(mine).toMatchObject({ standingOrderId: id, lines: [{ code: 'DEMO-PLENTY', quantity: 3 }] });
    const imported = await waitFor(
      async () => (await so.ordersOf(id))[0],
      (o) => o?.importState === 'imported',
    );
    const found = await so.portal.gw.mock.call(
      'GET',
      `/SalesOrders?orderNumber=${imported.unleashedOrderNumber}`,
    );
    expect(found.body.Items).toHaveLength(1);
    expect(found.body.Items[0].DeliveryInstruction).toContain(DANA);
    expect(found.body.Items[0].CustomerRef).toBe(`PO-${so.day(3)}`);
  });
});

describe('a run that cannot be placed', () => {
  it('when a product is no longer orderable, then the run is recorded as failed with why, the creator is emailed and the next run stays scheduled', async () => {
    await so.fillCart(so.sue.email, { 'DEMO-LOW': 1 });
    const { id } = await so.create(so.sue.email, { name: 'Low stock', startDate: so.day(3) });
    await so.portal.api('POST', '/products/status', {
      status: 'visible',
      productGuids: [so.guidOf['DEMO-LOW']],
    });
    await so.tick();
    await so.portal.api('POST', '/products/status', {
      status: 'sellable',
      productGuids: [so.guidOf['DEMO-LOW']],
    });
    expect(await so.ordersOf(id)).toEqual([]);
    const shown = await detail(so.sue.email, id);
    expect(shown.runs).toMatchObject([
      {
        dueDate: so.day(3),
        outcome: 'failed',
        detail: 'Remove or change: DEMO-LOW (This product can be viewed but not ordered.)',
        orderId: null,
      },
    ]);
    expect(shown.nextRunDate).toBe(so.day(17));
    const [mail] = await so.outbox('standing-order-failed', so.sue.email);
    expect(mail.subject).toContain('Standing order "Low stock" was not placed on');
  });

  it('when the customer has since come to require a PO number the standing order lacks, then the run fails with why (B7)', async () => {
    await so.fillCart(DANA, { 'DEMO-PLENTY': 1 });
    const { id } = await so.create(DANA, { name: 'No PO yet', startDate: so.day(3) });
    const demo = (await so.store(DANA, 'GET', '/me')).body.customer.guid;
    await so.portal.api('PUT', `/customers/${demo}/order-settings`, { purchaseOrderRefRequired: true });
    try {
      await so.tick();
    } finally {
      await so.portal.api('PUT', `/customers/${demo}/order-settings`, { purchaseOrderRefRequired: false });
    }
    expect(await so.ordersOf(id)).toEqual([]);
    expect((await detail(DANA, id)).runs).toMatchObject([
      {
        outcome: 'failed',
        detail: 'Enter your purchase-order number: Demo Wholesale Ltd needs one on every order.',
      },
    ]);
  });

  it('when the store has switched standing orders off, then the due run is recorded as skipped and nothing is ordered', async () => {
    await so.fillCart(DANA, { 'DEMO-PLENTY': 1 });
    const { id } = await so.create(DANA, { name: 'Switched off', startDate: so.day(3) });
    await so.portal.api('PATCH', '', { standingOrdersEnabled: false });
    await so.tick();
    await so.portal.api('PATCH', '', { standingOrdersEnabled: true });
    expect(await so.ordersOf(id)).toEqual([]);
    expect((await detail(DANA, id)).runs).toMatchObject([
      { outcome: 'skipped', detail: 'Trade Store does not allow standing orders at the moment.' },
    ]);
  });

  it('when the creator can no longer sign in, then the run fails with that sentence', async () => {
    await so.fillCart(so.sue.email, { 'DEMO-PLENTY': 1 });
    const { id } = await so.create(so.sue.email, { name: 'Gone', startDate: so.day(3) });
    await so.portal.api('POST', `/contacts/${so.sue.contactGuid}/deactivate`);
    await so.tick();
    const [run] = (await so.portal.api('GET', '/standing-orders?pageSize=200')).body.items.find(
      (o: { id: string }) => o.id === id,
    ).runs;
    expect(run).toMatchObject({
      outcome: 'failed',
      detail: `${so.sue.email} can no longer sign in to Trade Store.`,
    });
  });
});

describe('a customer removed from the store (R6)', () => {
  it('when the customer becomes obsolete in Unleashed, then its standing orders are cancelled at the next tick, with no order and no email', async () => {
    const rex = await so.portal.addCustomer([{ firstName: 'Rex' }]);
    const email = emailOf('Rex', rex.code);
    const token = await so.portal.invite(rex.contacts.Rex ?? '', email);
    const accepted = await so.portal.gw.request('POST', '/store/invitations/accept', {
      body: { token, password: PASSWORD },
    });
    expect(accepted.status).toBe(200);
    await so.fillCart(email, { 'DEMO-PLENTY': 1 });
    const { id } = await so.create(email, { name: 'Weekly for Rex', startDate: so.day(10) });
    expect((await so.portal.gw.mock.call('POST', `/Customers/${rex.guid}`, { Obsolete: true })).status).toBe(
      200,
    );
    await so.portal.sync();
    await so.tick();
    const listed = (await so.portal.api('GET', '/standing-orders?pageSize=200')).body.items.find(
      (o: { id: string }) => o.id === id,
    );
    expect(listed).toMatchObject({ status: 'cancelled', nextRunDate: null, runs: [] });
    expect(await so.ordersOf(id)).toEqual([]);
    expect(await so.outbox('standing-order-failed', email)).toEqual([]);
  });
});

describe('a gateway restart', () => {
  it('when runs fell due while the gateway was down, then the new gateway places only the latest, once, and two racing ticks place the next one once', async () => {
    await so.fillCart(DANA, { 'DEMO-PLENTY': 2 });
    const { id } = await so.create(DANA, {
      name: 'Daily',
      startDate: so.day(4),
      schedule: { frequency: 'daily', every: 1 },
    });
    const { gw, storeId } = so.portal;
    await gw.gateway.shutdown();
    gw.clock.set(new Date(`${so.day(6)}T07:00:00Z`));
    const restarted = await anotherGateway();
    const other = await anotherGateway();
    try {
      await restarted.start();
      await standingOrderJobsDone(restarted.services.jobs);
      const placed = async () =>
        (await createOrdersRepo(gw.db).list(storeId, { standingOrderId: id }, { page: 1, pageSize: 50 }))
          .items;
      expect((await placed()).length).toBe(1);
      await restarted.services.standingOrders.runner.runDue();
      await standingOrderJobsDone(restarted.services.jobs);
      expect((await placed()).length).toBe(1);

      gw.clock.set(new Date(`${so.day(7)}T06:05:00Z`));
      await Promise.all([
        restarted.services.standingOrders.runner.runDue(),
        other.services.standingOrders.runner.runDue(),
      ]);
      await standingOrderJobsDone(restarted.services.jobs);
      expect((await placed()).length).toBe(2);
      const repo = createStandingOrdersRepo(gw.db);
      expect((await repo.listRuns(id, 10)).map((r) => `${r.dueDate} ${r.outcome}`)).toEqual([
        `${so.day(7)} placed`,
        `${so.day(6)} placed`,
      ]);
      expect((await repo.get(storeId, id))?.nextRunDate).toBe(so.day(8));
    } finally {
      await other.shutdown();
      await restarted.shutdown();
    }
  });
});

describe('two instances running the schedule', () => {
  it('when both instances tick at the reminder time and at the due time, then the creator gets one reminder and one order is placed', async () => {
    const { gw, storeId } = so.portal;
    const creator = DANA;
    await so.fillCart(creator, { 'DEMO-PLENTY': 1 });
    const { id } = await so.create(creator, {
      name: 'Twice watched',
      startDate: so.day(12),
      schedule: { frequency: 'weekly', every: 1 },
    });
    // Two fresh instances: the portal's own gateway was stopped by the restart above.
    const [one, other] = await Promise.all([anotherGateway(), anotherGateway()]);
    const both = async () => {
      await Promise.all([
        one.services.standingOrders.runner.runDue(),
        other.services.standingOrders.runner.runDue(),
      ]);
      await standingOrderJobsDone(one.services.jobs);
    };
    const jobsOf = async (queue: string) =>
      Number(
        (
          await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(`${jobSchemaFor(gw.db.schema)}.job`)}
            WHERE name = ${queue} AND data->>'standingOrderId' = ${id}`.execute(gw.db.q)
        ).rows[0]?.n,
      );
    try {
      await so.at(10, '12:00');
      await both();
      await both();
      const reminders = (await so.outbox('standing-order-reminder', creator)).filter(
        (m: { subject: string }) => m.subject.includes('Twice watched'),
      );
      expect(reminders).toHaveLength(1);
      expect(await jobsOf(STANDING_ORDER_REMINDER_QUEUE)).toBe(1);
      await so.at(12, '06:05');
      await both();
      await both();
      const placed = await createOrdersRepo(gw.db).list(
        storeId,
        { standingOrderId: id },
        { page: 1, pageSize: 50 },
      );
      expect(placed.total).toBe(1);
      expect(await jobsOf(STANDING_ORDER_RUN_QUEUE)).toBe(1);
    } finally {
      await Promise.all([one.shutdown(), other.shutdown()]);
    }
  });
});

describe('reminders of a daily standing order', () => {
  it('when it runs every day, then each reminder goes out 2 days before its run, not only the first', async () => {
    const { storeId } = so.portal;
    await so.fillCart(DANA, { 'DEMO-PLENTY': 1 });
    const { id } = await so.create(DANA, {
      name: 'Daily milk',
      startDate: so.day(16),
      schedule: { frequency: 'daily', every: 1 },
    });
    // A fresh instance: the portal's own gateway was stopped by the restart above.
    const gateway = await anotherGateway();
    const tick = async () => {
      await gateway.services.standingOrders.runner.runDue();
      await standingOrderJobsDone(gateway.services.jobs);
    };
    const reminders = async () =>
      (await so.outbox('standing-order-reminder', DANA)).filter((m: { subject: string }) =>
        m.subject.includes('Daily milk'),
      );
    const remindedFor = async () =>
      (await createStandingOrdersRepo(so.portal.gw.db).get(storeId, id))?.reminderSentFor;
    try {
      await so.at(14, '06:30');
      await tick();
      expect(await reminders()).toHaveLength(1);
      expect(await remindedFor()).toBe(so.day(16));
      // Day 15, 06:30: the run of day 17 is 2 days off, although the run of day 16 has not happened yet.
      await so.at(15, '06:30');
      await tick();
      await tick();
      expect(await reminders()).toHaveLength(2);
      expect(await remindedFor()).toBe(so.day(17));
      // The run of day 16 then reminds of nothing it had not: the day-18 reminder waits for day 16, 06:00.
      await so.at(16, '05:59');
      await tick();
      expect(await reminders()).toHaveLength(2);
      await so.at(16, '06:05');
      await tick();
      await tick();
      expect(await so.ordersOf(id)).toHaveLength(1);
      expect(await reminders()).toHaveLength(3);
      expect(await remindedFor()).toBe(so.day(18));
    } finally {
      await gateway.shutdown();
    }
  });
});
