// What the standing-order emails (R21) share: the variables naming the standing order and its run, the
// placeholders they fill and their values, and the sample they are previewed with.
import type { EmailContext } from '../email.types.ts';
import type { PlaceholderValues } from '../template-text.ts';
import { firstNameOr } from './edited-text.ts';
import { SAMPLE } from './samples.ts';

export interface StandingOrderRunVariables {
  firstName: string | null;
  standingOrderName: string;
  customerName: string;
  /** The day of the run (ISO). */
  runDate: string;
  /** Where the buyer edits, pauses or cancels it. */
  manageUrl: string;
}

/** The placeholders every standing-order email has; `{Manage Link}` comes last, after the email's own. */
export const STANDING_ORDER_PLACEHOLDERS = [
  '{Brand Name}',
  '{First Name}',
  '{Customer Name}',
  '{Standing Order}',
  '{Run Date}',
];

/** The shared placeholders' values, `runDate` already formatted. */
export const standingOrderValues = (
  v: StandingOrderRunVariables,
  context: EmailContext,
  runDate: string,
): PlaceholderValues => ({
  '{Brand Name}': context.storeName,
  '{First Name}': firstNameOr(v.firstName),
  '{Customer Name}': v.customerName,
  '{Standing Order}': v.standingOrderName,
  '{Run Date}': runDate,
  '{Manage Link}': v.manageUrl,
});

/** The sample standing order, its run on `runDate`. */
export const sampleStandingOrderRun = (runDate: string): StandingOrderRunVariables => ({
  firstName: SAMPLE.firstName,
  standingOrderName: 'Weekly restock',
  customerName: SAMPLE.customerName,
  runDate,
  manageUrl: `${SAMPLE.portalUrl}/#/standing-orders`,
});
