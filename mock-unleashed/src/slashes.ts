// Real Unleashed answers `///SalesOrders/1?pageSize=1000` like `/SalesOrders/1` (an open-source client builds
// its URLs that way), so the mock collapses repeated slashes in the path before routing. The query, and with
// it the signature, is left exactly as sent.
import type { RequestHandler } from 'express';

/** `//a///b?x=//y` → `/a/b?x=//y`: runs of `/` in the path only. */
export function collapseSlashes(url: string): string {
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed === path ? url : collapsed + (at === -1 ? '' : url.slice(at));
}

export function collapseRepeatedSlashes(): RequestHandler {
  return (req, _res, next) => {
    req.url = collapseSlashes(req.url);
    req.originalUrl = collapseSlashes(req.originalUrl);
    next();
  };
}
