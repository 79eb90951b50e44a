// The order request confirmation to the contact who placed the order (R18): the order is saved and on its
// way to the supplier; the status follows by email when it changes.
import { oneLine } from '../email.format.ts';
import { buttonBlock, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';
import { type OrderEmailSummary, orderMjml, orderText } from './order-parts.ts';

export interface OrderRequestBuyerVariables {
  /** The contact's first name; null when unknown. */
  firstName: string | null;
  order: OrderEmailSummary;
}

/** The buyer's order request confirmation. */
export const orderRequestBuyerEmail: EmailTemplate<OrderRequestBuyerVariables> = {
  build({ firstName, order }, context) {
    const intro = `Hello ${firstName?.trim() || 'there'},\n\nThank you for your order request. ${context.storeName} has received order ${order.orderNumber} and will confirm it shortly.`;
    return {
      subject: oneLine(`Order request ${order.orderNumber} received`),
      preview: `${context.storeName} received your order request ${order.orderNumber}`,
      mjml: [
        textBlocks(intro),
        orderMjml(order, context.timeZone),
        buttonBlock('View your order', order.orderUrl),
      ].join('\n'),
      text: [intro, orderText(order, context.timeZone), `View your order: ${order.orderUrl}`].join('\n\n'),
    };
  },
};
