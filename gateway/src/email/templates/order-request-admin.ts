// The new order request notice to the store admin (R18), naming the contact who placed it (R20) and, when an
// admin placed it while acting as the customer (R23), that admin.
import { oneLine } from '../email.format.ts';
import { buttonBlock, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';
import { type OrderEmailSummary, orderMjml, orderText } from './order-parts.ts';

export interface OrderRequestAdminVariables {
  order: OrderEmailSummary;
  /** The email of the contact who placed it, or it was placed for (R20, R23). */
  placedByEmail: string;
  /** The admin's name when the order was placed while acting as the customer; else null. */
  placedOnBehalfBy: string | null;
}

/** The admin's copy of an order request. */
export const orderRequestAdminEmail: EmailTemplate<OrderRequestAdminVariables> = {
  build({ order, placedByEmail, placedOnBehalfBy }, context) {
    const extra = [
      ['Placed by', placedByEmail],
      ['Placed on their behalf by', placedOnBehalfBy],
    ] as const;
    const intro = `${order.customerName} placed order request ${order.orderNumber} in ${context.storeName}. It is saved as Processing and goes to Unleashed as a sales order.`;
    return {
      subject: oneLine(`New order request ${order.orderNumber} from ${order.customerName}`),
      preview: `Order request ${order.orderNumber} placed by ${placedByEmail}`,
      mjml: [
        textBlocks(intro),
        orderMjml(order, context.timeZone, extra),
        buttonBlock('Open the order', order.orderUrl),
      ].join('\n'),
      text: [intro, orderText(order, context.timeZone, extra), `Open the order: ${order.orderUrl}`].join(
        '\n\n',
      ),
    };
  },
};
