// How a contact's status, its reason and the actions it allows read on the customers page (R15, R16).
import type { ContactStatus, StoreContact } from '../../api/types.ts';

export const STATUS_LABELS: Record<ContactStatus, string> = {
  active: 'Active',
  pending: 'Pending',
  inactive: 'Inactive',
};

export const REASONS: Record<StoreContact['statusReason'], string> = {
  accepted: 'Accepted the invitation and can sign in',
  invited: 'Invited, not accepted yet',
  'never-invited': 'Never invited',
  declined: 'Declined the invitation',
  cancelled: 'Invitation cancelled',
  expired: 'Invitation expired',
  deactivated: 'Deactivated',
  'not-ordering': 'No longer an ordering contact in Unleashed',
  removed: 'Removed in Unleashed',
  'customer-not-in-store': 'The customer is not in the store',
};

export type ContactAction = 'invite' | 'resend' | 'cancel' | 'deactivate' | 'reactivate';

export const ACTION_LABELS: Record<ContactAction, string> = {
  invite: 'Send invitation',
  resend: 'Resend invitation',
  cancel: 'Cancel invitation',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
};

/** What the admin can do with the contact now; none when Unleashed or the store membership decides. */
export function actionsFor(contact: StoreContact): ContactAction[] {
  if (contact.status === 'active') return ['deactivate'];
  if (contact.status === 'pending') return ['resend', 'cancel'];
  switch (contact.statusReason) {
    case 'deactivated':
      return ['reactivate'];
    case 'expired':
      return ['resend'];
    case 'never-invited':
    case 'declined':
    case 'cancelled':
      return ['invite'];
    default:
      return [];
  }
}

/** "Dana Demo", or the email when Unleashed has no name. */
export function contactName(contact: Pick<StoreContact, 'firstName' | 'lastName' | 'email'>): string {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return name || contact.email || 'Unnamed contact';
}

/** What an action did, as the panel announces it. */
export function actionDone(action: ContactAction, name: string): string {
  switch (action) {
    case 'invite':
      return `Invitation sent to ${name}.`;
    case 'resend':
      return `A new invitation was sent to ${name}; the old link no longer works.`;
    case 'cancel':
      return `${name}'s invitation was cancelled; the link no longer works.`;
    case 'deactivate':
      return `${name} was deactivated and can no longer sign in.`;
    case 'reactivate':
      return `${name} was reactivated and can sign in again.`;
  }
}
