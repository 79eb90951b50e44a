// The reminder 2 days before a standing order runs (R21): what will be ordered, when, and where to change,
// pause or skip it before then.
import { formatDate, oneLine } from '../email.format.ts';
import { buttonBlock, factsBlock, factsText, tableBlock, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';

export interface StandingOrderReminderVariables {
  firstName: string | null;
  standingOrderName: string;
  customerName: string;
  /** The day of the run (ISO). */
  runDate: string;
  deliveryAddress: string[];
  lines: { productCode: string; description: string; quantity: number }[];
  /** Where the buyer edits, pauses or cancels it. */
  manageUrl: string;
}

/** The standing-order reminder. */
export const standingOrderReminderEmail: EmailTemplate<StandingOrderReminderVariables> = {
  build(v, context) {
    const runDate = formatDate(v.runDate, context.timeZone, true);
    const intro = `Hello ${v.firstName?.trim() || 'there'},\n\nYour standing order "${v.standingOrderName}" with ${context.storeName} runs on ${runDate} and will then be placed as a normal order. To change, pause or cancel it, do so before then.`;
    const facts = [
      ['Standing order', v.standingOrderName],
      ['Customer', v.customerName],
      ['Runs on', runDate],
      ['Deliver to', v.deliveryAddress.join('\n')],
    ] as const;
    const rows = [
      ['Code', 'Product', 'Qty'],
      ...v.lines.map((l) => [l.productCode, l.description, String(l.quantity)]),
    ];
    const lineText = v.lines.map((l) => `${l.quantity} x ${l.productCode} ${l.description}`).join('\n');
    const textFacts = facts.map(([label, value]) => [label, value.replace(/\n/g, ', ')] as const);
    return {
      subject: oneLine(`Reminder: standing order "${v.standingOrderName}" runs on ${runDate}`),
      preview: `"${v.standingOrderName}" will be ordered on ${runDate}`,
      mjml: [
        textBlocks(intro),
        factsBlock(facts),
        tableBlock(rows, [2]),
        buttonBlock('Manage the standing order', v.manageUrl),
      ].join('\n'),
      text: [intro, factsText(textFacts), lineText, `Manage it here: ${v.manageUrl}`].join('\n\n'),
    };
  },
};
