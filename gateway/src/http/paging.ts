// The store API's paging: `page` (1-based) and `pageSize` (default 50, at most 200) in, `{ items, page, pageSize, total }` out.
import type { Request } from 'express';
import { AppError } from './problems.ts';

export interface PageRequest {
  page: number;
  pageSize: number;
}

export function pageRequest(req: Request): PageRequest {
  return {
    page: queryInteger(req, 'page', 1),
    pageSize: queryInteger(req, 'pageSize', 50),
  };
}

export function pageOf<T, R>(items: readonly T[], { page, pageSize }: PageRequest, present: (item: T) => R) {
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize).map(present), page, pageSize, total: items.length };
}

/**
 * An integer query parameter, or `fallback` when it is absent. The validator checks bounds, but it turns `1e400`
 * into Infinity and lets it through (ajv's string coercion), which then broke the answer with a 500: refused here.
 */
export function queryInteger(req: Request, name: string, fallback: number): number {
  const value = req.query[name];
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number))
    throw new AppError('validation-failed', `${name} must be a whole number.`, {
      errors: [{ field: name, message: 'must be a whole number' }],
    });
  return number;
}
