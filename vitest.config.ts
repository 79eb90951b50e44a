import { defineConfig } from 'vitest/config';

// Most test files wait on real servers, PostgreSQL, SMTP and chromium rather than compute, so three files at a
// time finish far sooner than vitest's default on a 2-core machine (cores − 1 = one file at a time).
// Files share each worker's loaded modules (isolate: false): loading express, the validator, pg-boss and mjml
// anew for every file cost 350 s of a 640 s run; every file starts its own servers and schema anyway.
const maxWorkers = Number(process.env.VITEST_MAX_WORKERS) || 3;

export default defineConfig({
  test: {
    maxWorkers,
    isolate: false,
    include: [
      'mock-unleashed/**/*.test.ts',
      'gateway/**/*.test.ts',
      'scripts/**/*.test.ts',
      'storefront/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'contracts/**'],
    setupFiles: ['./vitest.setup.ts'],
    reporters: ['default', './scripts/slowest-files-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
