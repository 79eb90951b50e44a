// The documented first start: with BOOTSTRAP_ADMIN_EMAIL/PASSWORD set and no admin yet, the first admin is
// created; with BOOTSTRAP_UNLEASHED_* set and no store yet, the first store is connected. `npm start` (DEMO=true)
// does both against the mock Unleashed, then (demo only) syncs the new store and makes part of the seed Sellable
// (demo-catalogue.ts) and gives the seed's DEMO001 default contact a login (demo-buyer.ts). Running it again
// changes nothing.
import type { Logger } from 'pino';
import type { GatewayServices } from './app.ts';
import type { GatewayConfig } from './config.ts';
import { createDemoBuyer } from './demo-buyer.ts';
import { seedDemoCatalogue } from './demo-catalogue.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function bootstrap(
  services: GatewayServices,
  config: GatewayConfig['bootstrap'],
  adminCount: number,
  logger: Logger,
  options: { demo?: boolean } = {},
): Promise<void> {
  if (adminCount === 0 && config.adminEmail && config.adminPassword) {
    await services.admins.createAdmin(config.adminEmail, config.adminName, config.adminPassword);
    logger.info({ email: config.adminEmail }, 'bootstrap: first admin created');
  }
  const { storeName, unleashedApiId, unleashedApiKey, unleashedBaseUrl } = config;
  if (!storeName || !unleashedApiId || !unleashedApiKey || (await services.stores.list()).length > 0) return;
  // The Unleashed mock may still be starting next to us: try for a while before giving up.
  for (let attempt = 1; ; attempt++) {
    try {
      const store = await services.stores.create({
        name: storeName,
        adminEmail: config.adminEmail ?? 'admin@example.com',
        unleashed: { apiId: unleashedApiId, apiKey: unleashedApiKey, baseUrl: unleashedBaseUrl },
        importStatus: 'Placed',
      });
      logger.info({ storeId: store.id, name: store.name }, 'bootstrap: first store connected');
      // Never thrown into the retry (that would connect a second store); the admin can list products by hand.
      if (options.demo) {
        await seedDemoCatalogue(services, store.id, logger).catch((error: unknown) =>
          logger.warn({ storeId: store.id, err: error }, 'demo: products were not made Sellable'),
        );
        await createDemoBuyer(services, store.id, logger).catch((error: unknown) =>
          logger.warn({ storeId: store.id, err: error }, 'demo: the ready-made buyer was not created'),
        );
      }
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(500);
    }
  }
}
