// Security headers on every answer (issue 17 item 5), written here rather than with helmet: five fixed headers
// need no dependency. The storefront's CSP allows only its own origin (the built bundle has no inline script or
// style); the API docs page (Swagger UI) writes inline styles, so /docs alone may use them.
import type { RequestHandler } from 'express';

const POLICY = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

const policyText = (policy: Record<string, string>) =>
  Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY = policyText(POLICY);
const DOCS_POLICY = policyText({ ...POLICY, 'style-src': "'self' 'unsafe-inline'" });

const FIXED_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Sets CSP, nosniff, Referrer-Policy and frame denial on every response, before anything can answer. */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    const docs = req.path === '/docs' || req.path.startsWith('/docs/');
    // setHeader, not res.set: these fixed strings need none of its conversions, and every request pays for them.
    res.setHeader('Content-Security-Policy', docs ? DOCS_POLICY : CONTENT_SECURITY_POLICY);
    for (const [name, value] of FIXED_HEADERS) res.setHeader(name, value);
    next();
  };
}
