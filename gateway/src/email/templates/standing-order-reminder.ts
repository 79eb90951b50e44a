// The reminder 2 days before a standing order runs (R21): what will be ordered, when, and where to change,
// pause or skip it before then. The admin edits the subject and the text; the facts, the lines and the button
// follow it.
import { buttonBlock, factsBlock, factsText, tableBlock } from '../email.layout.ts';
import { defineEmail } from './define-email.ts';
import { daysFrom } from './samples.ts';
import {
  runDay,
  STANDING_ORDER_PLACEHOLDERS,
  type StandingOrderRunVariables,
  sampleStandingOrderRun,
  standingOrderValues,
} from './standing-order-parts.ts';

export interface StandingOrderReminderVariables extends StandingOrderRunVariables {
  deliveryAddress: string[];
  lines: { productCode: string; description: string; quantity: number }[];
}

/** The standing-order reminder. */
export const standingOrderReminderEmail = defineEmail<StandingOrderReminderVariables>({
  title: 'Standing order reminder',
  sentWhen: 'To the contact who set up a standing order, 2 days before it runs.',
  placeholders: [...STANDING_ORDER_PLACEHOLDERS, '{Manage Link}'],
  links: { '{Manage Link}': 'Manage the standing order' },
  defaults: {
    subject: 'Reminder: standing order "{Standing Order}" runs on {Run Date}',
    body: 'Hello {First Name},\n\nYour standing order "{Standing Order}" with {Brand Name} runs on {Run Date} and will then be placed as a normal order. To change, pause or cancel it, do so before then.',
  },
  sample: (now) => ({
    ...sampleStandingOrderRun(daysFrom(now, 2)),
    deliveryAddress: ['1 Sample Street', 'Auckland 1010'],
    lines: [{ productCode: 'SAMPLE-1', description: 'Sample product', quantity: 2 }],
  }),
  values: standingOrderValues,
  compose(edited, v, context) {
    const runDate = runDay(v, context);
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
      subject: edited.subject,
      preview: `"${v.standingOrderName}" will be ordered on ${runDate}`,
      mjml: [
        edited.mjml,
        factsBlock(facts),
        tableBlock(rows, [2]),
        buttonBlock('Manage the standing order', v.manageUrl),
      ].join('\n'),
      text: [edited.text, factsText(textFacts), lineText, `Manage it here: ${v.manageUrl}`].join('\n\n'),
    };
  },
});
