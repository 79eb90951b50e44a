// Earlier versions kept the gateway's records in lowdb files (.data/gateway) or in one PostgreSQL table
// (portal_records). At start each collection of that storage is copied once into its table, in one transaction
// per collection, and marked done in `legacy_imports`; the old files and table are left as they were.
import type { Logger } from 'pino';
import type { PortalDb } from '../db/database.ts';
import type { CollectionBackend } from './collections.ts';

export interface LegacyCollection {
  concern: string;
  name: string;
  /** Writes one record of the old storage into its table (through the domain repository). */
  // biome-ignore lint/suspicious/noExplicitAny: records of an older version, written by the repository that typed them
  save(record: any): Promise<void>;
  /** Writes all records at once (a repository that writes pages: far fewer statements); `save` otherwise. */
  // biome-ignore lint/suspicious/noExplicitAny: as for save
  saveAll?(records: any[]): Promise<void>;
}

/** Copies every collection not imported yet; safe when several instances start at once. */
export async function importLegacyData(
  db: PortalDb,
  source: CollectionBackend,
  collections: readonly LegacyCollection[],
  logger: Logger,
  now: () => Date = () => new Date(),
): Promise<number> {
  return db.exclusive('legacy-import', async () => {
    const done = new Set(
      (await db.q.selectFrom('legacyImports').select('collection').execute()).map((row) => row.collection),
    );
    let imported = 0;
    for (const collection of collections) {
      const key = `${collection.concern}/${collection.name}`;
      if (done.has(key)) continue;
      const records = (await source.collection<{ id: string }>(collection.concern, collection.name)).all();
      await db.transaction(async () => {
        if (collection.saveAll) await collection.saveAll([...records]);
        else for (const record of records) await collection.save(record);
        await db.q
          .insertInto('legacyImports')
          .values({ collection: key, records: records.length, importedAt: now().toISOString() })
          .execute();
      });
      if (records.length > 0)
        logger.info({ collection: key, records: records.length }, 'imported from the old storage');
      imported += records.length;
    }
    return imported;
  });
}
