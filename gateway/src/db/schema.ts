// The gateway's tables as Kysely sees them, written once (gateway/migrations/ creates them). Columns are
// snake_case in SQL and camelCase here (CamelCasePlugin). Timestamps read back as ISO strings, numeric and
// bigint as numbers (see connect.ts); `date` columns as `YYYY-MM-DD`. jsonb holds only nested documents that
// are always read whole (order lines, an address, a schedule).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** An ISO timestamp: written as an ISO string, read back as one. */
type Timestamp = string;
type Json<T extends object | null> = JSONColumnType<T>;
/** A column filled by the database (identity) that keeps insertion order for ties. */
type Seq = ColumnType<number, never, never>;

export interface AccountTable {
  id: string;
  name: string;
  plan: string;
}

export interface AdminsTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: Timestamp;
}

/** What a session and a password reset both are: a token (kept by its hash) for one subject, until it expires. */
interface IssuedTokenColumns {
  tokenHash: string;
  kind: string;
  subjectId: string;
  storeId: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp;
}

export interface SessionsTable extends IssuedTokenColumns {
  id: string;
  revokedAt: Timestamp | null;
}

export interface LoginThrottleTable {
  key: string;
  attempts: number;
  windowStartedAt: Timestamp;
}

export interface PasswordResetsTable extends IssuedTokenColumns {
  usedAt: Timestamp | null;
}

export interface RateLimitsTable {
  key: string;
  hits: number;
  windowStartedAt: Timestamp;
}

export interface StoresTable {
  id: string;
  name: string;
  /** Unique; null only for a row written before migration 0010 ran (it fills them). */
  slug: string | null;
  adminEmail: string;
  importStatus: string;
  warehouseCodes: string[];
  orderWarehouseCode: string;
  taxCode: string;
  defaultTaxRate: number;
  syncIntervalMinutes: number;
  autoAddCustomers: boolean;
  outOfStockPolicy: string | null;
  showStockCounts: boolean | null;
  standingOrdersEnabled: boolean | null;
  /** Only the per-status settings an admin changed (R18a). */
  orderStatuses: Json<Record<string, unknown>> | null;
  orderRequestEmailToBuyer: boolean | null;
  orderRequestEmailToAdmin: boolean | null;
  /** `#rrggbb`, or null for the default colour (issue 16 item 9). */
  brandColour: string | null;
  bannerText: string | null;
  unleashedApiId: string;
  unleashedApiKeySealed: string;
  unleashedBaseUrl: string;
  unleashedConnectedAt: Timestamp;
  createdAt: Timestamp;
}

/** A per-store counter moved in the same transaction as a write: the key of every cache built on that data. */
export interface DataVersionsTable {
  storeId: string;
  area: string;
  version: ColumnType<number, number, number>;
}

export interface LegacyImportsTable {
  collection: string;
  records: number;
  importedAt: Timestamp;
}

export interface CustomersTable {
  storeId: string;
  guid: string;
  code: string;
  name: string;
  customerType: string | null;
  currency: string | null;
  taxable: boolean;
  taxCode: string | null;
  taxRate: number | null;
  /** A fraction: 0.05 = 5%. */
  discountRate: number;
  /** The tier label, or null for none. */
  sellPriceTier: string | null;
  addresses: Json<unknown[]>;
  obsolete: boolean;
  /** Added to the store (counts against the plan's customer limit). */
  inStore: boolean;
  addedAt: Timestamp | null;
  modifiedAt: Timestamp;
  syncedAt: Timestamp;
}

export interface ContactsTable {
  storeId: string;
  guid: string;
  customerGuid: string;
  firstName: string | null;
  lastName: string | null;
  /** Lower-cased; null when Unleashed has none (such a contact cannot be invited). */
  email: string | null;
  isDefault: boolean;
  forOrdering: boolean;
  syncState: string;
  modifiedAt: Timestamp;
  syncedAt: Timestamp;
}

