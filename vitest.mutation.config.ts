// The vitest run StrykerJS uses for one module (MUTATION_MODULE): only that module's fast unit and API tests.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const modules: Record<string, { tests: string[] }> = JSON.parse(
  readFileSync(new URL('./scripts/mutation-modules.json', import.meta.url), 'utf8'),
);
const module = modules[process.env.MUTATION_MODULE ?? ''];
if (!module) throw new Error('MUTATION_MODULE must name an entry of scripts/mutation-modules.json');

export default defineConfig({
  test: {
    include: module.tests,
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
