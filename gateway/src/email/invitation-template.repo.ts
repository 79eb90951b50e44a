// The stores' edited invitation templates (table `invitation_templates`), one row per store; no row means the
// default.
import type { PortalDb } from '../db/database.ts';

export interface InvitationTemplateRecord {
  /** The store id. */
  id: string;
  subject: string;
  body: string;
  updatedAt: string;
}

export interface InvitationTemplateRepo {
  get(storeId: string): Promise<InvitationTemplateRecord | undefined>;
  /** Stores the store's template, replacing the one it had. */
  save(record: InvitationTemplateRecord): Promise<void>;
  remove(storeId: string): Promise<void>;
}

export function createInvitationTemplateRepo(db: PortalDb): InvitationTemplateRepo {
  return {
    get: async (storeId) => {
      const row = await db.q
        .selectFrom('invitationTemplates')
        .selectAll()
        .where('storeId', '=', storeId)
        .executeTakeFirst();
      return row && { id: row.storeId, subject: row.subject, body: row.body, updatedAt: row.updatedAt };
    },
    save: async ({ id, ...changes }) => {
      await db.q
        .insertInto('invitationTemplates')
        .values({ storeId: id, ...changes })
        .onConflict((oc) => oc.column('storeId').doUpdateSet(changes))
        .execute();
    },
    remove: async (storeId) => {
      await db.q.deleteFrom('invitationTemplates').where('storeId', '=', storeId).execute();
    },
  };
}
