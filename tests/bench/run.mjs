#!/usr/bin/env node
// The benchmark (quality.md "Performance"): every target is a ratio against a
// baseline measured in the same run, both as real child processes running the
// built CLI (dist/), median of several repetitions. One row per target.
//   npm run bench                      the 5,000-unit benchmark estate, 5 repetitions
//   npm run bench -- --smoke           a 200-unit estate, 1 repetition (tests/bench/smoke.test.ts)
//   npm run bench -- --only find,show --reps 9 --json out.json      (--skip a,b leaves rows out)
//   (--budget S: a row stops repeating after S seconds, default 180 — the median of fewer runs; column n)
// ADDING A ROW: append one object to ROWS below — { name, work, target, baseline, run } — or, for a
// procedure's own rows, export ROWS from tests/bench/<procedure>.mjs and name it in its manifest (`bench`)
// (see the Row typedef); the baselines at the top (BASE) are shared. No timing
// assertion ever goes into a unit test: this script prints, it does not fail on a miss.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Rows a procedure keeps in its own file, named by its manifest (`bench: 'tests/bench/movein.mjs'`, exporting ROWS).
const PROCEDURE_ROWS = [];
for (const p of (await import(pathToFileURL(join(PROJECT, 'dist', 'procedures', 'index.js')).href)).PROCEDURES)
  if (p.bench) PROCEDURE_ROWS.push(...((await import(pathToFileURL(join(PROJECT, p.bench)).href)).ROWS ?? []));
const BIN = join(PROJECT, 'bin', 'wuye.js');
const NOW = '2026-11-28T09:30:00+08:00';
const ENV = { ...process.env, CI: 'true', WUYE_NOW: NOW, WUYE_LANG: 'zh', LANG: 'C', NO_COLOR: '1' };

// ---------------------------------------------------------------- processes

