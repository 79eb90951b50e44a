import { defineConfig } from 'vitest/config';

// Most test files wait on real servers, PostgreSQL, SMTP and chromium rather than compute, so more files run at once
// than there are cores; but `npm test` runs the type-check, lint and contracts beside them on this 2-core machine.
// Measured on one machine with `bash .ci/run` (2026-12-07): 3 at a time took 10 m 52 s in all (test files 646 s,
// contracts 386 s), 4 at a time 12 m 42 s (721 s, 633 s). VITEST_MAX_WORKERS overrides it.
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
    // expect.poll waits for what a server does in the background (a job, an email, a page's data): its default of
    // 1 s failed a standing-order run's jobs on a loaded machine (four files at a time beside the contracts).
    expect: { poll: { timeout: 10_000 } },
    // A gateway's shutdown waits up to 20 s for its running jobs and each sync's current page; on a loaded machine
    // a file's afterAll closing two of them could pass 30 s.
    hookTimeout: 60_000,
  },
});
