// Mutation testing (issue 17 item 6) of one rule-heavy module at a time: MUTATION_MODULE names an entry of
// scripts/mutation-modules.json (what to mutate, which fast tests judge it). Run through `npm run test:mutation`.
import { readFileSync } from 'node:fs';

const modules = JSON.parse(readFileSync(new URL('./scripts/mutation-modules.json', import.meta.url), 'utf8'));
const name = process.env.MUTATION_MODULE;
const module = modules[name];
if (!module) throw new Error(`MUTATION_MODULE must be one of: ${Object.keys(modules).join(', ')}`);

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: module.mutate,
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATION_CONCURRENCY) || 1,
  // Kept between runs: only mutants whose code or tests changed run again.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['.data', 'reports', 'test-artifacts', 'dist', 'storefront', 'contracts/pacts'],
};
