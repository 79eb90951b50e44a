// What both sides of the Unleashed→gateway webhook contract share (issue 13, item 5): the pair's names, where
// the pact is written, the signing key the consumer's deliveries are signed with in the pact (the verification
// signs them again with the key the store really holds), the example ids and the provider states.
import { resolve } from 'node:path';

export const CONSUMER = 'unleashed';
export const PROVIDER = 'gateway';
export const PACT_DIR = resolve(import.meta.dirname, '../pacts');
export const PACT_FILE = resolve(PACT_DIR, `${CONSUMER}-${PROVIDER}.json`);

/** The signing key of the subscription the consumer test delivers for; only the pact knows it. */
export const CONTRACT_SIGNING_KEY = 'Y29udHJhY3Qtd2ViaG9vay1zaWduaW5nLWtleS0wMDE=';

/** The store the verification connects to the mock (gateway/test/portal-fixtures.ts). */
export const STORE_NAME = 'Trade Store';

export const EXAMPLES = {
  storeId: 'store-1',
  subscriptionId: '0d5c3e2a-7b41-4f6e-9a8d-2c1b0e9f8a76',
  /** A Unix-seconds timestamp; the verification replaces it with the time of the replay. */
  timestamp: '1767225600',
  createdOn: '2026-01-01T00:00:00.000Z',
} as const;

/** One event id per interaction: the gateway keeps every id it was given, so a shared one would be a repeat. */
export const EVENT_IDS = {
  orderCompleted: '6f1d2c3b-4a59-4e68-8f7a-0b1c2d3e4f50',
  productUpdated: '7a2e3d4c-5b6a-4f79-9a8b-1c2d3e4f5061',
  customerUpdated: '8b3f4e5d-6c7b-4a8a-8b9c-2d3e4f506172',
  repeated: '9c405f6e-7d8c-4b9b-9cad-3e4f50617283',
  forged: 'ad516a7f-8e9d-4cac-8dbe-4f5061728394',
  unknownStore: 'be627b80-9fae-4dbd-9ecf-5061728394a5',
} as const;

/** Provider states: business facts with parameters, made true on the running portal by the verification. */
export const STATES = {
  subscribed: 'store {storeName} is subscribed to the Unleashed account’s webhooks',
  received: 'store {storeName} has received event {eventId} before',
} as const;
