// Builds the approvals domain (B8): the gate order placement asks whether an order must wait, the approvers'
// emails, the rule's settings and the decisions, and their buyer and admin routes.
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { EmailService } from '../email/email.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createApprovalEmails } from './approval-emails.ts';
import { createApprovalGate } from './approval-gate.ts';
import { createApprovalsRepo } from './approvals.repo.ts';
import { approvalsAdminRouter, approvalsBuyerRouter } from './approvals.routes.ts';
import { type ApprovalOrders, createApprovals } from './approvals.service.ts';

export interface ApprovalsModuleDeps {
  customers: CustomerReader;
  stores: StoresService;
  email: EmailService;
  /** The orders domain's side of a decision; read when a decision is made (orders are built after). */
  orders: () => ApprovalOrders;
}

export function createApprovalsModule(ctx: GatewayContext, deps: ApprovalsModuleDeps) {
  const repo = createApprovalsRepo(ctx.db);
  const emails = createApprovalEmails({
    customers: deps.customers,
    email: deps.email,
    publicBaseUrl: ctx.publicBaseUrl,
  });
  const gate = createApprovalGate({ repo, customers: deps.customers });
  const orders: ApprovalOrders = {
    get: (storeId, id) => deps.orders().get(storeId, id),
    listAwaitingApproval: (storeId, customerGuid) =>
      deps.orders().listAwaitingApproval(storeId, customerGuid),
    decideApproval: (storeId, customerGuid, id, d) =>
      deps.orders().decideApproval(storeId, customerGuid, id, d),
    release: (store, order) => deps.orders().release(store, order),
  };
  const approvals = createApprovals({
    ...{ repo, customers: deps.customers, orders, emails },
    ...{ audit: ctx.audit, clock: ctx.clock, transaction: ctx.transaction },
  });
  const routes: ModuleRoutes = {
    buyer: [approvalsBuyerRouter({ approvals, stores: deps.stores })],
    admin: [approvalsAdminRouter({ approvals, stores: deps.stores })],
  };
  return { gate: { approversFor: gate.approversFor, askApprovers: emails.askApprovers }, routes };
}
