// Benchmark row of the repair procedure (quality.md "Performance"; issue 13): `repair stats --xlsx` for a year on
// the benchmark estate (about 2,500 repair orders a year for 5,000 units) against reading and parsing every repair
// file with js-yaml and writing one workbook row per order with exceljs — ≤ 2×, as the other reports against their
// read-and-write baselines. Named by the repair manifest (bench); run.mjs adds these ROWS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BIN, PROJECT, timed } from './node.mjs';

const BASELINE = `
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
const require = createRequire(join(process.argv[2], 'package.json'));
const jsyaml = require('js-yaml');
const ExcelJS = require('exceljs');
const dir = join(process.argv[3], 'repairs');
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: process.argv[4] });
const ws = wb.addWorksheet('repairs');
let n = 0;
for (const y of readdirSync(dir)) for (const f of readdirSync(join(dir, y))) {
  if (!f.endsWith('.yaml')) continue;
  const r = jsyaml.load(readFileSync(join(dir, y, f), 'utf8'), { schema: jsyaml.CORE_SCHEMA });
  ws.addRow([r.id, r.received_at, r.urgency, r.paid, r.technician, r.arrived_at, r.done_at, r.state]).commit();
  n++;
}
ws.commit();
await wb.commit();
if (n === 0) process.exit(1);
`;

let baselineFile;
const baselineScript = () =>
  (baselineFile ??= (() => {
    const f = join(PROJECT, 'node_modules', '.cache', `repair-bench-base-${process.pid}.mjs`);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, BASELINE);
    return f;
  })());

const out = (name) => join(PROJECT, 'node_modules', '.cache', `repair-bench-${process.pid}-${name}.xlsx`);

/** Rows for tests/bench/run.mjs. */
export const ROWS = [
  {
    name: 'repair-stats-xlsx',
    work: 'repair stats --xlsx (a year of repair orders)',
    target: { max: 2 },
    baseline: (env) => timed([baselineScript(), PROJECT, env.estate, out('base')]).secs,
    run: (env) =>
      timed([
        BIN,
        '--records',
        env.estate,
        'repair',
        'stats',
        '--from',
        '2025-11-28',
        '--to',
        '2026-11-27',
        '--xlsx',
        out('run'),
      ]).secs,
  },
];
