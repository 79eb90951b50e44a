// To the contact who created a standing order (R21): a run could not be placed (a product no longer orderable,
// the customer left the store, the login stopped working) - nothing was ordered this time, and why. The admin
// edits the subject and the text; the facts and the button follow it.
import { formatDate } from '../email.format.ts';
import type { EmailTemplate } from '../email.types.ts';
import type { EditableText } from '../template-text.ts';
import { editedText, factsEmailBody } from './edited-text.ts';
import { daysFrom } from './samples.ts';
import {
  STANDING_ORDER_PLACEHOLDERS,
  type StandingOrderRunVariables,
  sampleStandingOrderRun,
  standingOrderValues,
} from './standing-order-parts.ts';

export interface StandingOrderFailedVariables extends StandingOrderRunVariables {
  /** Why it was not placed, as a sentence. */
  reason: string;
}

const editable: EditableText = {
  placeholders: [...STANDING_ORDER_PLACEHOLDERS, '{Reason}', '{Manage Link}'],
  required: [],
  links: { '{Manage Link}': 'Review the standing order' },
  defaults: {
    subject: 'Standing order "{Standing Order}" was not placed on {Run Date}',
    body: 'Hello {First Name},\n\nYour standing order "{Standing Order}" with {Brand Name} was due on {Run Date}, but no order could be placed, so nothing was ordered this time. The next run is still scheduled.',
  },
};

/** The failed standing-order run notice. */
export const standingOrderFailedEmail: EmailTemplate<StandingOrderFailedVariables> = {
  title: 'Standing order not placed',
  sentWhen: 'To the contact who set up a standing order when a run could not be placed.',
  editable,
  sample: (now) => ({
    ...sampleStandingOrderRun(daysFrom(now, 0)),
    reason: 'Sample product is no longer sold.',
  }),
  build(v, context) {
    const runDate = formatDate(v.runDate, context.timeZone, true);
    const edited = editedText(editable, context, {
      ...standingOrderValues(v, context, runDate),
      '{Reason}': v.reason,
    });
    const facts = [
      ['Standing order', v.standingOrderName],
      ['Customer', v.customerName],
      ['Was due on', runDate],
      ['Why', v.reason],
    ] as const;
    return factsEmailBody(edited, `"${v.standingOrderName}" could not be placed: ${v.reason}`, facts, {
      button: 'Review the standing order',
      textLead: 'Review it here',
      url: v.manageUrl,
    });
  },
};
