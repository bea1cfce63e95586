import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirst } from './tests/helpers/sequencer.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The demo estate made once per run, copied by newRoot({ demo: true }) (tests/helpers/global-setup.ts).
    globalSetup: ['tests/helpers/global-setup.ts'],
    // The slowest files first, also in a clean clone that has no times of a last run (tests/helpers/sequencer.ts).
    sequence: { sequencer: SlowFirst },
    // One test file per core, not vitest's default of one fewer: most files wait on the CLI they spawn, so on the
    // 2-core machine the default (one file at a time) left a core idle (issue 11 item 17: npm test under 5 min).
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
