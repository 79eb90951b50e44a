// The paths the gateway answers. The storefront's own pages live behind `#/`, so they never collide with these;
// the dev server and the test server proxy them to the gateway, and in production the gateway owns them.
export const GATEWAY_PREFIXES = [
  '/admin',
  '/store',
  '/webhooks',
  '/healthz',
  '/readyz',
  '/docs',
  '/openapi.json',
] as const;

/** Whether `path` (no query) is one of the gateway's: a prefix as a whole segment (`/store`, `/store/me`, not `/storefront`). */
export function isGatewayPath(path: string): boolean {
  return GATEWAY_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
