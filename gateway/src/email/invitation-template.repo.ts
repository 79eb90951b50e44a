// The stores' edited invitation templates, one record per store (id = store id); no record means the default.
import type { CollectionBackend } from '../storage/collections.ts';

export interface InvitationTemplateRecord {
  /** The store id. */
  id: string;
  subject: string;
  body: string;
  updatedAt: string;
}

export interface InvitationTemplateRepo {
  get(storeId: string): Promise<InvitationTemplateRecord | undefined>;
  save(record: InvitationTemplateRecord): Promise<void>;
  remove(storeId: string): Promise<void>;
}

/** The repository over the embedded storage (concern `email`). */
export async function createInvitationTemplateRepo(
  backend: CollectionBackend,
): Promise<InvitationTemplateRepo> {
  const templates = await backend.collection<InvitationTemplateRecord>('email', 'invitation-templates');
  return {
    get: async (storeId) => templates.get(storeId),
    save: (record) => templates.put(record),
    remove: async (storeId) => {
      await templates.remove(storeId);
    },
  };
}
