// Invitations and buyer logins (R12–R16): what the store keeps about a contact's access, on top of the contact
// records the sync brings from Unleashed. A contact's status (R15) is derived from these (contact-status.ts).
import type { components } from '../../../openapi/generated/gateway.d.ts';

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

/** One invitation sent to one contact; the token itself is never stored, only its SHA-256 hash. */
export interface Invitation {
  id: string;
  storeId: string;
  contactGuid: string;
  customerGuid: string;
  /** The email the invitation went to; the login it creates is for this email. */
  email: string;
  tokenHash: string;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  /** When it left `pending` (accepted, declined, cancelled, expired, superseded). */
  closedAt: string | null;
  /** The admin who sent it (kept for the audit trail, B5). */
  invitedBy: string | null;
}

/** A contact's login (id `${storeId}:${contactGuid}`, the buyer session's subject). */
export interface BuyerLogin {
  id: string;
  storeId: string;
  contactGuid: string;
  customerGuid: string;
  /** Lower-cased; the login works only while the contact still has this email in Unleashed. */
  email: string;
  passwordHash: string;
  createdAt: string;
  /** Set while deactivated by an admin (R16). */
  deactivatedAt: string | null;
}

/** The id of a contact's login, which is also the subject of its buyer sessions. */
export const loginId = (storeId: string, contactGuid: string) => `${storeId}:${contactGuid}`;

/** How long an invitation link works (R13). */
export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;
