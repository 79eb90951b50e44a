// To the buyer when the store status of an order changes (R18a), with the label as the store names it
// (e.g. "Confirmed", or the admin's own wording), and the order as it now stands: lines, charges, totals.
// The admin edits the subject and the lines above the order; the status, the order and the button follow.
import { defineEmail } from './define-email.ts';
import { ORDER_PLACEHOLDERS, type OrderEmailSummary, orderEmailBody, orderValues } from './order-parts.ts';
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

/** The order status change notice. */
export const orderStatusChangedEmail = defineEmail<OrderStatusChangedVariables>({
  title: 'Order status changed',
  sentWhen: "To the contact who placed an order when the order's status changes.",
  placeholders: [...ORDER_PLACEHOLDERS, '{Status}', '{Previous Status}', '{Order Link}'],
  links: { '{Order Link}': 'View your order' },
  defaults: {
    subject: 'Order {Order Number}: {Status}',
    body: 'Hello {First Name},\n\nThe status of your order {Order Number} with {Brand Name} is now: {Status}.',
  },
  sample: (now) => ({
    firstName: SAMPLE.firstName,
    order: sampleOrder(now),
    statusLabel: 'Confirmed',
    previousStatusLabel: 'Processing',
  }),
  values: (v, context) => ({
    ...orderValues(v.order, context, v.firstName),
    '{Status}': v.statusLabel,
    '{Previous Status}': v.previousStatusLabel ?? '',
  }),
  compose: (edited, v, context) =>
    orderEmailBody(edited, v.order, context.timeZone, {
      extra: [
        ['Status', v.statusLabel],
        ['Previous status', v.previousStatusLabel],
      ],
      button: 'View your order',
      preview: `Order ${v.order.orderNumber} is now ${v.statusLabel}`,
    }),
});
