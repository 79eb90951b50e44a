// RFC 9457 problems: each expected business outcome has its own `type`; services throw AppError and one
// handler (error-handler.ts) turns it into application/problem+json.
import type { components } from '../../../openapi/generated/gateway.d.ts';

export type Problem = components['schemas']['Problem'];

export const PROBLEM_BASE = 'https://b2b-portal.example/problems/';

/** The catalogue of outcomes: type slug → status and title. */
export const problems = {
  'validation-failed': { status: 400, title: 'The request is not valid' },
  'not-signed-in': { status: 401, title: 'Sign in first' },
  'invalid-credentials': { status: 401, title: 'The email or password is wrong' },
  'webhook-signature-invalid': { status: 401, title: 'The webhook signature is missing, stale or wrong' },
  forbidden: { status: 403, title: 'You may not do this' },
  'not-while-acting': { status: 403, title: 'Not while acting as a customer' },
  'plan-limit-reached': { status: 403, title: 'The store plan limit is reached' },
  'standing-orders-disabled': { status: 403, title: 'This store does not allow standing orders' },
  'not-found': { status: 404, title: 'Not found' },
  'invitation-not-found': { status: 404, title: 'This invitation link is not valid' },
  'sync-already-running': { status: 409, title: 'A sync is already running for this store' },
  'email-already-invited': { status: 409, title: 'Another contact already uses this email' },
  'contact-deactivated': { status: 409, title: 'The contact is deactivated' },
  'contact-not-invitable': { status: 409, title: 'The contact cannot be invited' },
  'contact-status-conflict': { status: 409, title: "The contact's status does not allow this" },
  'product-not-orderable': { status: 409, title: 'This product cannot be ordered' },
  'cart-cannot-be-placed': { status: 409, title: 'The cart cannot be placed as an order' },
  'product-obsolete': { status: 409, title: 'The product is obsolete in Unleashed' },
  'customer-not-in-store': { status: 409, title: 'The customer is not in the store' },
  'standing-order-name-taken': { status: 409, title: 'A standing order already has this name' },
  'standing-order-status-conflict': { status: 409, title: "The standing order's status does not allow this" },
  'order-not-awaiting-approval': { status: 409, title: 'The order is no longer awaiting approval' },
  'name-taken': { status: 409, title: 'The name is already used in this store' },
  'base-catalogue-fixed': { status: 409, title: 'The Base catalogue cannot be changed this way' },
  'category-from-unleashed': { status: 409, title: 'Product groups are edited in Unleashed' },
  'invitation-expired': { status: 410, title: 'This invitation has expired' },
  'reset-link-invalid': { status: 410, title: 'This password reset link is used, expired or not valid' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'order-rule-broken': { status: 422, title: "The order breaks the store's order rules" },
  'not-enough-stock': { status: 422, title: 'Not enough stock for this quantity' },
  'contact-has-no-email': { status: 422, title: 'The contact has no email address' },
  'unleashed-credentials-rejected': { status: 422, title: 'Unleashed rejected the API id or key' },
  'unknown-warehouse': { status: 422, title: 'The warehouse does not exist in Unleashed' },
  'unknown-tax-code': { status: 422, title: 'The tax code does not exist in Unleashed' },
  'too-many-attempts': { status: 429, title: 'Too many attempts; wait and try again' },
  'webhook-flood': { status: 429, title: 'Too many webhook deliveries for this store; retry later' },
  'unleashed-unreachable': { status: 502, title: 'Unleashed cannot be reached' },
  'internal-error': { status: 500, title: 'Something went wrong on our side' },
} as const;

export type ProblemType = keyof typeof problems;

/** A business outcome the client should see as a problem+json; `extra` adds members such as `limit`. */
export class AppError extends Error {
  constructor(
    readonly problem: ProblemType,
    readonly detail?: string,
    readonly extra: Partial<Problem> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? problems[problem].title);
  }

  toProblem(instance?: string): Problem {
    const { status, title } = problems[this.problem];
    return { type: PROBLEM_BASE + this.problem, title, status, detail: this.detail, instance, ...this.extra };
  }
}
