// Buyer approvals (B8): the customer's rule and approvers, set by an admin or by the customer's own approvers,
// and approving or rejecting an order that awaits approval. The decision is one conditional UPDATE (status still
// awaiting-approval), so of two approvers clicking at once, on any instances, exactly one decides; an approved
// order's import job is queued, the emails are queued and the audit entry is written in that same transaction.
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import { AppError } from '../http/problems.ts';
import type { ApprovalDecision, Order } from '../orders/orders.types.ts';
import type { Store } from '../stores/stores.types.ts';
import type { ApprovalEmails } from './approval-emails.ts';
import { approverContacts } from './approval-gate.ts';
import type { ApprovalRule, ApprovalsRepo } from './approvals.repo.ts';

/** What approvals need of the orders domain. */
export interface ApprovalOrders {
  get(storeId: string, id: string): Promise<Order | undefined>;
  listAwaitingApproval(storeId: string, customerGuid: string): Promise<Order[]>;
  decideApproval(
    storeId: string,
    customerGuid: string,
    id: string,
    d: ApprovalDecision,
  ): Promise<Order | undefined>;
  /** Queues the import and tells the supplier, as placing an order that needs no approval does. */
  release(store: Store, order: Order): Promise<void>;
}

/** Who looks or decides: an admin, an admin acting as the customer, or one of the customer's contacts. */
export interface ApprovalActor {
  email: string;
  kind: 'admin' | 'acting' | 'contact';
  contactGuid?: string;
}

export interface ApprovalsDeps {
  repo: ApprovalsRepo;
  customers: CustomerReader;
  orders: ApprovalOrders;
  emails: ApprovalEmails;
  audit: AuditLog;
  clock: Clock;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}

const view = ({
  guid,
  email,
  firstName,
  lastName,
}: {
  guid: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
}) => ({
  guid,
  email: email ?? '',
  firstName,
  lastName,
});

