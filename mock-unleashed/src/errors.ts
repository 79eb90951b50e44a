// Unleashed's error shapes: a 400 lists every problem as { Items: [{ Field, Description, ErrorCode }] };
// 403, 404 and 429 answer { Description }.
import type { ErrorRequestHandler } from 'express';
import type { ValidationErrors } from './types.ts';

export type FieldError = ValidationErrors['Items'][number];

/** A refusal in Unleashed's own shape; thrown by resources, sent by `unleashedErrorHandler`. */
export class UnleashedError extends Error {
  constructor(
    readonly status: number,
    readonly body: { Description: string } | ValidationErrors,
    readonly headers: Record<string, string> = {},
  ) {
    super('Description' in body ? body.Description : body.Items.map((item) => item.Description).join('; '));
  }
}

export function validationError(items: FieldError[]): UnleashedError {
  return new UnleashedError(400, { Items: items });
}

export function fieldError(Field: string, Description: string, ErrorCode = 'Invalid'): FieldError {
  return { Field, Description, ErrorCode };
}

export function notFound(what: string): UnleashedError {
  return new UnleashedError(404, { Description: `${what} was not found.` });
}

interface ValidatorError {
  status?: number;
  message?: string;
  errors?: { path?: string; message?: string; errorCode?: string }[];
}

/** `.body.SalesOrderLines[0].OrderQuantity` → `SalesOrderLines[0].OrderQuantity`; `/query/pageSize` → `pageSize`. */
function fieldName(path = ''): string {
  const dotted = path.replace(/^\//, '').replace(/\//g, '.');
  return dotted.replace(/^\.?(body|query|params|path|headers)\.?/, '') || 'Request';
}

function errorCode(validatorCode = '', message = ''): string {
  if (/required/i.test(message)) return 'Required';
  if (validatorCode.startsWith('enum') || /allowed values/i.test(message)) return 'NotAllowed';
  return 'Invalid';
}

/** Maps every error (ours, express-openapi-validator's, or unexpected) to Unleashed's shapes. */
export function unleashedErrorHandler(onUnexpected: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof UnleashedError) {
      res.status(error.status).set(error.headers).json(error.body);
      return;
    }
    const validator = error as ValidatorError;
    const status = validator.status ?? 500;
    if (status === 400 && validator.errors) {
      res.status(400).json({
        Items: validator.errors.map((item) => ({
          Field: fieldName(item.path),
          Description: item.message ?? 'is not valid',
          ErrorCode: errorCode(item.errorCode, item.message),
        })),
      });
      return;
    }
    if (status === 400) {
      const Description = validator.message ?? 'The request cannot be read.';
      res.status(400).json({ Items: [{ Field: 'Request', Description, ErrorCode: 'Invalid' }] });
      return;
    }
    if (status === 404 || status === 405) {
      res.status(404).json({ Description: 'The resource you requested does not exist.' });
      return;
    }
    if (status === 413 || status === 415) {
      res.status(status).json({ Description: validator.message ?? 'The request body cannot be read.' });
      return;
    }
    onUnexpected(error);
    res.status(500).json({ Description: 'An unexpected error occurred in the mock.' });
  };
}