export interface ProductsTable {
  storeId: string;
  guid: string;
  code: string;
  description: string;
  categoryGuid: string | null;
  categoryName: string | null;
  defaultSellPrice: number | null;
  /** Prices for sell price tiers 1..10 (index 0 = tier 1); null where the product has none. */
  tierPrices: Json<(number | null)[]>;
  minimumSellPrice: number | null;
  /** Unleashed's MinimumSaleQuantity and PackSize: the defaults of the product's quantity rule (B4). */
  minimumSaleQuantity: number | null;
  packSize: number | null;
  taxable: boolean;
  /** The product's own sales tax code and rate, when it has one. */
  taxCode: string | null;
  taxRate: number | null;
  images: Json<{ url: string; isDefault: boolean }[]>;
  /** Unleashed's IsSellable flag. */
  sellableInUnleashed: boolean;
  obsolete: boolean;
  status: string;
  /** Unleashed's LastModifiedOn, ISO. */
  modifiedAt: Timestamp;
  syncedAt: Timestamp;
}

export interface ProductGroupsTable {
  storeId: string;
  guid: string;
  name: string;
  modifiedAt: Timestamp;
}

export interface PriceTiersTable {
  storeId: string;
  /** 1..10 */
  number: number;
  name: string;
}

export interface PriceRulesTable {
  storeId: string;
  guid: string;
  productGuid: string;
  customerGuid: string | null;
  minimumQuantity: number;
  price: number;
  /** For a discount row: the percentage off the product's default sell price (price follows that price). */
  discountPercent: number | null;
  /** ISO dates (inclusive), null = open-ended. */
  validFrom: string | null;
  validTo: string | null;
  modifiedAt: Timestamp;
}

export interface StockLevelsTable {
  storeId: string;
  productGuid: string;
  warehouseCode: string;
  onHand: number;
  allocated: number;
  available: number;
  modifiedAt: Timestamp | null;
  syncedAt: Timestamp;
}

export interface CataloguesTable {
  storeId: string;
  catalogueId: string;
  name: string;
  createdAt: Timestamp;
}

export interface CatalogueProductsTable {
  storeId: string;
  catalogueId: string;
  productGuid: string;
  status: string;
}

export interface CatalogueCustomersTable {
  storeId: string;
  catalogueId: string;
  customerGuid: string;
}

export interface StoreCategoriesTable {
  storeId: string;
  categoryId: string;
  name: string;
  createdAt: Timestamp;
}

export interface StoreCategoryProductsTable {
  storeId: string;
  categoryId: string;
  productGuid: string;
  position: number;
}

export interface CartsTable {
  storeId: string;
  ownerKey: string;
  lines: Json<{ productGuid: string; quantity: number }[]>;
  updatedAt: Timestamp;
}

export interface OrdersTable {
  storeId: string;
  id: string;
  unleashedGuid: string;
  customerGuid: string;
  customerCode: string;
  placedByEmail: string;
  status: string;
  importState: string;
  importError: string | null;
  importAttempts: number;
  unleashedOrderNumber: string | null;
  unleashedStatus: string | null;
  deliveryAddress: Json<object> | null;
  comment: string | null;
  lines: Json<unknown[]>;
  charges: Json<unknown[]>;
  taxCode: string;
  taxRate: number;
  subTotal: number;
  taxTotal: number;
  total: number;
  createdAt: Timestamp;
  importedAt: Timestamp | null;
  completedAt: Timestamp | null;
  updatedAt: Timestamp;
  standingOrderId: string | null;
  placedOnBehalfBy: string | null;
  purchaseOrderRef: string | null;
  requiredDate: string | null;
  approvalRequired: Generated<boolean>;
  approvalDecidedBy: string | null;
  approvalDecidedAt: Timestamp | null;
  rejectionReason: string | null;
  seq: Seq;
}

/** Store-only ordering choices per customer (B7); a customer without a row has the defaults. */
export interface CustomerOrderSettingsTable {
  storeId: string;
  customerGuid: string;
  purchaseOrderRefRequired: boolean;
  updatedAt: Timestamp;
}

/** A customer's approval rule (B8); a customer without a row needs no approval. */
export interface CustomerApprovalSettingsTable {
  storeId: string;
  customerGuid: string;
  mode: 'off' | 'always' | 'above';
  threshold: number | null;
  updatedAt: Timestamp;
}

/** A customer's approver contacts (B8). */
export interface CustomerApproversTable {
  storeId: string;
  customerGuid: string;
  contactGuid: string;
}

export interface StoreOrderRulesTable {
  storeId: string;
  minimumOrderValue: number | null;
  defaultMinimum: number | null;
  defaultMaximum: number | null;
  defaultMultiple: number | null;
  updatedAt: Timestamp;
}

