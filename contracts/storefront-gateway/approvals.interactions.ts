// Buyer approvals (B8) as the storefront uses them: the Approvals page reads the rule and the orders awaiting
// approval, an approver approves or rejects (with a reason) and may change the rule (a refusal shown at the
// field), a non-approver is refused with 403, and the admin's customer slide-out reads and sets the rule.
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { exchange, type Given } from './consumer-kit.ts';
import { BUYER_CUSTOMER, BUYER_EMAIL, EXAMPLES, STATES, STORE_NAME } from './contract.ts';
import { adminOfStore, buyerOfStore } from './givens.ts';
import { problem, validationProblem } from './matchers.ts';
import * as shapes from './shapes.ts';

const { boolean, eachLike, like } = MatchersV3;
const { storeId, customerGuid, orderId } = EXAMPLES;
const approver: Given = [STATES.approver, { email: BUYER_EMAIL, customerCode: BUYER_CUSTOMER }];
const awaiting: Given = [
  STATES.orderAwaitingApproval,
  { placedBy: 'oliver@demo-wholesale.example', customerCode: BUYER_CUSTOMER },
];
const demoInStore: Given = [STATES.customerInStore, { customerCode: BUYER_CUSTOMER, storeName: STORE_NAME }];
const contact = {
  guid: like('contact-1'),
  email: like(BUYER_EMAIL),
  firstName: like('Dana'),
  lastName: like('Ng'),
};
const settings = (mode: string) => ({
  mode,
  threshold: null,
  currency: like('NZD'),
  approvers: mode === 'off' ? [] : eachLike(contact),
  contacts: eachLike(contact),
  canManage: boolean(true),
  canApprove: boolean(true),
});
const orderPath = { params: { path: { orderId } } };

