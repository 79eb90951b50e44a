// Which collections of the old storage go into which table: each through its domain repository.
import { createAccountRepo } from '../account/account.repo.ts';
import { createAdminsRepo } from '../admins/admins.repo.ts';
import type { PortalDb } from '../db/database.ts';
import { createSessionsRepo } from '../sessions/sessions.repo.ts';
import { createStoresRepo } from '../stores/stores.repo.ts';
import type { LegacyCollection } from './legacy-import.ts';

export function legacyCollections(db: PortalDb): LegacyCollection[] {
  const account = createAccountRepo(db);
  const admins = createAdminsRepo(db);
  const sessions = createSessionsRepo(db);
  const stores = createStoresRepo(db);
  return [
    { concern: 'account', name: 'account', save: (record) => account.save(record) },
    { concern: 'auth', name: 'admins', save: async (record) => void (await admins.insert(record)) },
    { concern: 'auth', name: 'sessions', save: (record) => sessions.save(record) },
    { concern: 'stores', name: 'stores', save: (record) => stores.save(record) },
  ];
}
