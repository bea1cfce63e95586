// Benchmark row of the complaint procedure (quality.md "Performance"; issue 13): `complaint list --overdue`
// on the benchmark estate (three years of ~3,000 complaints and ~20,000 desk entries for 5,000 units) against
// reading and parsing every complaint file with js-yaml, the fastest YAML parser for Node — ≤ 1.5×, as
// `wuye validate` against its own baseline. Named by the complaint manifest (bench); run.mjs adds these ROWS.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(PROJECT, 'bin', 'wuye.js');
const ENV = {
  ...process.env,
  CI: 'true',
  WUYE_NOW: '2026-11-28T09:30:00+08:00',
  WUYE_LANG: 'zh',
  LANG: 'C',
  NO_COLOR: '1',
};

function timed(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: PROJECT,
    env: ENV,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0)
    throw new Error(
      `node ${args.slice(0, 4).join(' ')} exited ${r.status}: ${(r.stderr || '').trim().split('\n').slice(-2).join(' | ')}`,
    );
  return { secs, stdout: r.stdout };
}

const BASELINE = `
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
const require = createRequire(join(process.argv[2], 'package.json'));
const jsyaml = require('js-yaml');
const dir = join(process.argv[3], 'complaints');
let n = 0;
for (const y of readdirSync(dir)) for (const f of readdirSync(join(dir, y))) {
  if (!f.endsWith('.yaml')) continue;
  jsyaml.load(readFileSync(join(dir, y, f), 'utf8'), { schema: jsyaml.CORE_SCHEMA });
  n++;
}
if (n === 0) process.exit(1);
`;

let baselineFile;
const baselineScript = () =>
  (baselineFile ??= (() => {
    const f = join(PROJECT, 'node_modules', '.cache', `complaint-bench-base-${process.pid}.mjs`);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, BASELINE);
    return f;
  })());

/** Rows for tests/bench/run.mjs. */
export const ROWS = [
  {
    name: 'complaint-overdue',
    work: 'complaint list --overdue (three years of complaints)',
    target: { max: 1.5 },
    baseline: (env) => timed([baselineScript(), PROJECT, env.estate]).secs,
    run: (env) => timed([BIN, '--records', env.estate, 'complaint', 'list', '--overdue']).secs,
  },
];
