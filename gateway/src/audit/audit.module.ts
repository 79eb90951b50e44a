// Builds the audit domain (B5): the admin's list and export, the retention job, and the wrapper that puts the
// request's actor (admin, admin acting as a customer, or buyer) in scope for AuditLog.record.
import type { RequestHandler } from 'express';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createAuditRepo } from './audit.repo.ts';
import { createAuditRetention } from './audit.retention.ts';
import { auditRouter } from './audit.routes.ts';
import type { AuditActor, AuditLog } from './audit-log.ts';

/** Who the guard let through, as the audit trail names them. */
function actorOf(locals: Record<string, unknown>): AuditActor {
  const admin = locals.admin as { id: string; email: string } | undefined;
  if (admin) return { adminId: admin.id, adminEmail: admin.email };
  const acting = locals.acting as { adminId: string; adminEmail: string; customerGuid: string } | undefined;
  if (acting)
    return {
      adminId: acting.adminId,
      adminEmail: acting.adminEmail,
      actingForCustomerGuid: acting.customerGuid,
    };
  const buyer = locals.buyer as Buyer | undefined;
  return buyer ? { buyerEmail: buyer.contact.email, actingForCustomerGuid: buyer.customer.guid } : {};
}

/** Runs the rest of the request with the actor the guard found in scope. */
export function withAuditActor(audit: AuditLog, guard: RequestHandler): RequestHandler {
  return (req, res, next) =>
    guard(req, res, (error?: unknown) => (error ? next(error) : audit.as(actorOf(res.locals), () => next())));
}

export async function createAuditModule(
  ctx: GatewayContext,
  deps: { stores: StoresService; retentionDays?: number | null },
) {
  const repo = createAuditRepo(ctx.db);
  const retentionDays = deps.retentionDays ?? null;
  const retention = await createAuditRetention({
    jobs: ctx.jobs,
    repo,
    clock: ctx.clock,
    retentionDays,
    logger: ctx.logger,
  });
  const routes: ModuleRoutes = { admin: [auditRouter({ repo, stores: deps.stores, retentionDays })] };
  return { routes, retention };
}
