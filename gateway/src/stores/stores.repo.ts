// Stores of the account (table `stores`): the Unleashed connection as columns (the key sealed), the R8, R17b,
// R18 and R21 settings; a setting the admin never changed stays null and reads as its default. A save moves the
// store's 'access' data version in the same transaction (signed-in buyers hold the store they resolved).
import type { Insertable, Selectable } from 'kysely';
import { createDataVersions, type DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { fieldsOrNull, sameFields } from '../db/row-fields.ts';
import type { StoresTable } from '../db/schema.ts';
import { upsertRow } from '../db/upsert-row.ts';
import type { OrderStatusSettingsUpdate } from './order-settings.ts';
import { type ImportStatus, STORE_FIELDS, type Store } from './stores.types.ts';

export interface StoresRepo {
  list(): Promise<Store[]>;
  get(id: string): Promise<Store | undefined>;
  findBySlug(slug: string): Promise<Store | undefined>;
  save(store: Store): Promise<void>;
}

const optional = <T>(value: T | null): T | undefined => value ?? undefined;

type StoreRow = Selectable<StoresTable> & { logoVersion: string | null };

function toStore(row: StoreRow): Store {
  return {
    ...sameFields(row, STORE_FIELDS),
    ...(row.slug ? { slug: row.slug } : {}),
    importStatus: row.importStatus as ImportStatus,
    outOfStockPolicy: optional(row.outOfStockPolicy as Store['outOfStockPolicy'] | null),
    showStockCounts: optional(row.showStockCounts),
    standingOrdersEnabled: optional(row.standingOrdersEnabled),
    orderStatuses: optional(row.orderStatuses as OrderStatusSettingsUpdate | null),
    orderRequestEmailToBuyer: optional(row.orderRequestEmailToBuyer),
    orderRequestEmailToAdmin: optional(row.orderRequestEmailToAdmin),
    brandColour: row.brandColour,
    bannerText: row.bannerText,
    logoVersion: row.logoVersion,
    unleashed: {
      apiId: row.unleashedApiId,
      apiKey: { sealed: row.unleashedApiKeySealed },
      baseUrl: row.unleashedBaseUrl,
      connectedAt: row.unleashedConnectedAt,
    },
  };
}

function toRow(store: Store): Insertable<StoresTable> {
  return {
    ...sameFields(store, STORE_FIELDS),
    importStatus: store.importStatus,
    ...fieldsOrNull(store, [
      'slug',
      'outOfStockPolicy',
      'showStockCounts',
      'standingOrdersEnabled',
      'orderRequestEmailToBuyer',
      'orderRequestEmailToAdmin',
      'brandColour',
      'bannerText',
    ]),
    orderStatuses: store.orderStatuses ? JSON.stringify(store.orderStatuses) : null,
    unleashedApiId: store.unleashed.apiId,
    unleashedApiKeySealed: store.unleashed.apiKey.sealed,
    unleashedBaseUrl: store.unleashed.baseUrl,
    unleashedConnectedAt: store.unleashed.connectedAt,
  };
}

export function createStoresRepo(db: PortalDb, versions: DataVersions = createDataVersions(db)): StoresRepo {
  // The logo's version only (its bytes stay in store_logos): what the logo's URL is named by.
  const selectStores = () =>
    db.q
      .selectFrom('stores')
      .leftJoin('storeLogos', 'storeLogos.storeId', 'stores.id')
      .selectAll('stores')
      .select('storeLogos.version as logoVersion');
  return {
    list: async () =>
      (await selectStores().orderBy('stores.createdAt').orderBy('stores.id').execute()).map(toStore),
    get: async (id) => {
      const row = await selectStores().where('stores.id', '=', id).executeTakeFirst();
      return row && toStore(row);
    },
    findBySlug: async (slug) => {
      const row = await selectStores().where('stores.slug', '=', slug).executeTakeFirst();
      return row && toStore(row);
    },
    save: (store) =>
      db.transaction(async () => {
        await upsertRow(db, 'stores', ['id'], toRow(store));
        await versions.bump(store.id, 'access');
      }),
  };
}
