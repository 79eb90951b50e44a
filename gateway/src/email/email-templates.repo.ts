// The stores' edited emails (table `email_templates`), one row per store and template; no row means the
// template's default.
import type { PortalDb } from '../db/database.ts';

export interface EmailTemplateRecord {
  storeId: string;
  /** The template's name, e.g. `order-status-changed`. */
  template: string;
  subject: string;
  body: string;
  updatedAt: string;
}

export interface EmailTemplatesRepo {
  get(storeId: string, template: string): Promise<EmailTemplateRecord | undefined>;
  /** Every template the store edited. */
  list(storeId: string): Promise<EmailTemplateRecord[]>;
  /** Stores the store's text for the template, replacing what it had. */
  save(record: EmailTemplateRecord): Promise<void>;
  remove(storeId: string, template: string): Promise<void>;
}

export function createEmailTemplatesRepo(db: PortalDb): EmailTemplatesRepo {
  return {
    get: (storeId, template) =>
      db.q
        .selectFrom('emailTemplates')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('template', '=', template)
        .executeTakeFirst(),
    list: (storeId) => db.q.selectFrom('emailTemplates').selectAll().where('storeId', '=', storeId).execute(),
    save: async ({ storeId, template, ...changes }) => {
      await db.q
        .insertInto('emailTemplates')
        .values({ storeId, template, ...changes })
        .onConflict((oc) => oc.columns(['storeId', 'template']).doUpdateSet(changes))
        .execute();
    },
    remove: async (storeId, template) => {
      await db.q
        .deleteFrom('emailTemplates')
        .where('storeId', '=', storeId)
        .where('template', '=', template)
        .execute();
    },
  };
}
