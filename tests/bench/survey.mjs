// Benchmark row of the survey procedure (quality.md "Performance"; issue 19): `survey analyse DC2026-01 --xlsx` on
// the benchmark estate (an owners' survey at 30% of 5,000 units: ~1,700 questionnaires of 12 items) — the analysis
// recorded and committed, the PDF with its chart and the five-sheet workbook — against reading the survey file with
// js-yaml and streaming its raw responses into a workbook with exceljs (≤ 4×). Each run is put back with git after.
// Named by the survey manifest (bench); run.mjs adds these ROWS.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BIN, PROJECT, timed } from './node.mjs';

const OUT = join(tmpdir(), `wuye-bench-survey-${process.pid}`);

const git = (dir, args) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).stdout;

const BASELINE = `
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
const require = createRequire(join(process.argv[2], 'package.json'));
const jsyaml = require('js-yaml');
const ExcelJS = require('exceljs');
const s = jsyaml.load(readFileSync(join(process.argv[3], 'surveys', 'DC2026-01.yaml'), 'utf8'), { schema: jsyaml.CORE_SCHEMA });
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: process.argv[4] });
const ws = wb.addWorksheet('responses');
for (const r of s.responses) ws.addRow([r.respondent, ...r.answers]).commit();
await wb.commit();
`;
let baselineFile;
const baselineScript = () =>
  (baselineFile ??= (() => {
    const f = join(PROJECT, 'node_modules', '.cache', `survey-bench-base-${process.pid}.mjs`);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, BASELINE);
    return f;
  })());

/** Rows for tests/bench/run.mjs. */
export const ROWS = [
  {
    name: 'survey-analyse',
    work: 'survey analyse --xlsx (an owners’ survey at 30% of the estate)',
    target: { max: 4 },
    before: (env) => {
      env.surveyHead ??= git(env.estate, ['rev-parse', 'HEAD']).trim();
      mkdirSync(OUT, { recursive: true });
    },
    after: (env) => git(env.estate, ['reset', '--quiet', '--hard', env.surveyHead]),
    baseline: (env) => timed([baselineScript(), PROJECT, env.estate, join(OUT, 'base.xlsx')]).secs,
    run: (env) =>
      timed([
        BIN,
        '--records',
        env.estate,
        'survey',
        'analyse',
        'DC2026-01',
        '--out',
        join(OUT, 'a.pdf'),
        '--xlsx',
        join(OUT, 'a.xlsx'),
      ]).secs,
  },
];
