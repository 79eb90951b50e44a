// The new order request notice to the store admin (R18), naming the contact who placed it (R20) and, when an
// admin placed it while acting as the customer (R23), that admin. The admin edits the subject and the lines
// above the order; the order's facts, lines and totals and the button always follow them.
import { defineEmail } from './define-email.ts';
import { type OrderEmailSummary, orderEmailBody, orderValues } from './order-parts.ts';
import { SAMPLE, sampleOrder } from './samples.ts';

export interface OrderRequestAdminVariables {
  order: OrderEmailSummary;
  /** The email of the contact who placed it, or it was placed for (R20, R23). */
  placedByEmail: string;
  /** The admin's name when the order was placed while acting as the customer; else null. */
  placedOnBehalfBy: string | null;
}

/** The admin's copy of an order request. */
export const orderRequestAdminEmail = defineEmail<OrderRequestAdminVariables>({
  title: 'New order request (to the store)',
  sentWhen: "To the store's order address when a customer places an order.",
  placeholders: ['{Brand Name}', '{Customer Name}', '{Order Number}', '{Placed By}', '{Order Link}'],
  links: { '{Order Link}': 'Open the order' },
  defaults: {
    subject: 'New order request {Order Number} from {Customer Name}',
    body: '{Customer Name} placed order request {Order Number} in {Brand Name}. It is saved as Processing and goes to Unleashed as a sales order.',
  },
  sample: (now) => ({ order: sampleOrder(now), placedByEmail: SAMPLE.contactEmail, placedOnBehalfBy: null }),
  values: ({ order, placedByEmail }, context) => ({
    ...orderValues(order, context),
    '{Placed By}': placedByEmail,
  }),
  compose: (edited, { order, placedByEmail, placedOnBehalfBy }, context) =>
    orderEmailBody(edited, order, context.timeZone, {
      extra: [
        ['Placed by', placedByEmail],
        ['Placed on their behalf by', placedOnBehalfBy],
      ],
      button: 'Open the order',
      preview: `Order request ${order.orderNumber} placed by ${placedByEmail}`,
    }),
});
