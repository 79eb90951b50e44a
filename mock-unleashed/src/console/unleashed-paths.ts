// Which calls the console's proxy may forward: exactly the Unleashed operations of openapi/unleashed.yaml
// (method and path template), never the mock's own /__… paths.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

const SPEC_PATH = resolve(import.meta.dirname, '../../../openapi/unleashed.yaml');
const METHODS = ['get', 'post', 'put', 'delete'] as const;

interface Operation {
  pattern: RegExp;
  methods: Set<string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/Customers/{customerGuid}/Contacts` → a pattern with one free segment per `{…}`. */
function patternOf(template: string): RegExp {
  const segments = template
    .split('/')
    .map((segment) => (/^\{\w+\}$/.test(segment) ? '[^/]+' : escapeRegExp(segment)));
  return new RegExp(`^${segments.join('/')}$`, 'i');
}

function loadOperations(): Operation[] {
  const spec = parseYaml(readFileSync(SPEC_PATH, 'utf8'), { maxAliasCount: -1 }) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(spec.paths)
    .filter(([template]) => !template.startsWith('/__'))
    .map(([template, item]) => ({
      pattern: patternOf(template),
      methods: new Set(METHODS.filter((method) => method in item).map((method) => method.toUpperCase())),
    }));
}

const operations = loadOperations();

/** Whether `method path` is an Unleashed operation the spec describes (`.` and `..` segments never are). */
export function isUnleashedCall(method: string, path: string): boolean {
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return false;
  return operations.some(
    (operation) => operation.methods.has(method.toUpperCase()) && operation.pattern.test(path),
  );
}