/** Run a program, return wall seconds; throws with its stderr if it fails (unless allowFail). */
function timed(cmd, args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? PROJECT,
    env: { ...ENV, ...opts.env },
    encoding: 'utf8',
    input: opts.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
  });
  const secs = (performance.now() - t0) / 1000;
  if (r.error) throw r.error;
  if (r.status !== 0 && !opts.allowFail) {
    const e = new Error(
      `${[cmd === process.execPath ? 'node' : cmd, ...args.map((a) => (a.length > 60 ? '…' + a.slice(-40) : a))].join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`,
    );
    e.stderr = r.stderr;
    e.status = r.status;
    throw e;
  }
  return { secs, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI as a user runs it: node bin/wuye.js ARGS. */
export const wuye = (args, opts) => timed(process.execPath, [BIN, ...args], opts);

/**
 * The CLI with its peak memory (GNU time's maximum resident set size): for rows with an
 * RSS ceiling, `run: (env) => wuyeRss([...])` returns { secs, rssMB }.
 */
export function wuyeRss(args, opts) {
  if (!existsSync('/usr/bin/time')) return { ...wuye(args, opts), rssMB: undefined };
  const r = timed('/usr/bin/time', ['-f', 'WUYE_BENCH_RSS_KB=%M', process.execPath, BIN, ...args], opts);
  const kb = /WUYE_BENCH_RSS_KB=(\d+)/.exec(r.stderr);
  return { secs: r.secs, rssMB: kb ? Number(kb[1]) / 1024 : undefined };
}

// This run's own scratch folder inside the project (so scripts there resolve the
// project's packages); private, because several runs may go at once.
let scratch;
function scratchDir() {
  if (!scratch) {
    const base = join(PROJECT, 'node_modules', '.cache', 'wuye-bench');
    mkdirSync(base, { recursive: true });
    scratch = mkdtempSync(join(base, 'run-'));
  }
  return scratch;
}

/** A node script (ESM, run from the project so its packages resolve), written once per run. */
function nodeScript(name, code) {
  const file = join(scratchDir(), `${name}.mjs`);
  if (!existsSync(file)) writeFileSync(file, code);
  return file;
}

// ---------------------------------------------------------------- baselines

const WALK = `
import { readdirSync } from 'node:fs';
export function walk(root, skip = new Set(['.git', '.wuye', 'templates', 'out'])) {
  const out = []; const stack = [root];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || skip.has(e.name)) continue;
      const p = d + '/' + e.name;
      if (e.isDirectory()) stack.push(p); else if (e.name.endsWith('.yaml')) out.push(p);
    }
  }
  return out;
}`;

/** Shared baselines: each a function (env) → seconds, run as a child process. */
export const BASE = {
  /** `node` running an empty script. */
  nodeEmpty: () => timed(process.execPath, [nodeScript('empty', '')]).secs,
  /** `wuye --version` (no full scan). */
  version: () => wuye(['--version']).secs,
  /** Reading every record file and parsing it with js-yaml (the fastest YAML parser for Node). */
  parseAll: (env) =>
    timed(process.execPath, [
      nodeScript(
        'parse-all',
        `${WALK}
import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
let n = 0;
for (const f of walk(process.argv[2])) { jsyaml.load(readFileSync(f, 'utf8'), { schema: jsyaml.CORE_SCHEMA }); n++; }
if (n === 0) process.exit(1);
`,
      ),
      env.estate,
    ]).secs,
  /** Parsing the import workbook with exceljs (every cell of every row read). */
  parseWorkbook: (env) =>
    timed(process.execPath, [
      nodeScript(
        'parse-xlsx',
        `
import ExcelJS from 'exceljs';
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]);
let cells = 0;
wb.worksheets[0].eachRow((row) => { row.eachCell(() => { cells++; }); });
if (cells === 0) process.exit(1);
`,
      ),
      env.importFile,
    ]).secs,
};

// ---------------------------------------------------------------- rows

/**
 * @typedef {object} Row
 * @property {string} name       short, unique; printed first (the smoke test looks for it)
 * @property {string} work       what is measured, as in quality.md
 * @property {{ max?: number, min?: number, absMax?: number, unit?: string, rssMB?: number }} target
 *   max: ratio ≤ max (times, lower is better); min: ratio ≥ min (rates, higher is better, e.g.
 *   pages/s — then `amount` turns seconds into a rate); absMax: the figure's own ceiling in seconds;
 *   rssMB: peak resident memory ceiling of the work (then `run` returns wuyeRss(...))
 * @property {(env) => number} baseline   seconds of the baseline (usually a BASE entry)
 * @property {(env) => (number|{secs: number, rssMB?: number})} run   seconds of the work
 * @property {(env) => (string|undefined)} [ready]  a reason it cannot run yet ('pending: ...'); called once
 *   env: { work (this run's private scratch folder), estate, unit, unitFile, findText, importFile, importRoot }
 * @property {(env) => void} [before]     before each repetition, untimed (fresh root, an edit...)
 * @property {(env) => void} [after]      after each repetition, untimed (undo the edit)
 * @property {(env) => number} [amount]   work done per run (pages, rows) for rate targets
 */

/** A CLI command that is not there yet (not mounted, or its placeholder) → pending. */
function pendingIfMissing(args) {
  return () => {
    const r = wuye(args, { allowFail: true });
    if (r.status === 0) return undefined;
    if (/unknown command|未知命令|not built yet|too many arguments|多余的参数/i.test(r.stderr + r.stdout))
      return `pending: \`wuye ${args.filter((a) => !a.startsWith('/')).join(' ')}\` is not built yet`;
    return undefined; // runs, but fails: reported as an error by the measurement
  };
}

/** The fee ledger's lines (one per bill of every year: ~180,000 on the 5,000-unit estate), counted once from its CSV. */
const ledgerRows = (env) =>
  (env.ledgerRows ??=
    wuye(['--records', env.estate, 'fee', 'report', 'ledger', '--year', 'all', '--format', 'csv'])
      .stdout.trim()
      .split('\n').length - 1);

/** A sealed copy of the estate (made once, untimed) for the rows that read one; a reason when it cannot be made. */
function sealedEstate(env) {
  if (env.sealed) return undefined;
  const why = pendingIfMissing(['encrypt', '--help'])();
  if (why) return why;
  const dir = join(env.work, 'sealed');
  git(env.work, ['clone', '--quiet', '--local', env.estate, dir]);
  env.sealedKeys = join(env.work, 'sealed-keys');
  wuye(['--records', dir, 'encrypt', '--as', 'S001', '--recovery-out', join(env.work, 'sealed-recovery.txt')], {
    env: { WUYE_KEY_DIR: env.sealedKeys },
  });
  env.sealed = dir;
  return undefined;
}

/** @type {Row[]} */
export const ROWS = [
  {
    name: 'version',
    work: 'wuye --version',
    target: { max: 1.5 },
    baseline: BASE.nodeEmpty,
    run: () => wuye(['--version']).secs,
  },
  {
    name: 'help',
    work: 'wuye --help',
    target: { max: 1.5 },
    baseline: BASE.nodeEmpty,
    run: () => wuye(['--help']).secs,
  },
  {
    name: 'show',
    work: 'wuye show UNIT',
    target: { max: 2 },
    baseline: BASE.version,
    run: (env) => wuye(['--records', env.estate, 'show', env.unit]).secs,
  },
  {
    name: 'unit-show',
    work: 'wuye unit show UNIT',
    target: { max: 2 },
    baseline: BASE.version,
    run: (env) => wuye(['--records', env.estate, 'unit', 'show', env.unit]).secs,
  },
  {
    name: 'fee-account',
    work: 'wuye fee account UNIT',
    target: { max: 2 },
    ready: (env) => pendingIfMissing(['--records', env.estate, 'fee', 'account', env.unit])(),
    baseline: BASE.version,
    run: (env) => wuye(['--records', env.estate, 'fee', 'account', env.unit]).secs,
  },
  {
    name: 'find',
    work: 'wuye find TEXT',
    target: { max: 1.5, absMax: 1 },
    ready: (env) => pendingIfMissing(['--records', env.estate, 'find', env.findText])(),
    baseline: BASE.parseAll,
    run: (env) => wuye(['--records', env.estate, 'find', env.findText]).secs,
  },
  {
    name: 'validate',
    work: 'wuye validate (all layers)',
    target: { max: 1.5 },
    ready: (env) => pendingIfMissing(['--records', env.estate, 'validate'])(),
    baseline: BASE.parseAll,
    run: (env) => wuye(['--records', env.estate, 'validate', '--quiet'], { allowFail: true }).secs,
  },
  {
    name: 'validate-changed',
    work: 'wuye validate --changed after one edit',
    target: { max: 3 },
    ready: (env) => pendingIfMissing(['--records', env.estate, 'validate', '--changed'])(),
    before: (env) => {
      const f = join(env.estate, env.unitFile);
      env.saved = readFileSync(f, 'utf8');
      // One value changed, as a clerk's hand edit would: the gross area by 0.01 m².
      const edited = env.saved.replace(
        /^area: "(\d+)\.(\d\d)"$/m,
        (_, a, b) => `area: "${a}.${String((Number(b) + 1) % 100).padStart(2, '0')}"`,
      );
      if (edited === env.saved) throw new Error(`no area to edit in ${env.unitFile}`);
      writeFileSync(f, edited);
    },
    after: (env) => writeFileSync(join(env.estate, env.unitFile), env.saved),
    baseline: BASE.version,
    run: (env) => wuye(['--records', env.estate, 'validate', '--changed', '--quiet'], { allowFail: true }).secs,
  },
  // ---- personal data sealed at rest (issue 18): wuye encrypt of the whole estate, then validate and find on it
  {
    name: 'encrypt',
    work: 'wuye encrypt of the whole estate (one commit)',
    target: { max: 40 },
    ready: (env) => pendingIfMissing(['encrypt', '--help'])(),
    before: (env) => {
      env.sealedRuns = (env.sealedRuns ?? 0) + 1;
      env.sealedRoot = join(env.work, `sealed-${env.sealedRuns}`);
      git(env.work, ['clone', '--quiet', '--local', env.estate, env.sealedRoot]);
    },
    after: (env) => rmSync(env.sealedRoot, { recursive: true, force: true }),
    baseline: BASE.parseAll,
    run: (env) =>
      wuye(
        [
          '--records',
          env.sealedRoot,
          'encrypt',
          '--as',
          'S001',
          '--recovery-out',
          join(env.work, `recovery-${env.sealedRuns}.txt`),
        ],
        { env: { WUYE_KEY_DIR: join(env.work, `keys-${env.sealedRuns}`) } },
      ).secs,
  },
  {
    name: 'validate-sealed',
    work: 'wuye validate (all layers), personal data sealed',
    target: { max: 1.5 },
    ready: (env) => sealedEstate(env),
    baseline: BASE.parseAll,
    run: (env) => wuye(['--records', env.sealed, 'validate', '--quiet'], { allowFail: true }).secs,
  },
  {
    name: 'find-sealed',
    work: 'wuye find TEXT, personal data sealed',
    target: { max: 1.5, absMax: 1 },
    ready: (env) => sealedEstate(env),
    baseline: BASE.parseAll,
    run: (env) => wuye(['--records', env.sealed, 'find', env.findText], { env: { WUYE_KEY_DIR: env.sealedKeys } }).secs,
  },
  {
    name: 'unit-import',
    work: 'unit import of 5,000 rows (200 with --smoke)',
    target: { max: 2 },
    ready: (env) => {
      if (!env.importFile) return env.importPending ?? 'pending: tests/helpers/import-file.ts is not there yet';
      return pendingIfMissing(['unit', 'import', '--help'])();
    },
    before: (env) => {
      rmSync(env.importRoot, { recursive: true, force: true });
      wuye(['init', env.importRoot, '--name', '基准服务中心', '--estate', '基准小区']);
    },
    baseline: BASE.parseWorkbook,
    run: (env) => wuye(['--records', env.importRoot, 'unit', 'import', env.importFile]).secs,
  },
  // ---- fee rows (src/procedures/fee): each run bills / prints on the estate, then git puts it back
  {
    name: 'fee-bill',
    work: 'fee bill --period P, every unit (5,000)',
    target: { max: 2 },
    ready: (env) => pendingIfMissing(['--records', env.estate, 'fee', 'bill', '--help'])(),
    after: (env) => {
      git(env.estate, ['reset', '--quiet', '--hard', (env.feeHead ??= git(env.estate, ['rev-parse', 'HEAD']).trim())]);
    },
    before: (env) => {
      env.feeHead ??= git(env.estate, ['rev-parse', 'HEAD']).trim();
    },
    baseline: (env) =>
      timed(process.execPath, [
        nodeScript(
          'fee-bill-base',
          `
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
// read + parse + stringify + atomic write of the accounts a billing run touches (one a unit), into a scratch folder
const [root, scratch] = process.argv.slice(2);
mkdirSync(scratch, { recursive: true });
const dir = join(root, 'fees', '2026');
let n = 0;
for (const f of readdirSync(dir)) {
  const data = jsyaml.load(readFileSync(join(dir, f), 'utf8'), { schema: jsyaml.CORE_SCHEMA });
  const text = jsyaml.dump(data, { lineWidth: -1 });
  const tmp = join(scratch, '.' + f + '.tmp'); const fd = openSync(tmp, 'w'); writeSync(fd, text); fsyncSync(fd); closeSync(fd);
  renameSync(tmp, join(scratch, f)); n++;
}
if (n === 0) process.exit(1);
`,
        ),
        env.estate,
        join(env.work, 'fee-bill-scratch'),
      ]).secs,
    run: (env) => wuye(['--records', env.estate, '--as', 'S001', 'fee', 'bill', '--period', '2026-12']).secs,
  },
  ...['merged', 'files'].map((mode) => ({
    name: `fee-statement-${mode}`,
    work: `fee statement --all${mode === 'merged' ? ' --merge' : ' (one file per unit)'}`,
    target: { min: mode === 'merged' ? 0.66 : 0.4, unit: 'pages/s', rssMB: 300 }, // one file per unit: ≥ 0.4× (issue 12 item 21), with --reps 5
    ready: (env) => pendingIfMissing(['--records', env.estate, 'fee', 'statement', '--help'])(),
    before: (env) => {
      rmSync(join(env.work, 'statements'), { recursive: true, force: true });
    },
    amount: (env) => (env.feePages ??= readdirSync(join(env.estate, 'fees', '2026')).length),
    baseline: (env) =>
      timed(process.execPath, [
        nodeScript(
          'statement-base',
          `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const require = createRequire(join(process.argv[2], 'package.json'));
const PDFDocument = require('pdfkit'); const fontkit = require('fontkit');
const { packageFontsDir } = await import(join(process.argv[2], 'dist/render/pdf/fonts.js'));
const font = fontkit.create(readFileSync(join(packageFontsDir(), 'NotoSansHans-Regular.otf')));
const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0) } });
doc.registerFont('f', font);
const done = new Promise((res) => { doc.on('data', () => {}); doc.on('end', res); });
for (let p = 0; p < Number(process.argv[3]); p++) {
  doc.addPage({ size: 'A4', margin: 0 }).font('f').fontSize(16).text('物业服务费缴费通知单（对账单）', 180, 54, { lineBreak: false });
  let y = 100;
  for (let r = 0; r < 16; r++) { let x = 42; for (const w of [80, 110, 170, 75, 75]) { doc.fontSize(8.5).rect(x, y, w, 18).stroke().text(r ? '2026-' + String(1 + (r % 12)).padStart(2, '0') + ' ' + (p * 7 + r) : '期间', x + 3, y + 4, { lineBreak: false }); x += w; } y += 18; }
}
doc.end(); await done;
`,
        ),
        PROJECT,
        String((env.feePages ??= readdirSync(join(env.estate, 'fees', '2026')).length)),
      ]).secs,
    run: (env) =>
      wuyeRss([
        '--records',
        env.estate,
        'fee',
        'statement',
        '--all',
        '--period',
        '2026-11',
        '--out',
        join(env.work, 'statements'),
        ...(mode === 'merged' ? ['--merge'] : []),
      ]),
  })),
  {
    name: 'fee-ledger',
    work: 'fee report ledger --year all --xlsx (every bill line)',
    target: { min: 0.66, unit: 'rows/s', rssMB: 300 },
    ready: (env) => pendingIfMissing(['--records', env.estate, 'fee', 'report', '--help'])(),
    amount: (env) => ledgerRows(env),
    baseline: (env) =>
      timed(process.execPath, [
        nodeScript(
          'ledger-base',
          `
import ExcelJS from 'exceljs';
// exceljs's streaming writer writing the same number of rows of the ledger's shape (4 texts, 4 amounts)
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: process.argv[2], useStyles: true });
const ws = wb.addWorksheet('ledger');
ws.columns = ['unit', 'building', 'item', 'period', 'billed', 'received', 'adjusted', 'owing'].map((key) => ({ key, header: key, width: 12 }));
for (let i = 0; i < Number(process.argv[3]); i++) {
  ws.addRow({ unit: '1-2-' + String(i % 9999).padStart(4, '0'), building: String(1 + (i % 40)), item: 'mgmt', period: '2026-' + String(1 + (i % 12)).padStart(2, '0'), billed: 210.02, received: 87.32, adjusted: 0, owing: 122.7 }).commit();
}
ws.commit(); await wb.commit();
`,
        ),
        join(env.work, 'ledger-base.xlsx'),
        String(ledgerRows(env)),
      ]).secs,
    run: (env) =>
      wuyeRss([
        '--records',
        env.estate,
        'fee',
        'report',
        'ledger',
        '--year',
        'all',
        '--xlsx',
        join(env.work, 'ledger.xlsx'),
      ]),
  },
  ...PROCEDURE_ROWS,
];

// ---------------------------------------------------------------- setup

function parseArgs(argv) {
  const o = {
    smoke: false,
    reps: undefined,
    units: undefined,
    only: undefined,
    json: undefined,
    seed: 1,
    years: 3,
    budget: 180,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--smoke') o.smoke = true;
    else if (a === '--reps') o.reps = Number(argv[++i]);
    else if (a === '--units') o.units = Number(argv[++i]);
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--years') o.years = Number(argv[++i]);
    else if (a === '--only') o.only = argv[++i];
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--budget') o.budget = Number(argv[++i]);
    else if (a === '--skip') o.skip = argv[++i].split(',');
    else
      throw new Error(
        `unknown option ${a} (known: --smoke --reps N --budget SECONDS --skip A,B --units N --seed S --years Y --only NAME --json FILE)`,
      );
  }
  o.units ??= o.smoke ? 200 : 5000;
  o.reps ??= o.smoke ? 1 : 5;
  o.importRows = o.smoke ? 200 : 5000;
  return o;
}

/** A hash of the generator's compiled code: a cached estate is reused only while it is unchanged. */
function generatorKey(o) {
  const h = createHash('sha1');
  const dir = join(PROJECT, 'dist', 'kit', 'generate');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  for (const f of readdirSync(join(PROJECT, 'schemas')).sort())
    h.update(f).update(readFileSync(join(PROJECT, 'schemas', f)));
  // where records live (kinds.ts: a layout change moves every file) and the generators registered from the procedures
  // (every procedure's generator files: generator*.js, *-generator.js, story.js, *-cases.js)
  const procs = join(PROJECT, 'dist', 'procedures');
  const files = ['core/kinds.js', 'core/kinds.gen.js'];
  for (const p of readdirSync(procs, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1)))
    for (const f of readdirSync(join(procs, p.name)).sort())
      if (/^(generator|.+-generator|story|.+-cases)\.js$/.test(f)) files.push(`procedures/${p.name}/${f}`);
  for (const f of files) h.update(f).update(readFileSync(join(PROJECT, 'dist', f)));
  return `u${o.units}-s${o.seed}-y${o.years}-${h.digest('hex').slice(0, 12)}`;
}

