import { defineConfig } from 'vitest/config';

// Most test files wait on real servers, PostgreSQL, SMTP and chromium rather than compute: measured on this 2-core
// machine, the whole unit/API/browser run used about 1.4 cores at 5 files at a time (435 CPU-s in 312 s) and took
// 600 s at 3. Four at a time leaves room for the type-check, lint and contracts that `npm test` runs beside it.
// Files share each worker's loaded modules (isolate: false): loading express, the validator, pg-boss and mjml
// anew for every file cost 350 s of a 640 s run; every file starts its own servers and schema anyway.
const maxWorkers = Number(process.env.VITEST_MAX_WORKERS) || 4;

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
    // expect.poll waits for what a server does in the background (a job, an email, a page's data): its default of
    // 1 s failed a standing-order run's jobs on a loaded machine (four files at a time beside the contracts).
    expect: { poll: { timeout: 10_000 } },
    // A gateway's shutdown waits up to 20 s for its running jobs and each sync's current page; on a loaded machine
    // a file's afterAll closing two of them could pass 30 s.
    hookTimeout: 60_000,
  },
});
