// Vitest for the Pact contracts only (`npm run test:contracts`). Consumer tests and provider verifications run
// as two separate runs, consumer first, because a verification reads the pact its consumer run wrote.
import { defineConfig } from 'vitest/config';

// Pact's native core sends usage metrics unless told not to; the test workers inherit this.
process.env.PACT_DO_NOT_TRACK = 'true';

export default defineConfig({
  test: {
    include: ['contracts/**/*.pact.test.ts'],
    exclude: ['**/node_modules/**'],
    // Each consumer/provider pair shares one pact file: one test file at a time.
    fileParallelism: false,
    // A provider verification replays every interaction against a real gateway, and the spec cross-check parses the
    // whole spec per pact: 15-60 s each alone, but over 180 s measured beside the test files on a loaded 2-core machine.
    testTimeout: 420_000,
    hookTimeout: 60_000,
  },
});
