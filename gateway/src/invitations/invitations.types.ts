// Invitations and buyer logins (R12–R16): what the store keeps about a contact's access, on top of the contact
// records the sync brings from Unleashed. A contact's status (R15) is derived from these (contact-status.ts).
import type { Selectable } from 'kysely';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { BuyerLoginsTable, InvitationsTable } from '../db/schema.ts';

export type InvitationStatus = components['schemas']['InvitationStatus'];
export type ContactStatus = components['schemas']['ContactStatus'];
export type StoreContact = components['schemas']['StoreContact'];
export type StatusReason = StoreContact['statusReason'];
export type InvitationSent = components['schemas']['InvitationSent'];
export type BulkInviteResult = components['schemas']['BulkInviteResults']['items'][number];
export type InvitationView = components['schemas']['InvitationView'];
export type Buyer = components['schemas']['Buyer'];
export type BuyerSession = components['schemas']['BuyerSession'];
export type StoreChoice = components['schemas']['StoreChoice'];
/** Where a sign-in looks for the login: one store (by id or slug), or every store the email has one in. */
export type StoreHint = { storeId?: string; storeSlug?: string };

/** One invitation sent to one contact, as its row holds it (the fields are written once, in the schema). */
export interface Invitation extends Omit<Selectable<InvitationsTable>, 'seq' | 'status'> {
  status: InvitationStatus;
}

/** A contact's login (id `${storeId}:${contactGuid}`, the buyer session's subject), as its row holds it. */
export type BuyerLogin = Selectable<BuyerLoginsTable>;

/** The id of a contact's login, which is also the subject of its buyer sessions. */
export const loginId = (storeId: string, contactGuid: string) => `${storeId}:${contactGuid}`;

/** How long an invitation link works (R13). */
export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;
