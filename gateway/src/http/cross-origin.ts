// What other origins may do (issue 17 item 5). CORS is closed unless origins are configured (GATEWAY_CORS_ORIGINS):
// only those get Access-Control-* answers. And a state-changing request signed in by cookie must carry
// X-Requested-With: a form on a sibling origin (same site, so SameSite=Lax still sends the cookie) cannot set a
// custom header, and a script there needs a CORS preflight this gateway refuses. Bearer callers are not affected.
import type { RequestHandler } from 'express';
import { ADMIN_SESSION_COOKIE, SESSION_COOKIE } from './auth.ts';
import { AppError } from './problems.ts';

export const CSRF_HEADER = 'X-Requested-With';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = `Content-Type, Authorization, If-None-Match, ${CSRF_HEADER}`;

/** Answers CORS for the configured origins only (credentials allowed); every other origin gets no CORS header. */
export function corsForOrigins(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (!origin || !allowed.has(origin)) return next();
    res.vary('Origin').set({
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'Retry-After, ETag',
    });
    if (req.method !== 'OPTIONS' || !req.get('access-control-request-method')) return next();
    res
      .set({
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      })
      .status(204)
      .end();
  };
}

/** Refuses (403) a POST/PUT/PATCH/DELETE that carries a session cookie, no Bearer token and no X-Requested-With. */
export function requireCsrfHeaderWithCookies(): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || req.get('authorization')?.startsWith('Bearer ')) return next();
    const cookies = (req.cookies ?? {}) as Record<string, string>;
    if (!cookies[SESSION_COOKIE] && !cookies[ADMIN_SESSION_COOKIE]) return next();
    if (req.get(CSRF_HEADER)) return next();
    next(
      new AppError(
        'forbidden',
        `A change signed in by cookie must carry the ${CSRF_HEADER} header (cross-site request forgery defence).`,
      ),
    );
  };
}