export function createApprovals(deps: ApprovalsDeps) {
  const customerOf = async (storeId: string, customerGuid: string) => {
    const customer = await deps.customers.getCustomer(storeId, customerGuid);
    if (!customer) throw new AppError('not-found', 'The store has no such customer.');
    return customer;
  };
  const mayDecide = async (
    storeId: string,
    customerGuid: string,
    actor: ApprovalActor,
    rule?: ApprovalRule,
  ) =>
    actor.kind !== 'contact' ||
    (rule ?? (await deps.repo.get(storeId, customerGuid))).approverContactGuids.includes(
      actor.contactGuid ?? '',
    );
  const mustDecide = async (storeId: string, customerGuid: string, actor: ApprovalActor) => {
    if (!(await mayDecide(storeId, customerGuid, actor)))
      throw new AppError('forbidden', "Only the customer's approvers can approve or reject its orders.");
  };

  async function settings(storeId: string, customerGuid: string, actor: ApprovalActor) {
    const customer = await customerOf(storeId, customerGuid);
    const rule = await deps.repo.get(storeId, customerGuid);
    const approvers = await approverContacts(deps.customers, storeId, customerGuid, rule);
    const canManage = await mayDecide(storeId, customerGuid, actor, rule);
    const contacts = canManage
      ? (await deps.customers.listContacts(storeId, customerGuid)).filter(
          (c) => c.email && c.syncState !== 'removed',
        )
      : [];
    return {
      mode: rule.mode,
      threshold: rule.threshold,
      currency: customer.currency,
      approvers: approvers.map(view),
      contacts: contacts.map(view),
      canManage,
      canApprove: canManage,
    };
  }

  /** Refuses a rule that could never be met (no approver) or names a contact that cannot approve. */
  async function checkedRule(
    storeId: string,
    customerGuid: string,
    input: ApprovalRule,
  ): Promise<ApprovalRule> {
    const field = (name: string, message: string, detail: string) =>
      new AppError('validation-failed', detail, { errors: [{ field: name, message }] });
    if (input.mode === 'above' && (input.threshold === null || input.threshold === undefined))
      throw field(
        'threshold',
        'is required when approval is above an amount',
        'Give the amount above which orders need approval.',
      );
    const contacts = await deps.customers.listContacts(storeId, customerGuid);
    const unknown = input.approverContactGuids.filter(
      (guid) => !contacts.some((c) => c.guid === guid && c.email && c.syncState !== 'removed'),
    );
    if (unknown.length > 0)
      throw field(
        'approverContactGuids',
        'not a contact of this customer with an email',
        `Not a contact of this customer with an email: ${unknown.join(', ')}.`,
      );
    if (input.mode !== 'off' && input.approverContactGuids.length === 0)
      throw field(
        'approverContactGuids',
        'needs at least one approver',
        'Name at least one approver, or turn approval off.',
      );
    return { ...input, threshold: input.mode === 'above' ? input.threshold : null };
  }

  async function decide(
    store: Store,
    customerGuid: string,
    orderId: string,
    actor: ApprovalActor,
    reason?: string,
  ) {
    await mustDecide(store.id, customerGuid, actor);
    const approved = reason === undefined;
    const rejectionReason = reason?.trim();
    if (!approved && !rejectionReason)
      throw new AppError('validation-failed', 'Say why the order is rejected.', {
        errors: [{ field: 'reason', message: 'must not be blank' }],
      });
    const decidedAt = deps.clock.now().toISOString();
    return deps.transaction(async () => {
      const decision = { approved, decidedBy: actor.email, decidedAt, rejectionReason };
      const order = await deps.orders.decideApproval(store.id, customerGuid, orderId, decision);
      if (!order) {
        const existing = await deps.orders.get(store.id, orderId);
        if (existing?.customerGuid !== customerGuid)
          throw new AppError('not-found', 'There is no such order.');
        throw new AppError(
          'order-not-awaiting-approval',
          `This order is no longer awaiting approval: it is ${existing.status}${existing.approvalDecidedBy ? ` (decided by ${existing.approvalDecidedBy})` : ''}.`,
        );
      }
      if (approved) await deps.orders.release(store, order);
      await deps.emails.tellBuyer(store, order);
      await deps.audit.record({
        ...{
          storeId: store.id,
          kind: approved ? 'order-approved' : 'order-rejected',
          recordType: 'order',
          recordId: order.id,
        },
        summary: `Order for ${order.customerCode} by ${order.placedByEmail} ${approved ? 'approved' : `rejected (${rejectionReason})`} by ${actor.email}`,
        before: { status: 'awaiting-approval', importState: 'held' },
        after: {
          status: order.status,
          importState: order.importState,
          decidedBy: actor.email,
          rejectionReason: order.rejectionReason,
        },
      });
      return order;
    });
  }

  return {
    settings,

    /** Sets the rule and approvers (admins, acting admins, the customer's approvers), with its audit entry. */
    async setSettings(storeId: string, customerGuid: string, actor: ApprovalActor, input: ApprovalRule) {
      await customerOf(storeId, customerGuid);
      if (!(await mayDecide(storeId, customerGuid, actor)))
        throw new AppError('forbidden', "Only the customer's approvers can change who approves its orders.");
      const rule = await checkedRule(storeId, customerGuid, input);
      const before = await deps.repo.get(storeId, customerGuid);
      await deps.transaction(async () => {
        await deps.repo.save(storeId, customerGuid, rule, deps.clock.now().toISOString());
        await deps.audit.record({
          ...{ storeId, kind: 'approval-settings-changed', recordType: 'customer', recordId: customerGuid },
          summary: `Order approval set to ${rule.mode}${rule.mode === 'above' ? ` ${rule.threshold}` : ''} by ${actor.email}`,
          ...{ before: { ...before }, after: { ...rule } },
        });
      });
      return settings(storeId, customerGuid, actor);
    },

    /** The customer's orders awaiting approval, for those who may decide them. */
    async awaiting(storeId: string, customerGuid: string, actor: ApprovalActor): Promise<Order[]> {
      await mustDecide(storeId, customerGuid, actor);
      return deps.orders.listAwaitingApproval(storeId, customerGuid);
    },

    approve: (store: Store, customerGuid: string, orderId: string, actor: ApprovalActor) =>
      decide(store, customerGuid, orderId, actor),

    reject: (store: Store, customerGuid: string, orderId: string, actor: ApprovalActor, reason: string) =>
      decide(store, customerGuid, orderId, actor, reason),
  };
}

export type Approvals = ReturnType<typeof createApprovals>;
