// The store a sign-in is for: the store's address (`/s/<slug>/`), an old `?store=<id>` link, or the store this
// browser last used (kept in localStorage, learnt from an invitation or a past sign-in). Without any, the
// gateway finds the store from the login itself.
const KEY = 'portal.store';

export interface KnownStore {
  id: string;
  name: string;
  /** Its address part (`/s/<slug>/`), when known: the sign-in page shows its logo by it. */
  slug?: string;
}

/** The remembered store, or undefined when none is (or storage is unavailable or holds something else). */
export function knownStore(): KnownStore | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (value && typeof value === 'object' && 'id' in value && 'name' in value) {
      const { id, name } = value;
      const slug = 'slug' in value && typeof value.slug === 'string' ? value.slug : undefined;
      if (typeof id === 'string' && typeof name === 'string' && id)
        return { id, name, ...(slug ? { slug } : {}) };
    }
  } catch {
    // Unreadable: as if nothing were remembered.
  }
  return undefined;
}

/** Remembers `store` for the next sign-in; a browser that refuses storage just asks for the id again. */
export function rememberStore(store: KnownStore): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ id: store.id, name: store.name, slug: store.slug }));
  } catch {
    // Private mode or full storage: nothing to do.
  }
}

/** Forgets the remembered store ("not your store?"). */
export function forgetStore(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // As above.
  }
}

/** The store's slug when the page is at the store's address (`/s/<slug>/`), else ''. */
export function storeSlugFromAddress(): string {
  return /^\/s\/([a-z0-9-]+)(\/|$)/.exec(window.location.pathname)?.[1] ?? '';
}

/** A store id given in the page address (`/?store=<id>#/login`, the link the demo prints), if any. */
export function storeIdFromAddress(): string {
  try {
    return new URLSearchParams(window.location.search).get('store')?.trim() ?? '';
  } catch {
    return '';
  }
}
