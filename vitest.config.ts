import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The demo estate made once per run, copied by newRoot({ demo: true }) (tests/helpers/global-setup.ts).
    globalSetup: ['tests/helpers/global-setup.ts'],
    // One test file per core, not vitest's default of one fewer: most files wait on the CLI they spawn, so on the
    // 2-core machine the default (one file at a time) left a core idle (issue 11 item 17: npm test under 5 min).
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