export interface OrderValueMinimumsTable {
  storeId: string;
  scope: 'customer-type' | 'customer';
  key: string;
  minimumOrderValue: number;
  updatedAt: Timestamp;
}

export interface ProductOverridesTable {
  storeId: string;
  productGuid: string;
  name: string | null;
  description: string | null;
  updatedAt: Timestamp;
}

export interface ProductQuantityRulesTable {
  storeId: string;
  productGuid: string;
  /** '' for the store's own override. */
  customerGuid: string;
  minimum: number | null;
  maximum: number | null;
  multiple: number | null;
  updatedAt: Timestamp;
}

/** One invitation sent to one contact; the token itself is never stored, only its SHA-256 hash. */
export interface InvitationsTable {
  id: string;
  storeId: string;
  contactGuid: string;
  customerGuid: string;
  /** The email the invitation went to; the login it creates is for this email. */
  email: string;
  tokenHash: string;
  status: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  /** When it left `pending` (accepted, declined, cancelled, expired, superseded). */
  closedAt: Timestamp | null;
  /** The admin who sent it (kept for the audit trail, B5). */
  invitedBy: string | null;
  seq: Seq;
}

export interface BuyerLoginsTable {
  id: string;
  storeId: string;
  contactGuid: string;
  customerGuid: string;
  /** Lower-cased; the login works only while the contact still has this email in Unleashed. */
  email: string;
  passwordHash: string;
  createdAt: Timestamp;
  /** Set while deactivated by an admin (R16). */
  deactivatedAt: Timestamp | null;
}

export interface NotificationsTable {
  id: string;
  storeId: string;
  kind: string;
  message: string;
  contactGuid: string;
  customerGuid: string;
  createdAt: Timestamp;
  seq: Seq;
}

export interface ActingSessionsTable {
  /** The acting session's id. */
  id: string;
  storeId: string;
  adminId: string;
  adminEmail: string;
  adminName: string;
  /** The admin session the acting session was started from; it ends with it. */
  adminSessionId: string;
  customerGuid: string;
  customerCode: string;
  customerName: string;
  startedAt: Timestamp;
  endedAt: Timestamp | null;
  endReason: string | null;
  seq: Seq;
}

export interface StandingOrdersTable {
  id: string;
  storeId: string;
  customerGuid: string;
  customerCode: string;
  name: string;
  status: string;
  createdByContactGuid: string;
  createdByEmail: string;
  createdByFirstName: string | null;
  deliveryAddress: Json<object>;
  schedule: Json<object>;
  /** `YYYY-MM-DD` */
  startDate: string;
  nextRunDate: string | null;
  reminderSentFor: string | null;
  comment: string | null;
  purchaseOrderRef: string | null;
  lines: Json<{ productGuid: string; quantity: number }[]>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  seq: Seq;
}

export interface StandingOrderRunsTable {
  id: string;
  storeId: string;
  standingOrderId: string;
  dueDate: string;
  outcome: string;
  detail: string | null;
  orderId: string | null;
  ranAt: Timestamp;
}

export interface EmailOutboxTable {
  id: string;
  storeId: string;
  template: string;
  recipient: string;
  fromHeader: string;
  sender: Json<{ name: string; address: string }>;
  subject: string;
  htmlBody: string;
  textBody: string;
  delivery: Json<{ html: string; text: string }> | null;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Timestamp | null;
  createdAt: Timestamp;
  sentAt: Timestamp | null;
  messageId: string | null;
  seq: Seq;
}

/** A store's edited subject and body of one email template (issue 16 item 9); no row: the default. */
export interface EmailTemplatesTable {
  storeId: string;
  template: string;
  subject: string;
  body: string;
  updatedAt: Timestamp;
}

/** A store's uploaded logo (issue 16 item 9); `version` is a hash of the bytes, used in its URL. */
export interface StoreLogosTable {
  storeId: string;
  contentType: string;
  data: Buffer;
  version: string;
  updatedAt: Timestamp;
}

export interface SyncRunsTable {
  id: string;
  storeId: string;
  trigger: string;
  status: string;
  startedAt: Timestamp;
  finishedAt: Timestamp | null;
  resources: Json<unknown[]>;
  error: string | null;
  /** The instance running it; null while it waits for a worker. */
  owner: string | null;
  heartbeatAt: Timestamp | null;
  seq: Seq;
}

