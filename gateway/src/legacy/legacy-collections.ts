// Which collections of the old storage go into which table: each through its domain repository.
import { createAccountRepo } from '../account/account.repo.ts';
import { createAdminsRepo } from '../admins/admins.repo.ts';
import { createCatalogueRepo } from '../catalogue/catalogue.repo.ts';
import { createCataloguesRepo } from '../catalogue/catalogues.repo.ts';
import type { PortalDb } from '../db/database.ts';
import { createSessionsRepo } from '../sessions/sessions.repo.ts';
import { createStoresRepo } from '../stores/stores.repo.ts';
import type { LegacyCollection } from './legacy-import.ts';

export function legacyCollections(db: PortalDb): LegacyCollection[] {
  const account = createAccountRepo(db);
  const admins = createAdminsRepo(db);
  const sessions = createSessionsRepo(db);
  const stores = createStoresRepo(db);
  const catalogue = createCatalogueRepo(db);
  const catalogues = createCataloguesRepo(db);
  // Records are written as the repositories type them; the row builders default fields older records lack.
  const pages = <T>(saveAll: (records: T[]) => Promise<void>) => ({
    save: (record: T) => saveAll([record]),
    saveAll,
  });
  return [
    { concern: 'account', name: 'account', save: (record) => account.save(record) },
    { concern: 'auth', name: 'admins', save: async (record) => void (await admins.insert(record)) },
    { concern: 'auth', name: 'sessions', save: (record) => sessions.save(record) },
    { concern: 'stores', name: 'stores', save: (record) => stores.save(record) },
    { concern: 'catalogue', name: 'products', ...pages(catalogue.saveProducts) },
    { concern: 'catalogue', name: 'categories', ...pages(catalogue.saveCategories) },
    { concern: 'catalogue', name: 'priceTiers', ...pages(catalogue.savePriceTiers) },
    { concern: 'prices', name: 'priceRules', ...pages(catalogue.savePriceRules) },
    { concern: 'stock', name: 'stockLevels', ...pages(catalogue.saveStockLevels) },
    { concern: 'store-catalogues', name: 'catalogues', save: (record) => catalogues.saveCatalogue(record) },
    { concern: 'store-catalogues', name: 'categories', save: (record) => catalogues.saveCategory(record) },
  ];
}
