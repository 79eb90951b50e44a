// Builds the admin dashboard (issue 16 item 8) from the readers the other domains hand out.
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { dashboardRouter } from './dashboard.routes.ts';
import type { DashboardSources } from './dashboard.service.ts';

export function createDashboardModule(
  ctx: GatewayContext,
  deps: Omit<DashboardSources, 'clock'> & { stores: StoresService },
): { routes: ModuleRoutes } {
  const { stores, ...sources } = deps;
  return { routes: { admin: [dashboardRouter({ sources: { ...sources, clock: ctx.clock }, stores })] } };
}
