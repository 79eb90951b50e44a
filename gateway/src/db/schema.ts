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

export interface SessionsTable {
  id: string;
  tokenHash: string;
  kind: string;
  subjectId: string;
  storeId: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  revokedAt: Timestamp | null;
}

export interface StoresTable {
  id: string;
  name: string;
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

export interface Database {
  account: AccountTable;
  admins: AdminsTable;
  sessions: SessionsTable;
  stores: StoresTable;
  dataVersions: DataVersionsTable;
  legacyImports: LegacyImportsTable;
}

export type { Generated, Seq };
