// What buyer sign-in (buyer-auth/) may ask of the invitations domain: the buyer logins an accepted invitation
// made, found by id or email and saved with a new password. Nothing outside invitations/ takes the repository.
import type { InvitationsRepo } from './invitations.repo.ts';

/** A contact's buyer login (R12–R14), as sign-in, store choice and password resets read and save it. */
export type BuyerLogins = Pick<
  InvitationsRepo,
  'getLogin' | 'findActiveLogin' | 'findActiveLoginsByEmail' | 'saveLogin'
>;
