// The benchmark harness runs end to end on a tiny estate (quality.md "Performance":
// `npm run bench`). No timing is asserted — only that it completes and prints a
// row for every target, each with a figure or a reason (pending). In CI only (CI=true, as .ci/run runs) or with
// WUYE_BENCH_SMOKE=1: a minute of a developer's `npm test` for a harness that changes rarely (issue 11 item 17).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/cli.js';
import config from '../../vitest.config.js';

const inCI = Boolean(process.env.CI || process.env.WUYE_BENCH_SMOKE);

describe.runIf(inCI)('npm run bench -- --smoke', () => {
  it('completes and prints every row', async () => {
    const { ROWS } = (await import(join(PROJECT, 'tests', 'bench', 'run.mjs'))) as {
      ROWS: { name: string; work: string }[];
    };
    expect(ROWS.length).toBeGreaterThanOrEqual(9);
    const r = spawnSync(process.execPath, [join(PROJECT, 'tests', 'bench', 'run.mjs'), '--smoke'], {
      cwd: PROJECT,
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(r.stderr).not.toMatch(/bench: Error|at .*run\.mjs/);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^row\s+work\s+figure\s+baseline\s+ratio\s+n\s+target\s+result$/);
    for (const row of ROWS) {
      const line = lines.find((l) => l.startsWith(`${row.name} `));
      expect(line, `row ${row.name}`).toBeDefined();
      // Either measured (a ratio and met/NOT MET) or pending with its reason — never an error.
      expect(line).toMatch(/\d+\.\d\d×\s+.*\s(met|NOT MET)$|pending: /);
    }
  }, 600_000);
});

describe('the suite on a small machine (issue 11 item 17)', () => {
  it('runs a test file per core, at least two at once (the files mostly wait on the CLI they spawn)', () => {
    expect(config.test?.maxWorkers).toBeGreaterThanOrEqual(2);
  });
});
