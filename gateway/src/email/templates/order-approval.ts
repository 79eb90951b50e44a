// The buyer-approval emails (B8): to each approver contact when an order awaits approval (its body must hold
// {Approval Link}, the button to approve or reject), and to the contact who placed it when an approver approves
// it (it goes on to the supplier) or rejects it (with the reason). The admin edits the subject and the lines
// above the order; the order's facts, lines and totals always follow them.
import { defineEmail } from './define-email.ts';
import { ORDER_PLACEHOLDERS, type OrderEmailSummary, orderEmailBody, orderValues } from './order-parts.ts';
import { SAMPLE, sampleOrder } from './samples.ts';

export interface OrderApprovalNeededVariables {
  /** The approver's first name; null when unknown. */
  firstName: string | null;
  /** The order; its orderUrl opens it in the storefront, where the approver approves or rejects it. */
  order: OrderEmailSummary;
  placedByEmail: string;
}

export interface OrderApprovedVariables {
  firstName: string | null;
  order: OrderEmailSummary;
  /** Who approved it (an approver's or the acting admin's email). */
  decidedBy: string;
}

export interface OrderRejectedVariables extends OrderApprovedVariables {
  reason: string;
}

/** To each approver: an order of their customer awaits their approval. */
export const orderApprovalNeededEmail = defineEmail<OrderApprovalNeededVariables>({
  title: 'Order awaits approval',
  sentWhen: "To each of the customer's approvers when an order needs their approval.",
  placeholders: [...ORDER_PLACEHOLDERS, '{Placed By}', '{Approval Link}'],
  required: [{ placeholder: '{Approval Link}', why: 'so the approver can approve or reject the order' }],
  links: { '{Approval Link}': 'Approve or reject the order' },
  defaults: {
    subject: 'Order {Order Number} awaits your approval',
    body: 'Hello {First Name},\n\n{Placed By} placed order {Order Number} with {Brand Name}. It is sent to {Brand Name} only once an approver approves it.\n\n{Approval Link}',
  },
  sample: (now) => ({
    firstName: SAMPLE.firstName,
    order: sampleOrder(now),
    placedByEmail: SAMPLE.contactEmail,
  }),
  values({ firstName, order, placedByEmail }, context) {
    const { '{Order Link}': link, ...values } = orderValues(order, context, firstName);
    return { ...values, '{Placed By}': placedByEmail, '{Approval Link}': link };
  },
  compose: (edited, { order, placedByEmail }, context) =>
    orderEmailBody(edited, order, context.timeZone, { extra: [['Placed by', placedByEmail]] }),
});

/** To the placing contact: the order is approved and on its way to the supplier. */
export const orderApprovedEmail = defineEmail<OrderApprovedVariables>({
  title: 'Order approved',
  sentWhen: 'To the contact who placed an order when an approver approves it.',
  placeholders: [...ORDER_PLACEHOLDERS, '{Approved By}', '{Order Link}'],
  links: { '{Order Link}': 'View your order' },
  defaults: {
    subject: 'Order {Order Number} approved',
    body: 'Hello {First Name},\n\nYour order {Order Number} was approved by {Approved By} and has been sent to {Brand Name}.',
  },
  sample: (now) => ({ firstName: SAMPLE.firstName, order: sampleOrder(now), decidedBy: SAMPLE.contactEmail }),
  values: ({ firstName, order, decidedBy }, context) => ({
    ...orderValues(order, context, firstName),
    '{Approved By}': decidedBy,
  }),
  compose: (edited, { order, decidedBy }, context) =>
    orderEmailBody(edited, order, context.timeZone, {
      extra: [['Approved by', decidedBy]],
      button: 'View your order',
    }),
});

/** To the placing contact: the order is rejected, with why; it is never sent to the supplier. */
export const orderRejectedEmail = defineEmail<OrderRejectedVariables>({
  title: 'Order rejected',
  sentWhen: 'To the contact who placed an order when an approver rejects it, with the reason.',
  placeholders: [...ORDER_PLACEHOLDERS, '{Rejected By}', '{Reason}', '{Order Link}'],
  links: { '{Order Link}': 'View your order' },
  defaults: {
    subject: 'Order {Order Number} rejected',
    body: 'Hello {First Name},\n\nYour order {Order Number} was rejected by {Rejected By} and will not be sent to {Brand Name}.\n\nReason: {Reason}',
  },
  sample: (now) => ({
    firstName: SAMPLE.firstName,
    order: sampleOrder(now),
    decidedBy: SAMPLE.contactEmail,
    reason: 'Over this month’s budget',
  }),
  values: ({ firstName, order, decidedBy, reason }, context) => ({
    ...orderValues(order, context, firstName),
    '{Rejected By}': decidedBy,
    '{Reason}': reason,
  }),
  compose: (edited, { order, decidedBy, reason }, context) =>
    orderEmailBody(edited, order, context.timeZone, {
      extra: [
        ['Rejected by', decidedBy],
        ['Reason', reason],
      ],
      button: 'View your order',
    }),
});
