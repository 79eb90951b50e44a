// A refused standing order (R21): problems about a field go to that field, the rest to the page.
import { fieldErrors } from '../../api/problem.ts';
import type { Problem } from '../../api/types.ts';
import type { StandingOrderErrors } from './standing-order-fields.tsx';

const FIELDS = ['name', 'deliveryAddress', 'schedule', 'startDate', 'purchaseOrderRef', 'comment'] as const;

/** The field errors of `problem`, and whether anything is left for a page-level note. */
export function standingOrderProblem(problem: Problem): { errors: StandingOrderErrors; unplaced: boolean } {
  const byField = fieldErrors(problem, { 'standing-order-name-taken': ['name'] });
  // The gateway's own checks name one field and say why in the detail, which reads better than the message.
  if (problem.errors?.length === 1 && problem.detail) {
    const field = problem.errors[0]?.field.split('.')[0];
    if (field) byField[field] = problem.detail;
  }
  const errors: StandingOrderErrors = {};
  for (const field of FIELDS) if (byField[field]) errors[field] = byField[field];
  const placed = Object.keys(errors).length;
  return { errors, unplaced: placed === 0 || placed < Object.keys(byField).length };
}
