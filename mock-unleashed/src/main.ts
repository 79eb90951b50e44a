// Starts the mock Unleashed from the environment (see config.ts and .env.example) and prints how to reach it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { generateSeed } from './seed/index.ts';
import { openStore } from './store.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error(`mock-unleashed: ${(error as Error).message}`);
  process.exit(1);
}

if (config.dbFile) mkdirSync(dirname(config.dbFile), { recursive: true });
const store = await openStore(config.dbFile, () =>
  generateSeed(config.seed, {
    seedNumber: config.seedNumber,
    products: config.largeProducts,
    customers: config.largeCustomers,
  }),
);
const app = createApp({
  store,
  credentials: { apiId: config.apiId, apiKey: config.apiKey },
  validateResponses: config.validateResponses,
  defaultSeedNumber: config.seedNumber,
  largeSizes: { products: config.largeProducts, customers: config.largeCustomers },
  consolePassword: config.consolePassword,
  allowWebhookLoopbackHttp: config.webhookLoopbackHttp,
});

const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  console.log(
    `mock-unleashed listening on ${url} (seed "${store.data.seed}" #${store.data.seedNumber}, data: ${config.dbFile ?? 'memory'})`,
  );
  console.log(`  API id:  ${config.apiId}`);
  if (config.demoCredentials)
    console.log(
      `  API key: ${config.apiKey}   (demo credentials; set UNLEASHED_API_ID / UNLEASHED_API_KEY to change)`,
    );
  console.log(
    `  QA console: ${url}/__console${config.consolePassword ? '   (password: MOCK_UNLEASHED_CONSOLE_PASSWORD)' : ''}`,
  );
  console.log(`  QA control: ${url}/__control/state`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
