// Standing orders (R21): the buyer turns the cart into a named standing order, reads, edits, pauses, resumes
// and cancels it; the admin lists every customer's and reads the 3-month report of quantities due.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_EMAIL, EXAMPLES, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, buyerOfStore, cartHolds } from './givens.ts';
import { isoDateTime, oneOf, orNull, problem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { eachLike, like, integer, regex } = MatchersV3;
const isoDate = (example: string) => regex('^\\d{4}-\\d{2}-\\d{2}$', example);
/** Null while paused or cancelled. */
const nextRun = (example: string | null) => orNull('\\d{4}-\\d{2}-\\d{2}', example);
const text = (example: string | null) => orNull('[\\s\\S]*', example);
const statusOf = (example: string) => oneOf(['active', 'paused', 'cancelled'], example);
const standingOrderIs = (status: string): Given => [STATES.standingOrder, { email: BUYER_EMAIL, status }];
const address = { street: '1 Depot Road', city: 'Auckland' };
/** The start date the buyer picks: far ahead, so it is never in the past however long the pact lives. */
const START_DATE = '2099-03-02';
const one = { params: { path: { standingOrderId: EXAMPLES.standingOrderId } } };

/** A standing order as its pages show it; `status` and `nextRunDate` as the interaction expects them. */
const standingOrder = (
  status: unknown = statusOf('active'),
  nextRunDate: unknown = nextRun('2027-03-01'),
) => ({
  id: like(EXAMPLES.standingOrderId),
  name: like('Fortnightly restock'),
  status,
  customerCode: like('DEMO001'),
  customerName: text('Demo Wholesale Ltd'),
  createdByEmail: like(BUYER_EMAIL),
  deliveryAddress: { street: text('1 Depot Road'), city: text('Auckland') },
  schedule: { frequency: oneOf(['daily', 'weekly', 'monthly'], 'weekly'), every: integer(2) },
  startDate: isoDate('2027-03-01'),
  nextRunDate,
  comment: text(null),
  lines: eachLike({
    productGuid: like(EXAMPLES.productGuid),
    code: like('DEMO-PLENTY'),
    quantity: integer(4),
  }),
  runs: MatchersV3.atLeastLike(
    {
      dueDate: isoDate('2027-03-01'),
      outcome: oneOf(['running', 'placed', 'failed', 'skipped'], 'placed'),
      detail: text(null),
      orderId: text('order-1'),
    },
    0,
  ),
  updatedAt: isoDateTime(),
});

export function standingOrderContracts(): void {
  describe("the buyer's standing orders (R21)", () => {
    it('when the standing orders page opens, then it lists the customer’s standing orders', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, standingOrderIs('active')],
          as: 'buyer',
          uponReceiving: "a request for the customer's standing orders",
          method: 'GET',
          path: '/store/standing-orders',
          status: 200,
          response: { items: eachLike(standingOrder()) },
        },
        (api) => api.GET('/store/standing-orders'),
      );
      expect(data?.items[0]?.createdByEmail).toBe(BUYER_EMAIL);
    });

    it('when the buyer saves the cart as a standing order, then it is active with the cart’s lines and its first run on the start date', async () => {
      const body = { name: 'Fortnightly restock', deliveryAddress: address, startDate: START_DATE };
      const free: Given = [STATES.noStandingOrderNamed, { email: BUYER_EMAIL, name: body.name }];
      const { data } = await exchange(
        {
          given: [...buyerOfStore, free, cartHolds(4)],
          as: 'buyer',
          uponReceiving: 'the saving of the cart as a standing order',
          method: 'POST',
          path: '/store/standing-orders',
          body,
          status: 201,
          response: { ...standingOrder('active'), nextRunDate: START_DATE },
        },
        (api) => api.POST('/store/standing-orders', { body }),
      );
      expect(data?.status).toBe('active');
    });

    it('when the name is already used by the customer, then the answer is 409 standing-order-name-taken', async () => {
      const body = { name: 'Weekly restock', deliveryAddress: address, startDate: START_DATE };
      const taken: Given = [STATES.standingOrderNamed, { email: BUYER_EMAIL, name: body.name }];
      const { error } = await exchange(
        {
          given: [...buyerOfStore, taken, cartHolds(4)],
          as: 'buyer',
          uponReceiving: 'the saving of the cart as a standing order under a name already used',
          method: 'POST',
          path: '/store/standing-orders',
          body,
          status: 409,
          response: problem('standing-order-name-taken', 409),
        },
        (api) => api.POST('/store/standing-orders', { body }),
      );
      expect(error?.type).toMatch(/standing-order-name-taken$/);
    });

    it('when the store does not allow standing orders, then the answer is 403 standing-orders-disabled', async () => {
      const body = { name: 'Not allowed', deliveryAddress: address, startDate: START_DATE };
      const off: Given = [STATES.standingOrdersOff, { storeName: STORE_NAME }];
      const { error } = await exchange(
        {
          given: [...buyerOfStore, off, cartHolds(4)],
          as: 'buyer',
          uponReceiving: 'the saving of the cart as a standing order in a store that does not allow them',
          method: 'POST',
          path: '/store/standing-orders',
          body,
          status: 403,
          response: problem('standing-orders-disabled', 403),
        },
        (api) => api.POST('/store/standing-orders', { body }),
      );
      expect(error?.type).toMatch(/standing-orders-disabled$/);
    });

    it('when the buyer opens a standing order, then it shows its schedule, next run and last runs', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, standingOrderIs('active')],
          as: 'buyer',
          uponReceiving: 'a request for one standing order of the customer',
          method: 'GET',
          path: '/store/standing-orders/{standingOrderId}',
          status: 200,
          response: standingOrder(),
        },
        (api) => api.GET('/store/standing-orders/{standingOrderId}', one),
      );
      expect(data?.schedule.every).toBe(2);
    });

    it('when the buyer changes the schedule and comment, then the standing order answers with them', async () => {
      const body = { schedule: { frequency: 'monthly' as const, every: 1 }, comment: 'Dock 2' };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, standingOrderIs('active')],
          as: 'buyer',
          uponReceiving: 'a change of the schedule and comment of a standing order',
          method: 'PATCH',
          path: '/store/standing-orders/{standingOrderId}',
          body,
          status: 200,
          response: { ...standingOrder(), schedule: { frequency: 'monthly', every: 1 }, comment: 'Dock 2' },
        },
        (api) => api.PATCH('/store/standing-orders/{standingOrderId}', { ...one, body }),
      );
      expect(data?.schedule.frequency).toBe('monthly');
    });

    for (const [action, from, to, nextRun] of [
      ['pause', 'active', 'paused', null],
      ['resume', 'paused', 'active', isoDate('2027-03-01')],
      ['cancel', 'active', 'cancelled', null],
    ] as const) {
      it(`when the buyer chooses ${action}, then the standing order is ${to}`, async () => {
        const path = `/store/standing-orders/{standingOrderId}/${action}` as const;
        const { data } = await exchange(
          {
            given: [...buyerOfStore, standingOrderIs(from)],
            as: 'buyer',
            uponReceiving: `a request to ${action} a standing order that is ${from}`,
            method: 'POST',
            path,
            status: 200,
            response: standingOrder(to, nextRun),
          },
          (api) => api.POST(path, one),
        );
        expect(data?.status).toBe(to);
      });
    }
  });

  describe("every customer's standing orders, for the admin (R21)", () => {
    const storeId = { params: { path: { storeId: EXAMPLES.storeId } } };

    it('when the admin opens the standing orders page, then it lists them with their customer and status', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, standingOrderIs('active')],
          as: 'admin',
          uponReceiving: "a request for every customer's standing orders",
          method: 'GET',
          path: '/admin/stores/{storeId}/standing-orders',
          query: { page: '1', pageSize: '25' },
          status: 200,
          response: shapes.page(eachLike(standingOrder())),
        },
        (api) =>
          api.GET('/admin/stores/{storeId}/standing-orders', {
            params: { path: { storeId: EXAMPLES.storeId }, query: { page: 1, pageSize: 25 } },
          }),
      );
      expect(data?.items[0]?.customerCode).toBe('DEMO001');
      expect(data?.items[0]?.customerName).toBe('Demo Wholesale Ltd');
    });

    it('when the admin opens the report, then it shows the quantities due per product over the next 3 months', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, standingOrderIs('active')],
          as: 'admin',
          uponReceiving: 'a request for the report of quantities due from standing orders',
          method: 'GET',
          path: '/admin/stores/{storeId}/standing-orders/report',
          status: 200,
          response: {
            from: isoDate('2026-11-23'),
            to: isoDate('2027-02-23'),
            items: eachLike({
              productGuid: like(EXAMPLES.productGuid),
              code: like('DEMO-PLENTY'),
              description: like('Plenty of stock'),
              runs: integer(7),
              quantity: integer(28),
              months: eachLike({ month: like('2026-12'), runs: integer(2), quantity: integer(8) }),
            }),
          },
        },
        (api) => api.GET('/admin/stores/{storeId}/standing-orders/report', storeId),
      );
      expect(data?.items[0]?.code).toBe('DEMO-PLENTY');
    });
  });
}
