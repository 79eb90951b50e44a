// The requested delivery day a buyer gives at checkout (issue 16 item 7), sent to Unleashed as RequiredDate.
import { AppError } from '../http/problems.ts';

/**
 * The day as stored, or null for none. A day before `today` (UTC `YYYY-MM-DD`: the earliest calendar day in use
 * anywhere, so no buyer's own today is refused) is refused naming the field `requiredDate`.
 */
export function checkRequiredDate(day: string | null | undefined, today: string): string | null {
  if (!day) return null;
  if (day < today) {
    throw new AppError('validation-failed', `The requested delivery date ${day} is in the past.`, {
      errors: [{ field: 'requiredDate', message: `must be today (${today}) or later` }],
    });
  }
  return day;
}
