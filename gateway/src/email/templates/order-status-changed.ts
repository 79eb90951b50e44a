// To the buyer when the store status of an order changes (R18a), with the label as the store names it
// (e.g. "Confirmed", or the admin's own wording), and the order as it now stands: lines, charges, totals.
// The admin edits the subject and the lines above the order; the status, the order and the button follow.
import type { EmailTemplate } from '../email.types.ts';
import type { EditableText } from '../template-text.ts';
import { editedText } from './edited-text.ts';
import { type OrderEmailSummary, orderEmailBody, orderValues } from './order-parts.ts';
import { SAMPLE, sampleOrder } from './samples.ts';

export interface OrderStatusChangedVariables {
  firstName: string | null;
  /** The order as it stands after the change; its orderNumber is the one reference. */
  order: OrderEmailSummary;
  /** The new status, labelled as the store names it. */
  statusLabel: string;
  /** The previous label, or null when not worth showing. */
  previousStatusLabel: string | null;
}

const editable: EditableText = {
  placeholders: [
    '{Brand Name}',
    '{First Name}',
    '{Customer Name}',
    '{Order Number}',
    '{Status}',
    '{Previous Status}',
    '{Order Link}',
  ],
  required: [],
  links: { '{Order Link}': 'View your order' },
  defaults: {
    subject: 'Order {Order Number}: {Status}',
    body: 'Hello {First Name},\n\nThe status of your order {Order Number} with {Brand Name} is now: {Status}.',
  },
};

/** The order status change notice. */
export const orderStatusChangedEmail: EmailTemplate<OrderStatusChangedVariables> = {
  title: 'Order status changed',
  sentWhen: "To the contact who placed an order when the order's status changes.",
  editable,
  sample: (now) => ({
    firstName: SAMPLE.firstName,
    order: sampleOrder(now),
    statusLabel: 'Confirmed',
    previousStatusLabel: 'Processing',
  }),
  build(v, context) {
    const { order } = v;
    const edited = editedText(editable, context, {
      ...orderValues(order, context, v.firstName),
      '{Status}': v.statusLabel,
      '{Previous Status}': v.previousStatusLabel ?? '',
    });
    const extra = [
      ['Status', v.statusLabel],
      ['Previous status', v.previousStatusLabel],
    ] as const;
    return orderEmailBody(edited, order, context.timeZone, {
      extra,
      button: 'View your order',
      preview: `Order ${order.orderNumber} is now ${v.statusLabel}`,
    });
  },
};
