// The order request confirmation to the contact who placed the order (R18): the order is saved and on its
// way to the supplier; the status follows by email when it changes. The admin edits the subject and the
// greeting above the order; the order's facts, lines and totals and the button always follow it.
import type { EmailTemplate } from '../email.types.ts';
import type { EditableText } from '../template-text.ts';
import { editedText } from './edited-text.ts';
import { type OrderEmailSummary, orderEmailBody, orderValues } from './order-parts.ts';
import { SAMPLE, sampleOrder } from './samples.ts';

export interface OrderRequestBuyerVariables {
  /** The contact's first name; null when unknown. */
  firstName: string | null;
  order: OrderEmailSummary;
}

const editable: EditableText = {
  placeholders: ['{Brand Name}', '{First Name}', '{Customer Name}', '{Order Number}', '{Order Link}'],
  required: [],
  links: { '{Order Link}': 'View your order' },
  defaults: {
    subject: 'Order request {Order Number} received',
    body: 'Hello {First Name},\n\nThank you for your order request. {Brand Name} has received order {Order Number} and will confirm it shortly.',
  },
};

/** The buyer's order request confirmation. */
export const orderRequestBuyerEmail: EmailTemplate<OrderRequestBuyerVariables> = {
  title: 'Order request received',
  sentWhen: 'To the contact who placed an order, as soon as it is placed.',
  editable,
  sample: (now) => ({ firstName: SAMPLE.firstName, order: sampleOrder(now) }),
  build({ firstName, order }, context) {
    const edited = editedText(editable, context, orderValues(order, context, firstName));
    return orderEmailBody(edited, order, context.timeZone, {
      button: 'View your order',
      preview: `${context.storeName} received your order request ${order.orderNumber}`,
    });
  },
};
