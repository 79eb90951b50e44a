// Store slugs: the readable part of a store's address (`/s/{slug}/`), made from its name at creation.

/** The slug a name gives: lower-case letters and digits joined by single hyphens ("Demo Store" → demo-store). */
export function slugOf(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return base.length >= 2 ? base : `store${base ? `-${base}` : ''}`;
}

/** The first of `base`, `base-2`, `base-3`… that `taken` does not hold. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
