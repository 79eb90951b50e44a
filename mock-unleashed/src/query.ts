// Query strings: Unleashed treats parameter names case-insensitively (productCode = ProductCode), so the
// mock parses every query into a flat object keyed by the spec's own spelling of each name.

/**
 * Builds Express's "query parser": unknown names keep their spelling; a repeated name keeps its last value.
 * Boolean parameters accept any case (`True`, as .NET and Python clients send it).
 */
export function caseInsensitiveQueryParser(known: QueryParameters): (raw: string) => Record<string, string> {
  const canonical = new Map<string, string>();
  for (const name of known.names) canonical.set(name.toLowerCase(), name);
  return (raw) => {
    const result: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(raw)) {
      const name = canonical.get(key.toLowerCase()) ?? key;
      const lower = value.toLowerCase();
      result[name] = known.booleans.has(name) && (lower === 'true' || lower === 'false') ? lower : value;
    }
    return result;
  };
}

export interface QueryParameters {
  names: Set<string>;
  booleans: Set<string>;
}

/** Every query parameter the spec declares (and which are booleans), for `caseInsensitiveQueryParser`. */
export function queryParameterNames(spec: unknown): QueryParameters {
  const names = new Set<string>();
  const booleans = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.in === 'query' && typeof record.name === 'string') {
        names.add(record.name);
        if ((record.schema as { type?: unknown } | undefined)?.type === 'boolean') booleans.add(record.name);
      }
      for (const child of Object.values(record)) visit(child);
    }
  };
  visit(spec);
  return { names, booleans };
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
