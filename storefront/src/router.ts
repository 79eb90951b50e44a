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
 * Turns a path link into its page: emails link to paths the servers answer with index.html — an invitation
 * `[/s/<slug>]/invitations/<token>`, a buyer's reset link `/s/<slug>/password-reset/<token>`, an admin's
 * `/password-reset/<token>` — so on start that becomes the page's route, replacing the entry, so the token
 * leaves the path (and with it server logs and Referer headers of later requests). The store's address
 * (`/s/<slug>/`) stays.
 */
export function adoptPathLink(): void {
  const match = /^(\/s\/[a-z0-9-]+)?\/(invitations|password-reset)\/([^/]+)\/?$/.exec(
    window.location.pathname,
  );
  if (!match?.[3]) return;
  const [, store, kind, token] = match;
  const route = kind === 'password-reset' && !store ? `/admin/password-reset/${token}` : `/${kind}/${token}`;
  window.history.replaceState(null, '', `${store ?? ''}/#${route}`);
}

/** The href of a route, for links. */
export function href(route: string): string {
  return `#${route}`;
}
