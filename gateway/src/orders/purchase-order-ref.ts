// Purchase-order references (B7): what a buyer types is trimmed (blank is none); a customer that requires one
// gets a refusal naming the field; a standing order's reference may be a pattern in which `{date}` stands for
// the run's due date (`PO-{date}` → `PO-2026-12-09`), `{date}` being the only placeholder.
import { AppError } from '../http/problems.ts';

export const PURCHASE_ORDER_REF_MAX = 100;
const FIELD = 'purchaseOrderRef';
const DATE_PLACEHOLDER = '{date}';

const invalid = (message: string, detail: string) =>
  new AppError('validation-failed', detail, { errors: [{ field: FIELD, message }] });

/** The reference as stored: trimmed, null when blank. */
export function normalisePurchaseOrderRef(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Refuses an order without a reference when its customer requires one. */
export function checkPurchaseOrderRef(ref: string | null, required: boolean, customerName: string): void {
  if (!ref && required)
    throw invalid(
      'is required for this customer',
      `Enter your purchase-order number: ${customerName} needs one on every order.`,
    );
}

/** The reference a standing order's run carries: the pattern with each `{date}` replaced by the due date. */
export function expandPurchaseOrderRef(pattern: string | null, dueDate: string): string | null {
  return pattern === null ? null : pattern.split(DATE_PLACEHOLDER).join(dueDate);
}

/** Refuses a pattern with any brace outside `{date}`, or one too long once its dates are filled in. */
export function checkPurchaseOrderRefPattern(pattern: string | null): void {
  if (pattern === null) return;
  if (/[{}]/.test(pattern.split(DATE_PLACEHOLDER).join('')))
    throw invalid(
      'only {date} may stand in braces',
      `"${pattern}" is not a valid reference: {date} (the run's date) is the only placeholder.`,
    );
  if ((expandPurchaseOrderRef(pattern, '2000-01-01') ?? '').length > PURCHASE_ORDER_REF_MAX)
    throw invalid(
      `is longer than ${PURCHASE_ORDER_REF_MAX} characters with its dates filled in`,
      `The reference would be longer than ${PURCHASE_ORDER_REF_MAX} characters once {date} is filled in.`,
    );
}
