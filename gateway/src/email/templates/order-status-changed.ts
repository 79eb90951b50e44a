// To the buyer when the store status of an order changes (R18a), with the label as the store names it
// (e.g. "Confirmed", or the admin's own wording).
import { oneLine } from '../email.format.ts';
import { buttonBlock, factsBlock, factsText, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';

export interface OrderStatusChangedVariables {
  firstName: string | null;
  orderNumber: string;
  customerName: string;
  /** The new status, labelled as the store names it. */
  statusLabel: string;
  /** The previous label, or null when not worth showing. */
  previousStatusLabel: string | null;
  orderUrl: string;
}

/** The order status change notice. */
export const orderStatusChangedEmail: EmailTemplate<OrderStatusChangedVariables> = {
  build(v, context) {
    const intro = `Hello ${v.firstName?.trim() || 'there'},\n\nThe status of your order ${v.orderNumber} with ${context.storeName} is now: ${v.statusLabel}.`;
    const facts = [
      ['Order', v.orderNumber],
      ['Customer', v.customerName],
      ['Status', v.statusLabel],
      ['Previous status', v.previousStatusLabel],
    ] as const;
    return {
      subject: oneLine(`Order ${v.orderNumber}: ${v.statusLabel}`),
      preview: `Order ${v.orderNumber} is now ${v.statusLabel}`,
      mjml: [textBlocks(intro), factsBlock(facts), buttonBlock('View your order', v.orderUrl)].join('\n'),
      text: [intro, factsText(facts), `View your order: ${v.orderUrl}`].join('\n\n'),
    };
  },
};