export function approvalContracts(): void {
  describe('the approvals page (B8)', () => {
    it('when an approver opens Approvals, then the rule, the approvers and the contacts come back', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, approver],
          as: 'buyer',
          uponReceiving: "an approver's request for the approval settings",
          method: 'GET',
          path: '/store/approval-settings',
          status: 200,
          response: settings('always'),
        },
        (api) => api.GET('/store/approval-settings'),
      );
      expect(data?.canApprove).toBe(true);
    });

    it('when an approver lists the orders awaiting approval, then the waiting order comes back', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, approver, awaiting],
          as: 'buyer',
          uponReceiving: 'a request for the orders awaiting approval',
          method: 'GET',
          path: '/store/approvals',
          status: 200,
          response: {
            items: eachLike({
              ...shapes.buyerOrder,
              status: 'awaiting-approval',
              approval: { state: 'awaiting', decidedBy: null, decidedAt: null, rejectionReason: null },
            }),
          },
        },
        (api) => api.GET('/store/approvals'),
      );
      expect(data?.items[0]?.status).toBe('awaiting-approval');
    });

    it('when an approver approves, then the order is Processing and says who approved it', async () => {
      const { data } = await exchange(
        {
          given: [...buyerOfStore, approver, awaiting],
          as: 'buyer',
          uponReceiving: 'the approval of an order awaiting approval',
          method: 'POST',
          path: '/store/orders/{orderId}/approval',
          status: 200,
          response: {
            ...shapes.buyerOrder,
            status: 'processing',
            approval: {
              state: 'approved',
              decidedBy: like(BUYER_EMAIL),
              decidedAt: like('2026-12-07T06:00:00.000Z'),
              rejectionReason: null,
            },
          },
        },
        (api) => api.POST('/store/orders/{orderId}/approval', orderPath),
      );
      expect(data?.approval?.state).toBe('approved');
    });

    it('when an approver rejects with a reason, then the order is Rejected with the reason', async () => {
      const body = { reason: 'Over budget' };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, approver, awaiting],
          as: 'buyer',
          uponReceiving: 'the rejection of an order awaiting approval, with a reason',
          method: 'POST',
          path: '/store/orders/{orderId}/rejection',
          body,
          status: 200,
          response: {
            ...shapes.buyerOrder,
            status: 'rejected',
            approval: {
              state: 'rejected',
              decidedBy: like(BUYER_EMAIL),
              decidedAt: like('2026-12-07T06:00:00.000Z'),
              rejectionReason: 'Over budget',
            },
          },
        },
        (api) => api.POST('/store/orders/{orderId}/rejection', { ...orderPath, body }),
      );
      expect(data?.approval?.rejectionReason).toBe('Over budget');
    });

    it('when an approver approves an order another approver has approved already, then it is refused with 409', async () => {
      const decided: Given = [
        STATES.orderApprovedAlready,
        { placedBy: 'oliver@demo-wholesale.example', customerCode: BUYER_CUSTOMER, approvedBy: BUYER_EMAIL },
      ];
      const { error } = await exchange(
        {
          given: [...buyerOfStore, approver, decided],
          as: 'buyer',
          uponReceiving: 'the approval of an order approved already',
          method: 'POST',
          path: '/store/orders/{orderId}/approval',
          status: 409,
          response: problem('order-not-awaiting-approval', 409),
        },
        (api) => api.POST('/store/orders/{orderId}/approval', orderPath),
      );
      expect(error?.status).toBe(409);
    });

    it('when a contact who is not an approver approves, then it is refused with 403', async () => {
      const { error } = await exchange(
        {
          given: [...buyerOfStore],
          as: 'buyer',
          uponReceiving: 'the approval of an order by a contact who is not an approver',
          method: 'POST',
          path: `/store/orders/${orderId}/approval`,
          status: 403,
          response: problem('forbidden', 403),
        },
        (api) => api.POST('/store/orders/{orderId}/approval', orderPath),
      );
      expect(error?.status).toBe(403);
    });

    it('when an approver turns approval off, then the settings come back off', async () => {
      const body = { mode: 'off' as const, threshold: null, approverContactGuids: [] };
      const { data } = await exchange(
        {
          given: [...buyerOfStore, approver],
          as: 'buyer',
          uponReceiving: 'an approver turning order approval off',
          method: 'PUT',
          path: '/store/approval-settings',
          body,
          status: 200,
          response: {
            ...settings('off'),
            canManage: boolean(false),
            canApprove: boolean(false),
            contacts: [],
          },
        },
        (api) => api.PUT('/store/approval-settings', { body }),
      );
      expect(data?.mode).toBe('off');
    });

    it('when an approver asks for approval above an amount but gives none, then the answer is 400 naming threshold', async () => {
      const body = { mode: 'above' as const, threshold: null, approverContactGuids: [] };
      const { error } = await exchange(
        {
          given: [...buyerOfStore, approver],
          as: 'buyer',
          uponReceiving: 'an approval rule above an amount without the amount',
          method: 'PUT',
          path: '/store/approval-settings',
          body,
          status: 400,
          response: validationProblem('threshold'),
        },
        (api) => api.PUT('/store/approval-settings', { body }),
      );
      expect(error?.errors?.[0]?.field).toBe('threshold');
    });
  });

  describe("the customer's approval rule in the admin's slide-out (B8)", () => {
    const path = { params: { path: { storeId, customerGuid } } };
    it('when the admin opens a customer, then its approval rule and contacts come back', async () => {
      const { data } = await exchange(
        {
          given: [...adminOfStore, demoInStore],
          as: 'admin',
          uponReceiving: "a request for a customer's approval settings",
          method: 'GET',
          path: '/admin/stores/{storeId}/customers/{customerGuid}/approval-settings',
          status: 200,
          response: { ...settings('off'), mode: like('off'), approvers: [] },
        },
        (api) => api.GET('/admin/stores/{storeId}/customers/{customerGuid}/approval-settings', path),
      );
      expect(data?.canManage).toBe(true);
    });

    it('when the admin turns approval off, then the customer needs no approval', async () => {
      const body = { mode: 'off' as const, threshold: null, approverContactGuids: [] };
      const { data } = await exchange(
        {
          given: [...adminOfStore, approver],
          as: 'admin',
          uponReceiving: "the admin turning a customer's order approval off",
          method: 'PUT',
          path: '/admin/stores/{storeId}/customers/{customerGuid}/approval-settings',
          body,
          status: 200,
          response: { ...settings('off') },
        },
        (api) =>
          api.PUT('/admin/stores/{storeId}/customers/{customerGuid}/approval-settings', { ...path, body }),
      );
      expect(data?.mode).toBe('off');
    });
  });
}
