import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Several tests run the whole report dozens of times; on a loaded 2-core machine 5 s is too tight.
    testTimeout: 30_000,
    // Vitest leaves a core free (n − 1 workers): on a 2-core machine, one worker. Many tests wait on
    // a chiso process they spawned, so a worker per core uses the machine: 197 s → 125 s here.
    maxWorkers: availableParallelism(),
  },
});
