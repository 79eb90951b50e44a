// The three paging forms every paged Unleashed resource answers, plus the GUID lookup that shares its path:
// GET /X, /X/{page}, /X/Page/{page}, /X/{guid}.
import { type Request, Router } from 'express';
import type { MockContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { isPageNumber, pageSizeOf, paginate } from '../paginate.ts';
import { sendCached } from '../respond.ts';

export interface PagedResource<T> {
  /** e.g. '/Products' */
  path: string;
  /** e.g. 'Product', for "Product was not found." */
  what: string;
  /** The records matching the request's filters, in the order they are served. */
  select: (req: Request) => readonly T[];
  /** The wire form of one record (default: as stored). */
  present?: (item: T, req: Request) => unknown;
  /** One record by GUID (served through `present`); undefined when there is none. Without it, GUIDs are 404. */
  findOne?: (guid: string) => T | undefined;
}

/** A router answering the paging forms of one resource from the response cache. */
export function pagedRoutes<T>(context: MockContext, resource: PagedResource<T>): Router {
  const router = Router();
  const present = resource.present ?? ((item: T) => item);
  const servePage = (req: Request, pageNumber: number) =>
    paginate(resource.select(req), pageNumber, pageSizeOf(req.query.pageSize), (item) => present(item, req));

  router.get(resource.path, (req, res) => {
    sendCached(context.cache, req, res, () => servePage(req, 1));
  });
  router.get(`${resource.path}/Page/:pageNumber`, (req, res) => {
    sendCached(context.cache, req, res, () => servePage(req, Number(req.params.pageNumber)));
  });
  router.get(`${resource.path}/:guidOrPage`, (req, res) => {
    const segment = req.params.guidOrPage;
    if (isPageNumber(segment)) {
      sendCached(context.cache, req, res, () => servePage(req, Number(segment)));
      return;
    }
    const found = resource.findOne?.(segment.toLowerCase());
    if (found === undefined) throw notFound(resource.what);
    sendCached(context.cache, req, res, () => present(found, req));
  });
  return router;
}
