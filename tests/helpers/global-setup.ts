// Once per `npm test`: the demo estate every `newRoot({ demo: true })` starts from, made by the real
// `wuye init --demo` into a folder of its own, then copied (`cp -a`, the repository with it) for each test file
// that asks — a copy costs a fraction of an init (3,000 files written and committed), ~30 times a run (issue 11
// item 17). `wuye init --demo` itself keeps its own tests (tests/cli/terminal.e2e.test.ts, system tests).
// e.g. vitest.config.ts globalSetup; the path reaches the test processes as WUYE_TEST_DEMO_ESTATE.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ESTATE_ENV, initRoot, tmp } from './cli.js';

export default function setup(): () => void {
  const dir = tmp('wuye-demo-estate-');
  process.env[DEMO_ESTATE_ENV] = initRoot(join(dir, 'records'), true);
  return () => rmSync(dir, { recursive: true, force: true });
}
