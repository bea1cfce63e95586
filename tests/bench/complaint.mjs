// Benchmark row of the complaint procedure (quality.md "Performance"; issue 13): `complaint list --overdue`
// on the benchmark estate (three years of ~3,000 complaints and ~20,000 desk entries for 5,000 units) against
// reading and parsing every complaint file with js-yaml, the fastest YAML parser for Node — ≤ 1.5×, as
// `wuye validate` against its own baseline. Named by the complaint manifest (bench); run.mjs adds these ROWS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BIN, PROJECT, timed } from './node.mjs';

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
