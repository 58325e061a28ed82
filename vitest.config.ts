import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Several tests run the whole report dozens of times; on a loaded 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
