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

/** The href of a route, for links. */
export function href(route: string): string {
  return `#${route}`;
}
