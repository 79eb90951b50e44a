// Builds the notifications domain: what the store admin is told in the admin UI (R13), per store.
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createNotificationsRepo } from './notifications.repo.ts';
import { notificationsRouter } from './notifications.routes.ts';
import { createNotificationsService } from './notifications.service.ts';

export function createNotificationsModule(ctx: GatewayContext, deps: { stores: StoresService }) {
  const notifications = createNotificationsService(createNotificationsRepo(ctx.db), ctx.clock);
  const routes: ModuleRoutes = { admin: [notificationsRouter({ notifications, stores: deps.stores })] };
  return { notifications, routes };
}
