// The one error handler: AppError → its problem; validator errors → validation-failed listing every field;
// anything else → a 500 with no stack, logged with the request id.
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, PROBLEM_BASE, type Problem, problems } from './problems.ts';

interface ValidatorError {
  status?: number;
  /** body-parser's reason, e.g. entity.too.large (with the route's `limit` in bytes). */
  type?: string;
  limit?: number;
  message?: string;
  errors?: { path?: string; message?: string }[];
}

function send(
  res: Parameters<ErrorRequestHandler>[2],
  problem: Problem,
  headers: Record<string, string> = {},
): void {
  res.status(problem.status).set(headers).type('application/problem+json').send(JSON.stringify(problem));
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const instance = req.originalUrl;
    if (error instanceof AppError) {
      send(res, error.toProblem(instance), error.headers);
      return;
    }
    const validator = error as ValidatorError;
    if (validator.type === 'entity.too.large') {
      const limit = `${Math.floor((validator.limit ?? 0) / 1024)} KB`;
      send(
        res,
        new AppError('payload-too-large', `This request body may be at most ${limit}.`).toProblem(instance),
      );
      return;
    }
    if (validator.status === 400 || validator.status === 413 || validator.status === 415) {
      send(res, {
        type: `${PROBLEM_BASE}validation-failed`,
        title: problems['validation-failed'].title,
        status: 400,
        detail: validator.message,
        instance,
        errors: (validator.errors ?? []).map((item) => ({
          field:
            (item.path ?? '').replace(/^\/?(body|query|params|path)[./]?/, '').replace(/\//g, '.') ||
            'request',
          message: item.message ?? 'is not valid',
        })),
      });
      return;
    }
    if (validator.status === 404 || validator.status === 405) {
      send(res, new AppError('not-found', 'No such endpoint.').toProblem(instance));
      return;
    }
    if (validator.status === 401) {
      send(res, new AppError('not-signed-in').toProblem(instance));
      return;
    }
    logger.error({ reqId: req.id, err: error }, 'unexpected error');
    send(res, new AppError('internal-error', `Reference: ${String(req.id ?? '')}`).toProblem(instance));
  };
}
