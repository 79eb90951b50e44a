// The buyer-approval emails (B8): to each approver contact when an order awaits approval, and to the contact
// who placed it when an approver approves it (it goes on to the supplier) or rejects it (with the reason).
import { oneLine } from '../email.format.ts';
import { buttonBlock, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';
import { type OrderEmailSummary, orderMjml, orderText } from './order-parts.ts';

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

const hello = (firstName: string | null) => `Hello ${firstName?.trim() || 'there'},`;

function orderEmail(
  subject: string,
  intro: string,
  order: OrderEmailSummary,
  timeZone: string,
  button: string,
  extra: readonly (readonly [string, string | null])[] = [],
) {
  return {
    subject: oneLine(subject),
    preview: oneLine(subject),
    mjml: [textBlocks(intro), orderMjml(order, timeZone, extra), buttonBlock(button, order.orderUrl)].join(
      '\n',
    ),
    text: [intro, orderText(order, timeZone, extra), `${button}: ${order.orderUrl}`].join('\n\n'),
  };
}

/** To each approver: an order of their customer awaits their approval. */
export const orderApprovalNeededEmail: EmailTemplate<OrderApprovalNeededVariables> = {
  build({ firstName, order, placedByEmail }, context) {
    const intro = `${hello(firstName)}\n\n${placedByEmail} placed order ${order.orderNumber} with ${context.storeName}. It is sent to ${context.storeName} only once an approver approves it.`;
    return orderEmail(
      `Order ${order.orderNumber} awaits your approval`,
      intro,
      order,
      context.timeZone,
      'Approve or reject the order',
      [['Placed by', placedByEmail]],
    );
  },
};

/** To the placing contact: the order is approved and on its way to the supplier. */
export const orderApprovedEmail: EmailTemplate<OrderApprovedVariables> = {
  build({ firstName, order, decidedBy }, context) {
    const intro = `${hello(firstName)}\n\nYour order ${order.orderNumber} was approved by ${decidedBy} and has been sent to ${context.storeName}.`;
    return orderEmail(
      `Order ${order.orderNumber} approved`,
      intro,
      order,
      context.timeZone,
      'View your order',
      [['Approved by', decidedBy]],
    );
  },
};

/** To the placing contact: the order is rejected, with why; it is never sent to the supplier. */
export const orderRejectedEmail: EmailTemplate<OrderRejectedVariables> = {
  build({ firstName, order, decidedBy, reason }, context) {
    const intro = `${hello(firstName)}\n\nYour order ${order.orderNumber} was rejected by ${decidedBy} and will not be sent to ${context.storeName}.\n\nReason: ${reason}`;
    return orderEmail(
      `Order ${order.orderNumber} rejected`,
      intro,
      order,
      context.timeZone,
      'View your order',
      [
        ['Rejected by', decidedBy],
        ['Reason', reason],
      ],
    );
  },
};
