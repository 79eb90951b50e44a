// Starts the gateway from the environment (see config.ts and .env.example), bootstraps the first admin and
// store when asked, and shuts down gracefully on SIGTERM.

import { existsSync } from 'node:fs';
import { createAdminsRepo } from './admins/admins.repo.ts';
import { createGateway } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { DEMO_BUYER, type GatewayConfig, loadGatewayConfig } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { createLogger } from './http/logging.ts';
import { legacyCollections } from './legacy/legacy-collections.ts';
import { importLegacyData } from './legacy/legacy-import.ts';
import { findLegacySource } from './legacy/legacy-source.ts';

let config: GatewayConfig;
try {
  config = loadGatewayConfig();
} catch (error) {
  console.error(`gateway: ${(error as Error).message}`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const db = await openDatabase(
  config.databaseUrl
    ? { url: config.databaseUrl, schema: config.databaseSchema }
    : { dataDir: config.pgliteDir },
);
const legacy = await findLegacySource(db, config.dataDir);
if (legacy) await importLegacyData(db, legacy, legacyCollections(db), logger);
const gateway = await createGateway({
  db,
  jobs: config.jobs,
  masterKey: config.masterKey,
  logger,
  validateResponses: config.validateResponses,
  sessionTtlHours: config.sessionTtlHours,
  cookieSecure: config.cookieSecure,
  account: { name: config.bootstrap.accountName, plan: config.bootstrap.plan },
  email: config.email,
  auditRetentionDays: config.auditRetentionDays,
  publicBaseUrl: config.publicBaseUrl,
  corsOrigins: config.corsOrigins,
  trustProxy: config.trustProxy,
  webhooks: { subscribe: config.webhooks },
  storefrontDir: config.storefrontDir && existsSync(config.storefrontDir) ? config.storefrontDir : undefined,
});
// One instance bootstraps at a time: two starting together on an empty database make one admin and one store.
await db.exclusive('bootstrap', async () =>
  bootstrap(gateway.services, config.bootstrap, await createAdminsRepo(db).count(), logger, {
    demo: config.demo,
  }),
);
await gateway.start();
const demoStoreId = config.demo ? (await gateway.services.stores.list())[0]?.id : undefined;

const server = gateway.app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  console.log(`gateway listening on ${url} (data: ${db.description})`);
  console.log(`  API reference: ${url}/docs`);
  if (config.demo) {
    console.log(`  demo admin: ${config.bootstrap.adminEmail} / ${config.bootstrap.adminPassword}`);
    if (demoStoreId)
      console.log(
        `  demo buyer: ${DEMO_BUYER.email} / ${DEMO_BUYER.password} — sign in at ${config.publicBaseUrl}/?store=${demoStoreId}#/login`,
      );
  }
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down: finishing the current sync page and pending writes');
  server.close();
  await gateway.shutdown();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
