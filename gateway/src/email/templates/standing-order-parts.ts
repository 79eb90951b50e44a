// What the standing-order emails (R21) share: the variables naming the standing order and its run, the
// placeholders they fill and their values, and the sample they are previewed with.
import { formatDate } from '../email.format.ts';
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

/** The day of the run as the emails say it, e.g. "Thursday 12 November 2026" in the store's zone. */
export const runDay = (v: StandingOrderRunVariables, context: EmailContext): string =>
  formatDate(v.runDate, context.timeZone, true);

/** The shared placeholders' values. */
export const standingOrderValues = (
  v: StandingOrderRunVariables,
  context: EmailContext,
): PlaceholderValues => ({
  '{Brand Name}': context.storeName,
  '{First Name}': firstNameOr(v.firstName),
  '{Customer Name}': v.customerName,
  '{Standing Order}': v.standingOrderName,
  '{Run Date}': runDay(v, context),
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
