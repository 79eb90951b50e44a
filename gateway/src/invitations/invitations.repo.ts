// Invitations and buyer logins over the embedded storage (concern `invitations`).
import type { CollectionBackend } from '../storage/collections.ts';
import type { BuyerLogin, Invitation, InvitationStatus } from './invitations.types.ts';

export interface InvitationsRepo {
  findByTokenHash(tokenHash: string): Promise<Invitation | undefined>;
  /** A store's invitations, oldest first. */
  listByStore(storeId: string): Promise<Invitation[]>;
  /** A contact's invitations, oldest first. */
  listForContact(storeId: string, contactGuid: string): Promise<Invitation[]>;
  save(invitation: Invitation): Promise<void>;
  /**
   * Moves an invitation from one of `from` to a new state in one step (no await between the check and the
   * write), so two concurrent requests cannot both use a link. Returns the updated record, or undefined.
   */
  transition(
    id: string,
    from: InvitationStatus[],
    changes: Pick<Invitation, 'status' | 'closedAt'>,
  ): Promise<Invitation | undefined>;

  getLogin(id: string): Promise<BuyerLogin | undefined>;
  listLogins(storeId: string): Promise<BuyerLogin[]>;
  saveLogin(login: BuyerLogin): Promise<void>;
}

export async function createInvitationsRepo(backend: CollectionBackend): Promise<InvitationsRepo> {
  const invitations = await backend.collection<Invitation>('invitations', 'invitations');
  const logins = await backend.collection<BuyerLogin>('invitations', 'logins');
  return {
    findByTokenHash: async (tokenHash) => invitations.all().find((i) => i.tokenHash === tokenHash),
    listByStore: async (storeId) => invitations.all().filter((i) => i.storeId === storeId),
    listForContact: async (storeId, contactGuid) =>
      invitations.all().filter((i) => i.storeId === storeId && i.contactGuid === contactGuid),
    save: (invitation) => invitations.put(invitation),
    async transition(id, from, changes) {
      const current = invitations.get(id);
      if (!current || !from.includes(current.status)) return undefined;
      const next = { ...current, ...changes };
      await invitations.put(next);
      return next;
    },
    getLogin: async (id) => logins.get(id),
    listLogins: async (storeId) => logins.all().filter((l) => l.storeId === storeId),
    saveLogin: (login) => logins.put(login),
  };
}
