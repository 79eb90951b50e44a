// What both sides of the gateway→Unleashed contract share: the pair's names, where the pact is written, the
// account the consumer signs with (the verification gives the mock the same one) and the provider states.
import { resolve } from 'node:path';

export const CONSUMER = 'gateway';
export const PROVIDER = 'unleashed';
export const PACT_DIR = resolve(import.meta.dirname, '../pacts');
export const PACT_FILE = resolve(PACT_DIR, `${CONSUMER}-${PROVIDER}.json`);

/** The Unleashed account of the store under test. */
export const ACCOUNT = {
  apiId: '6c0d9a57-3f1e-4b8a-9d2c-5e7f80a1b2c3',
  apiKey: 'contract-test-api-key',
} as const;

/** A key the account does not hold: requests signed with it are refused. */
export const WRONG_API_KEY = 'not-the-account-api-key';

/**
 * Provider states: business facts with parameters (docs.pact.io). The consumer names them with `given`; the
 * verification's handlers make each one true on a fresh account before the interaction is replayed.
 */
export const STATES = {
  productExists: 'product {productCode} exists',
  productGroupExists: 'product group {groupName} exists',
  sellPriceTierNamed: 'sell price tier {tierNumber} is named {name}',
  customerPrice: 'customer {customerCode} pays {price} for product {productCode}',
  quantityBreak: 'every customer pays {price} for product {productCode} from {minimumQuantity} units',
  stockOnHand: 'product {productCode} has {quantity} units on hand in {warehouseCode}',
  activeContact: 'customer {customerCode} has an active contact {email}',
  defaultWarehouse: 'warehouse {warehouseCode} is the default warehouse',
  salesTax: 'tax {taxCode} applies to sales at {rate}',
  customerHasOrder: 'customer {customerCode} has a {orderStatus} sales order',
  orderCanBeCreated: 'a sales order can be created for customer {customerCode} and product {productCode}',
  orderExists: 'sales order {guid} exists with status {orderStatus}',
  orderMissing: 'sales order {guid} does not exist',
  rateLimited: 'Unleashed is rate limiting the account for {retryAfterSeconds} seconds',
  accountExists: 'account {apiId} exists',
  webhookSubscribed: 'the account has a webhook subscription to {notificationUrl} described as {description}',
  webhookRoom: 'the account holds {count} webhook subscriptions of other systems',
} as const;
