// Stores' uploaded logos (table `store_logos`), one per store. A change moves the store's 'access' data version in
// the same transaction, as a settings save does, so signed-in buyers see the new logo's URL.
import { createDataVersions, type DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { upsertRow } from '../db/upsert-row.ts';

export interface StoreLogo {
  contentType: string;
  data: Buffer;
  /** A hash of the bytes: the `v` of the logo's URL and its ETag. */
  version: string;
}

export interface StoreLogoRepo {
  get(storeId: string): Promise<StoreLogo | undefined>;
  save(storeId: string, logo: StoreLogo, updatedAt: string): Promise<void>;
  /** Whether there was a logo to remove. */
  remove(storeId: string): Promise<boolean>;
}

export function createStoreLogoRepo(
  db: PortalDb,
  versions: DataVersions = createDataVersions(db),
): StoreLogoRepo {
  return {
    get: (storeId) =>
      db.q
        .selectFrom('storeLogos')
        .select(['contentType', 'data', 'version'])
        .where('storeId', '=', storeId)
        .executeTakeFirst(),
    save: (storeId, logo, updatedAt) =>
      db.transaction(async () => {
        await upsertRow(db, 'storeLogos', ['storeId'], { storeId, ...logo, updatedAt });
        await versions.bump(storeId, 'access');
      }),
    remove: (storeId) =>
      db.transaction(async () => {
        const result = await db.q.deleteFrom('storeLogos').where('storeId', '=', storeId).executeTakeFirst();
        await versions.bump(storeId, 'access');
        return result.numDeletedRows > 0n;
      }),
  };
}
