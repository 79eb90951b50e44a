// What both sides of the storefront→gateway contract share: the pair's names, where the pact is written, the
// people and products the interactions talk about, and the provider states (business facts with parameters).
import { resolve } from 'node:path';

export const CONSUMER = 'storefront';
export const PROVIDER = 'gateway';
export const PACT_DIR = resolve(import.meta.dirname, '../pacts');
export const PACT_FILE = resolve(PACT_DIR, `${CONSUMER}-${PROVIDER}.json`);

/** The store the verification connects to the mock's `default` seed. */
export const STORE_NAME = 'Trade Store';
/** The admin the verification creates (gateway/test/harness.ts). */
export const ADMIN_EMAIL = 'admin@supplier.example';
export const ADMIN_PASSWORD = 'Sup3rSecret!';
/** Seed anchors (mock `default` seed). */
export const BUYER_EMAIL = 'dana@demo-wholesale.example';
export const BUYER_CUSTOMER = 'DEMO001';
export const BUYER_PASSWORD = 'Buyer2026ok';
export const SELLABLE_PRODUCT = 'DEMO-PLENTY';
export const LOW_PRODUCT = 'DEMO-LOW';

/**
 * Provider states. The consumer names them with `given`; the verification's handlers (provider-states.ts) make
 * each one true on the running portal and hand generated ids and tokens back through fromProviderState.
 * States that move the gateway's clock come first in an interaction: they end earlier sessions.
 */
export const STATES = {
  storeSynced: 'store {storeName} is synced with the default seed',
  adminExists: 'admin {email} has the password {password}',
  adminSignedIn: 'admin {email} is signed in',
  signInThrottled: 'admin sign-in as {email} is throttled after too many wrong passwords',
  buyerSignInThrottled:
    'buyer sign-in as {email} to store {storeName} is throttled after too many wrong passwords',
  syncRunning: 'a sync of store {storeName} is running',
  planFull: 'store {storeName} lists as many products as plan {plan} allows',
  productStatus: 'product {productCode} is {status} in store {storeName}',
  buyerCanSignIn: 'contact {email} of customer {customerCode} can sign in with {password}',
  buyerSignedIn: 'contact {email} of customer {customerCode} is signed in',
  cartHolds: 'the cart of {email} holds {quantity} of product {productCode}',
  cartEmpty: 'the cart of {email} is empty',
  orderPlaced: 'contact {email} has placed an order for product {productCode}',
  contactNeverInvited: 'a new customer has a contact {firstName} who was never invited',
  contactInvited: 'a new customer has a contact {firstName} with a pending invitation',
  invitationExpired: 'a new customer has a contact {firstName} whose invitation has expired',
  contactActive: 'a new customer has a contact {firstName} who accepted the invitation',
  contactDeactivated: 'a new customer has a contact {firstName} who was deactivated',
  emailHeld: 'a new customer has a contact {firstName} whose email another customer’s invited contact holds',
  adminNotified: 'the store admin was told that contact {firstName} opened an expired invitation',
  // Repeat buying (B3), order status labels (R18a), acting as a customer (R22, R23).
  orderWithHiddenLine:
    'contact {email} has placed an order for {productCode} and {hiddenCode}, and {hiddenCode} is hidden since',
  statusLabel: 'store {storeName} shows order status {status} as {label}',
  defaultOrderSettings: 'store {storeName} has the default order status labels and order request emails',
  customerInStore: 'customer {customerCode} is in store {storeName}',
  acting: 'admin {email} acts as customer {customerCode}',
  actingForDeactivated: 'admin {email} acts as a new customer whose contact {firstName} was deactivated',
  actingCartHolds: 'the acting cart holds {quantity} of product {productCode}',
  // Standing orders (R21).
  standingOrder: 'contact {email} has a standing order that is {status}',
  standingOrderNamed: 'contact {email} has a standing order named {name}',
  noStandingOrderNamed: 'contact {email} has no standing order named {name}',
  standingOrdersOff: 'store {storeName} does not allow standing orders',
  // Catalogues and categories (R17, R3).
  catalogue: 'store {storeName} has a custom catalogue',
  catalogueAssigned: 'a custom catalogue of store {storeName} is assigned to customer {customerCode}',
  category: 'store {storeName} has a store category',
  // Purchase-order numbers (B7).
  poRequired: 'customer {customerCode} requires a purchase-order number on every order',
  orderPlacedWithPo:
    'contact {email} has placed an order for product {productCode} with PO number {purchaseOrderRef}',
  // Order rules (B4).
  soldInMultiples: 'product {productCode} is sold in multiples of {multiple}',
  minimumOrderValue: 'store {storeName} has a minimum order value of {amount}',
  // Buyer approvals (B8).
  approver:
    'contact {email} of customer {customerCode} approves its orders, and orders of its other contacts need approval',
  orderAwaitingApproval: 'an order of contact {placedBy} of customer {customerCode} awaits approval',
  orderApprovedAlready:
    'an order of contact {placedBy} of customer {customerCode} was approved already by {approvedBy}',
  customerSellsInMultiples:
    'customer {customerCode} has its own order rules: product {productCode} in multiples of {multiple}',
} as const;

/** The examples the consumer uses where a provider state hands over the real value. */
export const EXAMPLES = {
  storeId: 'store-1',
  adminToken: 'admin-session-token',
  buyerToken: 'buyer-session-token',
  productGuid: '3f2b8c1e-9d4a-4e7b-8a6c-1b2c3d4e5f60',
  customerGuid: '7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  contactGuid: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
  invitationToken: 'invitation-token-example-0123456789',
  messageId: 'message-1',
  orderId: 'order-1',
  actingToken: 'acting-session-token',
  standingOrderId: 'standing-order-1',
  catalogueId: 'catalogue-1',
  categoryId: 'category-1',
} as const;

export type ExampleName = keyof typeof EXAMPLES;
