// Which collections of the old storage go into which table: each through its domain repository.
import { createAccountRepo } from '../account/account.repo.ts';
import { createAdminsRepo } from '../admins/admins.repo.ts';
import type { PortalDb } from '../db/database.ts';
import { createInvitationTemplateRepo } from '../email/invitation-template.repo.ts';
import { createOutboxRepo } from '../email/outbox.repo.ts';
import { createSessionsRepo } from '../sessions/sessions.repo.ts';
import { createStoresRepo } from '../stores/stores.repo.ts';
import { createSyncRepo } from '../sync/sync.repo.ts';
import type { LegacyCollection } from './legacy-import.ts';

export function legacyCollections(db: PortalDb): LegacyCollection[] {
  const account = createAccountRepo(db);
  const admins = createAdminsRepo(db);
  const sessions = createSessionsRepo(db);
  const stores = createStoresRepo(db);
  const outbox = createOutboxRepo(db);
  const invitationTemplates = createInvitationTemplateRepo(db);
  const sync = createSyncRepo(db);
  return [
    { concern: 'account', name: 'account', save: (record) => account.save(record) },
    { concern: 'auth', name: 'admins', save: async (record) => void (await admins.insert(record)) },
    { concern: 'auth', name: 'sessions', save: (record) => sessions.save(record) },
    { concern: 'stores', name: 'stores', save: (record) => stores.save(record) },
    { concern: 'email', name: 'outbox', save: (record) => outbox.save(record) },
    { concern: 'email', name: 'invitation-templates', save: (record) => invitationTemplates.save(record) },
    // In insertion order, so runs started at the same instant keep the order they were made in.
    { concern: 'sync', name: 'runs', save: (record) => sync.saveRun(record) },
    // Cursors saved before fullReadAt existed lack it: saved as null.
    { concern: 'sync', name: 'cursors', save: (record) => sync.saveCursor(record) },
  ];
}
