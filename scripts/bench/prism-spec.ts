// Writes a temporary copy of the Unleashed spec whose GET /Products 200 answer has a given page as its example.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

const SPEC_PATH = resolve(import.meta.dirname, '../../openapi/unleashed.yaml');

interface SpecShape {
  paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, object> }> } }>;
}

let dir: string | undefined;

/** The temp directory holding the generated specs (created on first use; the caller removes it). */
export function specDir(): string {
  dir ??= mkdtempSync(join(tmpdir(), 'bench-prism-'));
  return dir;
}

/** Writes `<tmp>/unleashed-products-<name>.json` with `page` as the example of GET /Products 200. */
export function writePrismSpec(name: string, page: unknown): string {
  const spec = parseYaml(readFileSync(SPEC_PATH, 'utf8'), { merge: true, maxAliasCount: -1 }) as SpecShape;
  const get = spec.paths['/Products']?.get;
  const ok = get?.responses['200'];
  const json = ok?.content?.['application/json'];
  if (!get || !ok || !json)
    throw new Error('openapi/unleashed.yaml has no GET /Products 200 application/json answer');
  // The responses object is a YAML alias shared with /Products/Page/{n}: replace it, do not edit it.
  get.responses = {
    ...get.responses,
    '200': { ...ok, content: { 'application/json': { ...json, example: page } } },
  };
  const file = join(specDir(), `unleashed-products-${name}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return file;
}
