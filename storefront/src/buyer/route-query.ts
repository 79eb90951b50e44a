// Buyer routes carry their list state in the hash (`/catalogue?search=tea&page=2`), so Back and reload keep it.
import { navigate } from '../router.ts';

/** The path and query of a route: `/catalogue?page=2` → `{ path: '/catalogue', query }`. */
export function splitRoute(route: string): { path: string; query: URLSearchParams } {
  const at = route.indexOf('?');
  return at === -1
    ? { path: route, query: new URLSearchParams() }
    : { path: route.slice(0, at), query: new URLSearchParams(route.slice(at + 1)) };
}

/** `path` with the non-empty values of `params` as its query. */
export function routeWith(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Goes to `path` with these params (replacing the history entry: typing a search is not a page of its own). */
export function setRouteQuery(path: string, params: Record<string, string | number | undefined>): void {
  navigate(routeWith(path, params), { replace: true });
}