function git(dir, args) {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/**
 * The benchmark estate. A full run caches it under the temp folder, keyed by the
 * generator's code (generated into a private folder, then renamed into place, so
 * two runs at once never see half an estate); a smoke run (tests, several engineers
 * at once) always generates its own small one in `work`.
 */
function estateFor(o, work, log) {
  const generateInto = (dir) =>
    wuye([
      'demo',
      'generate',
      dir,
      '--units',
      String(o.units),
      '--seed',
      String(o.seed),
      '--years',
      String(o.years),
      '--quiet',
    ]);
  if (o.smoke) {
    const dir = join(work, 'estate');
    const r = generateInto(dir);
    log(`estate: ${dir} (generated in ${r.secs.toFixed(1)} s)`);
    return dir;
  }
  const base = join(tmpdir(), 'wuye-bench');
  mkdirSync(base, { recursive: true });
  const name = `estate-${generatorKey(o)}`;
  const dir = join(base, name);
  if (existsSync(join(dir, 'wuye.yaml'))) {
    // Undo anything an interrupted run left behind.
    git(dir, ['checkout', '--quiet', '--', '.']);
    git(dir, ['clean', '--quiet', '-fd']);
    log(`estate: ${dir} (cached)`);
    return privateCopy(dir, work, log);
  }
  const prefix = `estate-u${o.units}-s${o.seed}-y${o.years}-`;
  // Estates of older generator code: removed once nobody can still be using them (a day old).
  for (const old of readdirSync(base)) {
    if (old.startsWith(prefix) && old !== name && Date.now() - statSync(join(base, old)).mtimeMs > 86_400_000)
      rmSync(join(base, old), { recursive: true, force: true });
  }
  const own = join(mkdtempSync(join(base, 'tmp-')), 'estate');
  const r = generateInto(own);
  try {
    renameSync(own, dir);
  } catch {
    rmSync(dirname(own), { recursive: true, force: true });
  }
  rmSync(dirname(own), { recursive: true, force: true });
  log(`estate: ${dir} (generated in ${r.secs.toFixed(1)} s)`);
  return privateCopy(dir, work, log);
}

/** Rows write (a billing run, an edit): each run works on its own copy, never the shared cache. */
function privateCopy(dir, work, log) {
  const copy = join(work, 'estate');
  const r = spawnSync('cp', ['-a', dir, copy], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cp -a ${dir}: ${r.stderr}`);
  log(`estate copied to ${copy}`);
  return copy;
}

/** The import workbook, written by tests/helpers/import-file.ts (transpiled on the fly; it is TypeScript). */
async function importFileFor(o, work, log) {
  const src = join(PROJECT, 'tests', 'helpers', 'import-file.ts');
  if (!existsSync(src)) return { pending: 'pending: tests/helpers/import-file.ts is not there yet' };
  const ts = (await import('typescript')).default;
  const dir = join(scratchDir(), 'helpers');
  mkdirSync(dir, { recursive: true });
  for (const name of ['cli', 'import-file']) {
    const text = readFileSync(join(PROJECT, 'tests', 'helpers', `${name}.ts`), 'utf8');
    const js = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(dir, `${name}.mjs`), js.replace(/from '\.\/([a-z-]+)\.js'/g, "from './$1.mjs'"));
  }
  const helper = await import(pathToFileURL(join(dir, 'import-file.mjs')).href);
  if (typeof helper.writeXlsx !== 'function' || typeof helper.importRows !== 'function')
    return { pending: 'pending: import-file.ts has no writeXlsx/importRows' };
  const file = join(work, `import-${o.importRows}.xlsx`);
  await helper.writeXlsx(file, helper.importRows(o.importRows));
  log(`import list: ${file} (${o.importRows} rows)`);
  return { file };
}

// ---------------------------------------------------------------- measuring

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Median of `reps` repetitions, baseline and work interleaved (a noisy moment hits both).
 * One untimed warm-up first when reps > 1 — kept as a repetition if the work took over
 * 10 s (a long job gains nothing from a warm file cache). A row stops repeating once it
 * has used `budget` seconds, so a slow batch job (minutes a run) still finishes.
 */
function measure(row, env, reps, budget) {
  const figures = [];
  const bases = [];
  const rss = [];
  const start = performance.now();
  let warmup = reps > 1;
  while (figures.length < reps) {
    row.before?.(env);
    let b;
    let r;
    try {
      b = row.baseline(env);
      r = row.run(env);
    } finally {
      row.after?.(env);
    }
    const f = typeof r === 'number' ? r : r.secs;
    const keep = !warmup || f > 10;
    warmup = false;
    if (keep) {
      bases.push(b);
      figures.push(f);
      if (typeof r === 'object' && r.rssMB !== undefined) rss.push(r.rssMB);
    }
    if ((performance.now() - start) / 1000 > budget && figures.length > 0) break;
  }
  const fig = median(figures);
  const base = median(bases);
  const t = row.target;
  const peak = rss.length ? Math.max(...rss) : undefined;
  const rssOk = t.rssMB === undefined || (peak !== undefined && peak <= t.rssMB);
  if (t.min !== undefined) {
    const amount = row.amount?.(env) ?? 1;
    const rate = amount / fig;
    const baseRate = amount / base;
    const ratio = rate / baseRate;
    return {
      figure: rate,
      baseline: baseRate,
      ratio,
      unit: t.unit ?? '/s',
      rssMB: peak,
      n: figures.length,
      met: ratio >= t.min && rssOk,
    };
  }
  const ratio = fig / base;
  const met = ratio <= t.max && (t.absMax === undefined || fig <= t.absMax) && rssOk;
  return { figure: fig, baseline: base, ratio, unit: 's', rssMB: peak, n: figures.length, met };
}

function targetText(t) {
  const parts = [];
  if (t.max !== undefined) parts.push(`≤ ${t.max}×`);
  if (t.min !== undefined) parts.push(`≥ ${t.min}× ${t.unit ?? '/s'}`);
  if (t.absMax !== undefined) parts.push(`≤ ${t.absMax} s`);
  if (t.rssMB !== undefined) parts.push(`RSS ≤ ${t.rssMB} MB`);
  return parts.join(', ');
}

const fmt = (x, unit) =>
  unit === 's' ? (x < 1 ? `${(x * 1000).toFixed(0)} ms` : `${x.toFixed(2)} s`) : `${x.toFixed(1)} ${unit}`;

function printTable(results, out) {
  const head = ['row', 'work', 'figure', 'baseline', 'ratio', 'n', 'target', 'result'];
  const lines = results.map((r) => [
    r.name,
    r.work,
    r.figure === undefined ? '-' : fmt(r.figure, r.unit) + (r.rssMB !== undefined ? ` (${r.rssMB.toFixed(0)} MB)` : ''),
    r.baseline === undefined ? '-' : fmt(r.baseline, r.unit),
    r.ratio === undefined ? '-' : `${r.ratio.toFixed(2)}×`,
    r.n === undefined ? '-' : String(r.n),
    targetText(r.target),
    r.status,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmtLine = (l) =>
    l
      .map((c, i) => c.padEnd(w[i]))
      .join('  ')
      .trimEnd();
  out(fmtLine(head));
  out(w.map((n) => '─'.repeat(n)).join('  '));
  for (const l of lines) out(fmtLine(l));
}

export async function main(argv) {
  const o = parseArgs(argv);
  const log = (s) => process.stderr.write(`bench: ${s}\n`);
  if (!existsSync(join(PROJECT, 'dist', 'cli', 'main.js'))) {
    log('dist/ is missing: run `npm run build` first');
    return 2;
  }
  // --only a,b: the rows named exactly, or else those whose name contains it
  const only = o.only?.split(',').flatMap((n) => {
    const exact = ROWS.filter((r) => r.name === n);
    return exact.length ? exact : ROWS.filter((r) => r.name.includes(n));
  });
  const rows = (only ? ROWS.filter((r) => only.includes(r)) : ROWS).filter(
    (r) => !(o.skip ?? []).some((x) => r.name.includes(x)),
  );
  log(
    `${o.smoke ? 'smoke run' : 'full run'}: ${o.units} units, ${o.reps} repetition(s), ${rows.length} rows, node ${process.version}`,
  );

  const work = mkdtempSync(join(tmpdir(), 'wuye-bench-'));
  const estate = estateFor(o, work, log);
  const people = readdirSync(join(estate, 'people')).sort();
  const someone = readFileSync(join(estate, 'people', people[Math.floor(people.length * 0.61)]), 'utf8');
  const units1 = readdirSync(join(estate, 'units', '1')).sort();
  const unit = units1[Math.floor(units1.length / 2)].slice(0, -5);
  const imp = !rows.some((r) => r.name === 'unit-import')
    ? { pending: 'not selected' }
    : await importFileFor(o, work, log).catch((e) => ({
        pending: `pending: import list not written (${e.message.split('\n')[0]})`,
      }));
  const env = {
    // work: this run's private scratch folder (outputs of rows go here, never a shared path).
    work,
    estate,
    unit,
    unitFile: `units/1/${unit}.yaml`,
    // A name that exists (a person's), as a clerk would type it.
    findText: /\nname: ([^\n]+)/.exec(someone)[1],
    importFile: imp.file,
    importPending: imp.pending,
    importRoot: join(work, 'import-root'),
  };
  log(`show ${env.unit}; find "${env.findText}"`);

  const results = [];
  for (const row of rows) {
    const res = { name: row.name, work: row.work, target: row.target, status: '' };
    try {
      const why = row.ready?.(env);
      if (why) res.status = why;
      else {
        Object.assign(res, measure(row, env, o.reps, o.budget));
        res.status = res.met ? 'met' : 'NOT MET';
      }
    } catch (e) {
      res.status = `error: ${e.message.split('\n')[0].slice(0, 160)}`;
    }
    results.push(res);
    log(`${row.name}: ${res.status}`);
  }
  rmSync(work, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });

  printTable(results, (s) => process.stdout.write(s + '\n'));
  if (o.json)
    writeFileSync(o.json, JSON.stringify({ units: o.units, reps: o.reps, node: process.version, results }, null, 2));
  return results.some((r) => r.status.startsWith('error')) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`bench: ${e.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
