// The mock's configuration, read from the environment once; a bad value stops the boot with a clear message.
import { resolve } from 'node:path';
import type { SeedName } from './types.ts';

export interface MockConfig {
  port: number;
  host: string;
  apiId: string;
  apiKey: string;
  /** The lowdb file; undefined keeps the data in memory. */
  dbFile: string | undefined;
  seed: SeedName;
  seedNumber: number;
  largeProducts: number;
  largeCustomers: number;
  validateResponses: boolean;
  /** MOCK_UNLEASHED_CONSOLE_PASSWORD: guards the QA console at /__console; undefined leaves it open. */
  consolePassword: string | undefined;
  /** MOCK_UNLEASHED_WEBHOOK_LOOPBACK_HTTP: accept http:// webhook endpoints on loopback hosts (default true). */
  webhookLoopbackHttp: boolean;
  /** True when the credentials are the published demo ones (printed at start). */
  demoCredentials: boolean;
}

export const DEMO_API_ID = '11111111-2222-4333-8444-555555555555';
export const DEMO_API_KEY = 'demo-unleashed-api-key-not-secret';
const SEEDS: readonly SeedName[] = ['default', 'empty', 'large'];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}").`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): MockConfig {
  const seed = (env.MOCK_UNLEASHED_SEED ?? 'default') as SeedName;
  if (!SEEDS.includes(seed))
    throw new Error(`MOCK_UNLEASHED_SEED must be one of ${SEEDS.join(', ')} (got "${seed}").`);
  const apiId = env.UNLEASHED_API_ID ?? DEMO_API_ID;
  const apiKey = env.UNLEASHED_API_KEY ?? DEMO_API_KEY;
  const consolePassword = env.MOCK_UNLEASHED_CONSOLE_PASSWORD || undefined;
  if (consolePassword === undefined && env.NODE_ENV === 'production') {
    throw new Error('MOCK_UNLEASHED_CONSOLE_PASSWORD is required when NODE_ENV=production.');
  }
  const dbSetting = env.MOCK_UNLEASHED_DB ?? resolve(import.meta.dirname, '../../.data/mock-unleashed.json');
  return {
    port: integer(env, 'MOCK_UNLEASHED_PORT', 4010, 0),
    host: env.MOCK_UNLEASHED_HOST ?? '127.0.0.1',
    apiId,
    apiKey,
    dbFile: dbSetting === 'memory' ? undefined : dbSetting,
    seed,
    seedNumber: integer(env, 'MOCK_UNLEASHED_SEED_NUMBER', 42, 0),
    largeProducts: integer(env, 'MOCK_UNLEASHED_LARGE_PRODUCTS', 50_000, 0),
    largeCustomers: integer(env, 'MOCK_UNLEASHED_LARGE_CUSTOMERS', 10_000, 0),
    validateResponses:
      (env.MOCK_UNLEASHED_VALIDATE_RESPONSES ?? (env.NODE_ENV === 'production' ? 'false' : 'true')) ===
      'true',
    consolePassword,
    webhookLoopbackHttp: (env.MOCK_UNLEASHED_WEBHOOK_LOOPBACK_HTTP ?? 'true') !== 'false',
    demoCredentials: apiId === DEMO_API_ID && apiKey === DEMO_API_KEY,
  };
}
