// Query strings: Unleashed treats parameter names case-insensitively (productCode = ProductCode), so the
// mock parses every query into a flat object keyed by the spec's own spelling of each name.

/** Builds Express's "query parser": unknown names keep their spelling; a repeated name keeps its last value. */
export function caseInsensitiveQueryParser(
  knownNames: Iterable<string>,
): (raw: string) => Record<string, string> {
  const canonical = new Map<string, string>();
  for (const name of knownNames) canonical.set(name.toLowerCase(), name);
  return (raw) => {
    const result: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(raw)) {
      result[canonical.get(key.toLowerCase()) ?? key] = value;
    }
    return result;
  };
}

/** Every query parameter name the spec declares, for `caseInsensitiveQueryParser`. */
export function queryParameterNames(spec: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.in === 'query' && typeof record.name === 'string') names.add(record.name);
      for (const child of Object.values(record)) visit(child);
    }
  };
  visit(spec);
  return names;
}

/** A boolean query value, whether the validator has coerced it or not. */
export function queryFlag(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** A trimmed non-empty string query value, or undefined. */
export function queryText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value);
  return text === '' ? undefined : text;
}

/** Comma-separated values, trimmed, empty ones dropped, lower-cased. */
export function queryList(value: unknown): string[] | undefined {
  const text = queryText(value);
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
}
