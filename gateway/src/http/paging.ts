// The store API's paging: `page` (1-based) and `pageSize` (default 50, at most 200) in, `{ items, page, pageSize, total }` out.
import type { Request } from 'express';

export interface PageRequest {
  page: number;
  pageSize: number;
}

export function pageRequest(req: Request): PageRequest {
  return {
    page: req.query.page === undefined ? 1 : Number(req.query.page),
    pageSize: req.query.pageSize === undefined ? 50 : Number(req.query.pageSize),
  };
}

export function pageOf<T, R>(items: readonly T[], { page, pageSize }: PageRequest, present: (item: T) => R) {
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize).map(present), page, pageSize, total: items.length };
}
