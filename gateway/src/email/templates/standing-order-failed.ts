// To the contact who created a standing order (R21): a run could not be placed (a product no longer orderable,
// the customer left the store, the login stopped working) - nothing was ordered this time, and why.
import { formatDate, oneLine } from '../email.format.ts';
import { buttonBlock, factsBlock, factsText, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';

export interface StandingOrderFailedVariables {
  firstName: string | null;
  standingOrderName: string;
  customerName: string;
  /** When the run was due (ISO). */
  runDate: string;
  /** Why it was not placed, as a sentence. */
  reason: string;
  /** Where the buyer edits, pauses or cancels it. */
  manageUrl: string;
}

/** The failed standing-order run notice. */
export const standingOrderFailedEmail: EmailTemplate<StandingOrderFailedVariables> = {
  build(v, context) {
    const runDate = formatDate(v.runDate, context.timeZone, true);
    const intro = `Hello ${v.firstName?.trim() || 'there'},\n\nYour standing order "${v.standingOrderName}" with ${context.storeName} was due on ${runDate}, but no order could be placed, so nothing was ordered this time. The next run is still scheduled.`;
    const facts = [
      ['Standing order', v.standingOrderName],
      ['Customer', v.customerName],
      ['Was due on', runDate],
      ['Why', v.reason],
    ] as const;
    return {
      subject: oneLine(`Standing order "${v.standingOrderName}" was not placed on ${runDate}`),
      preview: `"${v.standingOrderName}" could not be placed: ${v.reason}`,
      mjml: [
        textBlocks(intro),
        factsBlock(facts),
        buttonBlock('Review the standing order', v.manageUrl),
      ].join('\n'),
      text: [intro, factsText(facts), `Review it here: ${v.manageUrl}`].join('\n\n'),
    };
  },
};
