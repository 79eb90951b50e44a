// Invitations and buyer logins (tables `invitations`, `buyer_logins`). An invitation's order is the order it
// was made in (its seq); a state change is one conditional UPDATE, since several gateway processes share them.
import { type Insertable, type Selectable, sql } from 'kysely';
import { createDataVersions, type DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { fieldsOrNull, sameFields } from '../db/row-fields.ts';
import type { BuyerLoginsTable, InvitationsTable } from '../db/schema.ts';
import { upsertRow } from '../db/upsert-row.ts';
import type { BuyerLogin, Invitation, InvitationStatus } from './invitations.types.ts';

export interface InvitationsRepo {
  findByTokenHash(tokenHash: string): Promise<Invitation | undefined>;
  /** A contact's invitations, oldest first. */
  listForContact(storeId: string, contactGuid: string): Promise<Invitation[]>;
  /** The latest invitation of each of these contacts that has one. */
  latestForContacts(storeId: string, contactGuids: readonly string[]): Promise<Invitation[]>;
  save(invitation: Invitation): Promise<void>;
  /**
   * Moves an invitation from one of `from` to a new state in one statement, so two requests (on any instance)
   * cannot both use a link. Returns the updated record, or undefined when it was not in one of `from`.
   */
  transition(
    id: string,
    from: InvitationStatus[],
    changes: Pick<Invitation, 'status' | 'closedAt'>,
  ): Promise<Invitation | undefined>;

  getLogin(id: string): Promise<BuyerLogin | undefined>;
  /** The logins of these contacts that have one. */
  loginsForContacts(storeId: string, contactGuids: readonly string[]): Promise<BuyerLogin[]>;
  /** The store's login for this email that is not deactivated (the oldest, should there be two). */
  findActiveLogin(storeId: string, email: string): Promise<BuyerLogin | undefined>;
  /** Every store's login for this email that is not deactivated (sign-in without a store). */
  findActiveLoginsByEmail(email: string): Promise<BuyerLogin[]>;
  saveLogin(login: BuyerLogin): Promise<void>;
  /** Of the store's contacts, how many have a latest invitation still pending at `now`, and how many expired. */
  openCounts(storeId: string, now: string): Promise<{ pending: number; expired: number }>;
}

function toInvitation({ seq: _seq, ...row }: Selectable<InvitationsTable>): Invitation {
  return { ...row, status: row.status as InvitationStatus };
}

/** A row from an invitation, also one of an earlier version without the fields added since. */
function toInvitationRow(invitation: Invitation): Insertable<InvitationsTable> {
  return {
    ...sameFields(invitation, [
      'id',
      'storeId',
      'contactGuid',
      'customerGuid',
      'email',
      'tokenHash',
      'status',
      'createdAt',
      'expiresAt',
    ]),
    ...fieldsOrNull(invitation, ['closedAt', 'invitedBy']),
  };
}

const toLogin = (row: Selectable<BuyerLoginsTable>): BuyerLogin => row;

const toLoginRow = (login: BuyerLogin): Insertable<BuyerLoginsTable> => ({
  id: login.id,
  storeId: login.storeId,
  contactGuid: login.contactGuid,
  customerGuid: login.customerGuid,
  email: login.email,
  passwordHash: login.passwordHash,
  createdAt: login.createdAt,
  deactivatedAt: login.deactivatedAt ?? null,
});

const anyOf = (column: string, values: readonly string[]) =>
  sql<boolean>`${sql.ref(column)} = ANY(${[...values]}::text[])`;

export function createInvitationsRepo(
  db: PortalDb,
  versions: DataVersions = createDataVersions(db),
): InvitationsRepo {
  const invitations = () => db.q.selectFrom('invitations').selectAll();
  return {
    findByTokenHash: async (tokenHash) => {
      const row = await invitations().where('tokenHash', '=', tokenHash).executeTakeFirst();
      return row && toInvitation(row);
    },
    listForContact: async (storeId, contactGuid) =>
      (
        await invitations()
          .where('storeId', '=', storeId)
          .where('contactGuid', '=', contactGuid)
          .orderBy('seq')
          .execute()
      ).map(toInvitation),
    latestForContacts: async (storeId, contactGuids) => {
      if (contactGuids.length === 0) return [];
      const rows = await invitations()
        .distinctOn('contactGuid')
        .where('storeId', '=', storeId)
        .where(anyOf('contactGuid', contactGuids))
        .orderBy('contactGuid')
        .orderBy('seq', 'desc')
        .execute();
      return rows.map(toInvitation);
    },
    openCounts: async (storeId, now) => {
      const { rows } = await sql<{ pending: string; expired: string }>`
        SELECT count(*) FILTER (WHERE status = 'pending' AND expires_at > ${now}) AS pending,
               count(*) FILTER (WHERE status = 'expired' OR (status = 'pending' AND expires_at <= ${now})) AS expired
        FROM (SELECT DISTINCT ON (contact_guid) status, expires_at FROM invitations
              WHERE store_id = ${storeId} ORDER BY contact_guid, seq DESC) AS latest`.execute(db.q);
      return { pending: Number(rows[0]?.pending ?? 0), expired: Number(rows[0]?.expired ?? 0) };
    },
    save: (invitation) => upsertRow(db, 'invitations', ['id'], toInvitationRow(invitation)),
    transition: async (id, from, changes) => {
      const row = await db.q
        .updateTable('invitations')
        .set({ status: changes.status, closedAt: changes.closedAt })
        .where('id', '=', id)
        .where(anyOf('status', from))
        .returningAll()
        .executeTakeFirst();
      return row && toInvitation(row);
    },

    getLogin: async (id) => {
      const row = await db.q.selectFrom('buyerLogins').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toLogin(row);
    },
    loginsForContacts: async (storeId, contactGuids) => {
      if (contactGuids.length === 0) return [];
      const rows = await db.q
        .selectFrom('buyerLogins')
        .selectAll()
        .where('storeId', '=', storeId)
        .where(anyOf('contactGuid', contactGuids))
        .execute();
      return rows.map(toLogin);
    },
    findActiveLogin: async (storeId, email) => {
      const row = await db.q
        .selectFrom('buyerLogins')
        .selectAll()
        .where(sql`lower(email)`, '=', email.toLowerCase())
        .where('storeId', '=', storeId)
        .where('deactivatedAt', 'is', null)
        .orderBy('createdAt')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      return row && toLogin(row);
    },
    // A login's change (deactivated, reactivated, new email) moves 'access' with it: sessions resolved from it
    // are cached (http/buyer-contexts.ts).
    findActiveLoginsByEmail: async (email) => {
      const rows = await db.q
        .selectFrom('buyerLogins')
        .selectAll()
        .where(sql`lower(email)`, '=', email.toLowerCase())
        .where('deactivatedAt', 'is', null)
        .orderBy('createdAt')
        .orderBy('id')
        .limit(50)
        .execute();
      return rows.map(toLogin);
    },
    saveLogin: (login) =>
      db.transaction(async () => {
        await upsertRow(db, 'buyerLogins', ['id'], toLoginRow(login));
        await versions.bump(login.storeId, 'access');
      }),
  };
}
