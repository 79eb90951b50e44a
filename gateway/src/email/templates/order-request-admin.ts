// The new order request notice to the store admin (R18), naming the contact who placed it (R20) and, when an
// admin placed it while acting as the customer (R23), that admin. The admin edits the subject and the lines
// above the order; the order's facts, lines and totals and the button always follow them.
import type { EmailTemplate } from '../email.types.ts';
import type { EditableText } from '../template-text.ts';
import { editedText } from './edited-text.ts';
import { type OrderEmailSummary, orderEmailBody, orderValues } from './order-parts.ts';
import { SAMPLE, sampleOrder } from './samples.ts';

export interface OrderRequestAdminVariables {
  order: OrderEmailSummary;
  /** The email of the contact who placed it, or it was placed for (R20, R23). */
  placedByEmail: string;
  /** The admin's name when the order was placed while acting as the customer; else null. */
  placedOnBehalfBy: string | null;
}

const editable: EditableText = {
  placeholders: ['{Brand Name}', '{Customer Name}', '{Order Number}', '{Placed By}', '{Order Link}'],
  required: [],
  links: { '{Order Link}': 'Open the order' },
  defaults: {
    subject: 'New order request {Order Number} from {Customer Name}',
    body: '{Customer Name} placed order request {Order Number} in {Brand Name}. It is saved as Processing and goes to Unleashed as a sales order.',
  },
};

/** The admin's copy of an order request. */
export const orderRequestAdminEmail: EmailTemplate<OrderRequestAdminVariables> = {
  title: 'New order request (to the store)',
  sentWhen: "To the store's order address when a customer places an order.",
  editable,
  sample: (now) => ({ order: sampleOrder(now), placedByEmail: SAMPLE.contactEmail, placedOnBehalfBy: null }),
  build({ order, placedByEmail, placedOnBehalfBy }, context) {
    const extra = [
      ['Placed by', placedByEmail],
      ['Placed on their behalf by', placedOnBehalfBy],
    ] as const;
    const edited = editedText(editable, context, {
      ...orderValues(order, context),
      '{Placed By}': placedByEmail,
    });
    return orderEmailBody(edited, order, context.timeZone, {
      extra,
      button: 'Open the order',
      preview: `Order request ${order.orderNumber} placed by ${placedByEmail}`,
    });
  },
};
