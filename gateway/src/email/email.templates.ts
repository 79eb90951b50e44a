// The catalogue of email templates: each name with its typed variables. Ordering, invitations and standing
// orders send through EmailService.send(storeId, name, to, variables) and need no other email plumbing.
import type { EmailTemplate } from './email.types.ts';
import { type InvitationVariables, invitationEmail } from './templates/invitation.ts';
import { type InvitationExpiredVariables, invitationExpiredEmail } from './templates/invitation-expired.ts';
import {
  type OrderApprovalNeededVariables,
  type OrderApprovedVariables,
  type OrderRejectedVariables,
  orderApprovalNeededEmail,
  orderApprovedEmail,
  orderRejectedEmail,
} from './templates/order-approval.ts';
import { type OrderRequestAdminVariables, orderRequestAdminEmail } from './templates/order-request-admin.ts';
import { type OrderRequestBuyerVariables, orderRequestBuyerEmail } from './templates/order-request-buyer.ts';
import {
  type OrderStatusChangedVariables,
  orderStatusChangedEmail,
} from './templates/order-status-changed.ts';
import { type PasswordResetVariables, passwordResetEmail } from './templates/password-reset.ts';
import {
  type StandingOrderFailedVariables,
  standingOrderFailedEmail,
} from './templates/standing-order-failed.ts';
import {
  type StandingOrderReminderVariables,
  standingOrderReminderEmail,
} from './templates/standing-order-reminder.ts';

export type { InvitationVariables } from './templates/invitation.ts';
export type { InvitationExpiredVariables } from './templates/invitation-expired.ts';
export type {
  OrderApprovalNeededVariables,
  OrderApprovedVariables,
  OrderRejectedVariables,
} from './templates/order-approval.ts';
export type { OrderEmailLine, OrderEmailSummary } from './templates/order-parts.ts';
export type { OrderRequestAdminVariables } from './templates/order-request-admin.ts';
export type { OrderRequestBuyerVariables } from './templates/order-request-buyer.ts';
export type { OrderStatusChangedVariables } from './templates/order-status-changed.ts';
export type { PasswordResetVariables } from './templates/password-reset.ts';
export type { StandingOrderFailedVariables } from './templates/standing-order-failed.ts';
export type { StandingOrderReminderVariables } from './templates/standing-order-reminder.ts';

/** Each template's variables, by template name. */
export interface TemplateVariables {
  invitation: InvitationVariables;
  'invitation-expired': InvitationExpiredVariables;
  'order-request-buyer': OrderRequestBuyerVariables;
  'order-request-admin': OrderRequestAdminVariables;
  'order-status-changed': OrderStatusChangedVariables;
  'standing-order-reminder': StandingOrderReminderVariables;
  'standing-order-failed': StandingOrderFailedVariables;
  'password-reset': PasswordResetVariables;
  'order-approval-needed': OrderApprovalNeededVariables;
  'order-approved': OrderApprovedVariables;
  'order-rejected': OrderRejectedVariables;
}

export type TemplateName = keyof TemplateVariables;

/** Every template by name. */
export const emailTemplates: { [N in TemplateName]: EmailTemplate<TemplateVariables[N]> } = {
  invitation: invitationEmail,
  'invitation-expired': invitationExpiredEmail,
  'order-request-buyer': orderRequestBuyerEmail,
  'order-request-admin': orderRequestAdminEmail,
  'order-status-changed': orderStatusChangedEmail,
  'standing-order-reminder': standingOrderReminderEmail,
  'standing-order-failed': standingOrderFailedEmail,
  'password-reset': passwordResetEmail,
  'order-approval-needed': orderApprovalNeededEmail,
  'order-approved': orderApprovedEmail,
  'order-rejected': orderRejectedEmail,
};

/** The template names, for validating input (e.g. an outbox filter). */
export const TEMPLATE_NAMES = Object.keys(emailTemplates) as TemplateName[];
