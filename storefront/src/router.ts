// A tiny hash router: pages live at `#/…`, so no page URL can ever collide with a gateway path (`/admin/…`).
import { useEffect, useState } from 'preact/hooks';

/** The current route, e.g. `/admin/sync` for `#/admin/sync` (`/` when there is no hash). */
export function currentRoute(): string {
  const path = window.location.hash.replace(/^#/, '');
  return path.startsWith('/') ? path : '/';
}

/** The current route, re-rendering on every change. */
export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Goes to `route` (`/admin/sync`); `replace` keeps it out of the history (redirects). */
export function navigate(route: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.location.replace(`#${route}`);
  else window.location.hash = route;
}

/**
 * Turns a path link into its page: invitation emails link to `/invitations/<token>` (a path the servers answer
 * with index.html), so on start that becomes `#/invitations/<token>`, replacing the entry, so the token leaves
 * the path (and with it server logs and Referer headers of later requests).
 */
export function adoptPathLink(): void {
  const match = /^\/invitations\/([^/]+)\/?$/.exec(window.location.pathname);
  if (!match?.[1]) return;
  window.history.replaceState(null, '', `/#/invitations/${match[1]}`);
}

/** The href of a route, for links. */
export function href(route: string): string {
  return `#${route}`;
}
