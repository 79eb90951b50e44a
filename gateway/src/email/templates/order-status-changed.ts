// To the buyer when the store status of an order changes (R18a), with the label as the store names it
// (e.g. "Confirmed", or the admin's own wording), and the order as it now stands: lines, charges, totals.
import { oneLine } from '../email.format.ts';
import { buttonBlock, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';
import { type OrderEmailSummary, orderMjml, orderText } from './order-parts.ts';

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
export const orderStatusChangedEmail: EmailTemplate<OrderStatusChangedVariables> = {
  build(v, context) {
    const { order } = v;
    const intro = `Hello ${v.firstName?.trim() || 'there'},\n\nThe status of your order ${order.orderNumber} with ${context.storeName} is now: ${v.statusLabel}.`;
    const extra = [
      ['Status', v.statusLabel],
      ['Previous status', v.previousStatusLabel],
    ] as const;
    return {
      subject: oneLine(`Order ${order.orderNumber}: ${v.statusLabel}`),
      preview: `Order ${order.orderNumber} is now ${v.statusLabel}`,
      mjml: [
        textBlocks(intro),
        orderMjml(order, context.timeZone, extra),
        buttonBlock('View your order', order.orderUrl),
      ].join('\n'),
      text: [intro, orderText(order, context.timeZone, extra), `View your order: ${order.orderUrl}`].join(
        '\n\n',
      ),
    };
  },
};
