// The order request confirmation to the contact who placed the order (R18): the order is saved and on its
// way to the supplier; the status follows by email when it changes. The admin edits the subject and the
// greeting above the order; the order's facts, lines and totals and the button always follow it.
import { defineEmail } from './define-email.ts';
import { ORDER_PLACEHOLDERS, type OrderEmailSummary, orderEmailBody, orderValues } from './order-parts.ts';
import { SAMPLE, sampleOrder } from './samples.ts';

export interface OrderRequestBuyerVariables {
  /** The contact's first name; null when unknown. */
  firstName: string | null;
  order: OrderEmailSummary;
}

/** The buyer's order request confirmation. */
export const orderRequestBuyerEmail = defineEmail<OrderRequestBuyerVariables>({
  title: 'Order request received',
  sentWhen: 'To the contact who placed an order, as soon as it is placed.',
  placeholders: [...ORDER_PLACEHOLDERS, '{Order Link}'],
  links: { '{Order Link}': 'View your order' },
  defaults: {
    subject: 'Order request {Order Number} received',
    body: 'Hello {First Name},\n\nThank you for your order request. {Brand Name} has received order {Order Number} and will confirm it shortly.',
  },
  sample: (now) => ({ firstName: SAMPLE.firstName, order: sampleOrder(now) }),
  values: ({ firstName, order }, context) => orderValues(order, context, firstName),
  compose: (edited, { order }, context) =>
    orderEmailBody(edited, order, context.timeZone, {
      button: 'View your order',
      preview: `${context.storeName} received your order request ${order.orderNumber}`,
    }),
});
