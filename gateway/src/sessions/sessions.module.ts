// Builds the sessions domain: admin, buyer and acting sessions in the database, so every instance knows them.
// It has no routes of its own; sign-in and sign-out live with the admins and the buyers.
import type { GatewayContext } from '../gateway-context.ts';
import { createSessionsRepo } from './sessions.repo.ts';
import { createSessionsService, type SessionsService } from './sessions.service.ts';

export function createSessionsModule(ctx: GatewayContext, ttlHours: number): SessionsService {
  return createSessionsService(createSessionsRepo(ctx.db), ctx.clock, ttlHours);
}
