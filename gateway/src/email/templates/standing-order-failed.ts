// To the contact who created a standing order (R21): a run could not be placed (a product no longer orderable,
// the customer left the store, the login stopped working) - nothing was ordered this time, and why. The admin
// edits the subject and the text; the facts and the button follow it.
import { defineEmail } from './define-email.ts';
import { factsEmailBody } from './edited-text.ts';
import { daysFrom } from './samples.ts';
import {
  runDay,
  STANDING_ORDER_PLACEHOLDERS,
  type StandingOrderRunVariables,
  sampleStandingOrderRun,
  standingOrderValues,
} from './standing-order-parts.ts';

export interface StandingOrderFailedVariables extends StandingOrderRunVariables {
  /** Why it was not placed, as a sentence. */
  reason: string;
}

/** The failed standing-order run notice. */
export const standingOrderFailedEmail = defineEmail<StandingOrderFailedVariables>({
  title: 'Standing order not placed',
  sentWhen: 'To the contact who set up a standing order when a run could not be placed.',
  placeholders: [...STANDING_ORDER_PLACEHOLDERS, '{Reason}', '{Manage Link}'],
  links: { '{Manage Link}': 'Review the standing order' },
  defaults: {
    subject: 'Standing order "{Standing Order}" was not placed on {Run Date}',
    body: 'Hello {First Name},\n\nYour standing order "{Standing Order}" with {Brand Name} was due on {Run Date}, but no order could be placed, so nothing was ordered this time. The next run is still scheduled.',
  },
  sample: (now) => ({
    ...sampleStandingOrderRun(daysFrom(now, 0)),
    reason: 'Sample product is no longer sold.',
  }),
  values: (v, context) => ({ ...standingOrderValues(v, context), '{Reason}': v.reason }),
  compose(edited, v, context) {
    const facts = [
      ['Standing order', v.standingOrderName],
      ['Customer', v.customerName],
      ['Was due on', runDay(v, context)],
      ['Why', v.reason],
    ] as const;
    return factsEmailBody(edited, `"${v.standingOrderName}" could not be placed: ${v.reason}`, facts, {
      button: 'Review the standing order',
      textLead: 'Review it here',
      url: v.manageUrl,
    });
  },
});
