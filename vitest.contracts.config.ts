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
    // A provider verification replays every interaction against a real gateway: a minute or more on a busy machine.
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