export interface SyncCursorsTable {
  storeId: string;
  resource: string;
  /** '' for a resource followed as a whole. */
  partition: string;
  modifiedSince: Timestamp | null;
  resumeFrom: Timestamp | null;
  succeededAt: Timestamp | null;
  fullReadAt: Timestamp | null;
  updatedAt: Timestamp;
}

export interface WebhookSubscriptionsTable {
  storeId: string;
  state: string;
  subscriptionId: string | null;
  notificationUrl: string | null;
  eventTypes: Json<string[]>;
  /** Sealed with the master key (SecretBox). */
  signingKey: string | null;
  connectedAt: string | null;
  error: string | null;
  checkedAt: Timestamp | null;
  rejectedCount: ColumnType<number, number | undefined, number>;
  rejectedAt: Timestamp | null;
  rejectedReason: string | null;
  /** The account the subscription lives in: { apiId, baseUrl, apiKey: { sealed } }. */
  account: Json<{ apiId: string; baseUrl: string; apiKey: { sealed: string } }> | null;
  /**
   * A subscription left in a previous account that could not be removed: { apiId, subscriptionId, reason, and
   * since the leftover checks the account as above }.
   */
  leftBehind: Json<{
    apiId: string;
    subscriptionId: string;
    reason: string;
    account?: { apiId: string; baseUrl: string; apiKey: { sealed: string } };
  }> | null;
}

export interface WebhookEventsTable {
  storeId: string;
  eventId: string;
  eventType: string;
  resourceGuid: string;
  createdOn: string | null;
  receivedAt: Timestamp;
  appliedAt: Timestamp | null;
  outcome: string;
  detail: string | null;
  seq: Seq;
}

/** One audit entry (B5); before/after hold only the changed fields, never secrets. */
export interface AuditEntriesTable {
  id: string;
  seq: Seq;
  at: Timestamp;
  storeId: string | null;
  adminId: string | null;
  adminEmail: string | null;
  actingForCustomerGuid: string | null;
  buyerEmail: string | null;
  kind: string;
  recordType: string;
  recordId: string;
  summary: string;
  before: ColumnType<Record<string, unknown> | null, string | null, never>;
  after: ColumnType<Record<string, unknown> | null, string | null, never>;
}

export interface Database {
  account: AccountTable;
  admins: AdminsTable;
  sessions: SessionsTable;
  loginThrottle: LoginThrottleTable;
  rateLimits: RateLimitsTable;
  passwordResets: PasswordResetsTable;
  stores: StoresTable;
  dataVersions: DataVersionsTable;
  legacyImports: LegacyImportsTable;
  customers: CustomersTable;
  contacts: ContactsTable;
  products: ProductsTable;
  productGroups: ProductGroupsTable;
  priceTiers: PriceTiersTable;
  priceRules: PriceRulesTable;
  stockLevels: StockLevelsTable;
  catalogues: CataloguesTable;
  catalogueProducts: CatalogueProductsTable;
  catalogueCustomers: CatalogueCustomersTable;
  storeCategories: StoreCategoriesTable;
  storeCategoryProducts: StoreCategoryProductsTable;
  carts: CartsTable;
  orders: OrdersTable;
  customerOrderSettings: CustomerOrderSettingsTable;
  customerApprovalSettings: CustomerApprovalSettingsTable;
  customerApprovers: CustomerApproversTable;
  storeOrderRules: StoreOrderRulesTable;
  orderValueMinimums: OrderValueMinimumsTable;
  productQuantityRules: ProductQuantityRulesTable;
  productOverrides: ProductOverridesTable;
  invitations: InvitationsTable;
  buyerLogins: BuyerLoginsTable;
  notifications: NotificationsTable;
  actingSessions: ActingSessionsTable;
  standingOrders: StandingOrdersTable;
  standingOrderRuns: StandingOrderRunsTable;
  emailOutbox: EmailOutboxTable;
  emailTemplates: EmailTemplatesTable;
  storeLogos: StoreLogosTable;
  syncRuns: SyncRunsTable;
  syncCursors: SyncCursorsTable;
  webhookSubscriptions: WebhookSubscriptionsTable;
  webhookEvents: WebhookEventsTable;
  auditEntries: AuditEntriesTable;
}
