import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The machine is shared: a whole-report run can take seconds under load, which is not a failure.
    testTimeout: 30_000,
  },
});
