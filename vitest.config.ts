import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'mock-unleashed/**/*.test.ts',
      'gateway/**/*.test.ts',
      'scripts/**/*.test.ts',
      'storefront/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'contracts/**'],
    reporters: ['default', './scripts/slowest-files-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
