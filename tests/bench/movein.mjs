// Benchmark rows for the move-in packet (quality.md "Performance"):
// `movein packet --building B --merge` (≥ 0.66× the pages/s) and one file per unit
// (≥ 0.25×) on a generated 500-unit building, against pdfkit drawing the same
// number of form pages with the same font into one document.
// The building: node tests/bench/movein.mjs DIR [UNITS] writes a records root with
// one 500-unit building in its move-in (cases by the move-in history generator).
// Named by the move-in manifest (bench); run.mjs adds these ROWS to its own.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BIN, PROJECT, timed } from './node.mjs';

// 500 units as quality.md asks; 40 in a smoke run (npm run bench -- --smoke), which only checks the row runs
const UNITS = process.argv.includes('--smoke') ? 40 : 500;

/** A records root with building 9 of `n` units in its move-in (demo config and staff; one buyer a unit). */
export async function makeBuilding(dir, n = UNITS) {
  const dist = (p) => import(pathToFileURL(join(PROJECT, 'dist', p)).href);
  const { moveinHistory } = await dist('procedures/movein/generator.js');
  const { WorkCalendar } = await dist('core/calendar.js');
  const { relPath } = await dist('core/kinds.js');
  const { dumpRecord } = await dist('core/yamlio.js');
  const { loadConfig } = await dist('core/root.js');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['wuye.yaml', 'staff', 'calendar'])
    cpSync(join(PROJECT, 'records', f), join(dir, f), { recursive: true });
  const config = loadConfig(dir);
  const write = (rel, data) => {
    const f = join(dir, rel);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, dumpRecord(data));
  };
  const staff = readdirSync(join(dir, 'staff')).map((f) => ({ id: f.slice(0, -5), roles: [] }));
  const roles = {
    S002: ['cs-manager'],
    S003: ['cs-assistant'],
    S004: ['cs-assistant'],
    S005: ['cashier'],
    S007: ['engineer'],
    S008: ['engineer'],
  };
  for (const s of staff) s.roles = roles[s.id] ?? ['director'];
  const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英';
  const units = [];
  const people = new Map();
  let k = 0;
  for (let e = 1; k < n; e++)
    for (let f = 1; f <= 25 && k < n; f++)
      for (let r = 1; r <= 4 && k < n; r++, k++) {
        const pid = `P${String(k + 1).padStart(6, '0')}`;
        const p = {
          kind: 'person',
          id: pid,
          name: SURNAMES[k % 20] + GIVEN[(k * 7) % 24] + (k % 3 ? GIVEN[(k * 11) % 24] : ''),
          phones: [`139${String(10000000 + k * 7919).slice(-8)}`],
        };
        people.set(pid, p);
        const area = (78 + ((r * 13 + e * 7) % 60) + 0.37).toFixed(2);
        units.push({
          kind: 'unit',
          id: `9-${e}-${String(f).padStart(2, '0')}${String(r).padStart(2, '0')}`,
          building: '9',
          entrance: String(e),
          floor: f,
          room: `${String(f).padStart(2, '0')}${String(r).padStart(2, '0')}`,
          type: 'residential',
          area,
          usable_area: (Number(area) * 0.78).toFixed(2),
          layout: '三室两厅',
          state: 'unsold',
          owners: [{ person: pid, since: '2026-03-01' }],
          meters: {
            water: String(40000000 + k),
            electricity: String(4301000000000 + k),
            gas: `XA${String(100000000 + k)}`,
          },
        });
      }
  let seed = 1;
  const rng = {
    next: () => (seed = (seed * 16807) % 2147483647) / 2147483647,
    int(a, b) {
      return a + Math.floor(this.next() * (b - a + 1));
    },
    chance(p) {
      return this.next() < p;
    },
    pick(xs) {
      return xs[Math.floor(this.next() * xs.length)];
    },
  };
  const m = config.movein;
  const { cases, keys } = moveinHistory({
    units,
    people,
    staff,
    from: '2026-11-16',
    asOf: '2026-11-28',
    rng,
    calendar: new WorkCalendar(),
    config: {
      fees: config.fees.items,
      keys: m.keys,
      slots: m.slots,
      rectifyWorkdays: m.rectify_workdays,
      escalateWorkdays: m.escalate_workdays,
      months: m.management_fee_months,
    },
  });
  for (const u of units) write(relPath('unit', u.id), u);
  for (const p of people.values()) write(relPath('person', p.id), p);
  for (const c of cases) write(relPath('movein', c.id), c);
  for (const key of keys) write(relPath('key', key.id), key);
  return dir;
}

const BASELINE = `
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
const para = '业主、物业使用人应遵守下列规定：不得损坏房屋承重结构、主体结构，不得改变房屋外立面，不得违法搭建建筑物、构筑物，不得占用、损坏共用部位、共用设施设备。';
for (let p = 0; p < Number(process.argv[3]); p++) {
  doc.addPage({ size: 'A4', margin: 0 }).font('f').fontSize(16).text('房屋验收交接表', 240, 54, { lineBreak: false });
  doc.fontSize(9).text(para + para, 42, 84, { width: 510 });
  let y = 130;
  for (let r = 0; r < 14; r++) { let x = 42; for (const w of [60, 90, 180, 90, 90]) { doc.fontSize(8.5).rect(x, y, w, 18).stroke().text(r ? '9-1-' + String(100 + r) + ' 主卧 ' + (p * 7 + r) : '部位', x + 3, y + 4, { lineBreak: false }); x += w; } y += 18; }
}
doc.end(); await done;
`;

let baselineFile;
function baseline(env, pages) {
  baselineFile ??= (() => {
    const f = join(PROJECT, 'node_modules', '.cache', `movein-bench-base-${process.pid}.mjs`);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, BASELINE);
    return f;
  })();
  return timed([baselineFile, PROJECT, String(pages)]).secs;
}

/** Rows for tests/bench/run.mjs: the packet of a 500-unit building, merged and one file per unit. */
export const ROWS = ['merged', 'files'].map((mode) => ({
  name: `movein-packet-${mode}`,
  work: `movein packet --building B${mode === 'merged' ? ' --merge' : ' (one file per unit)'}, ${UNITS} units × all forms`,
  target: { min: mode === 'merged' ? 0.66 : 0.25, unit: 'pages/s' },
  ready: (env) => {
    if (!env.moveinRoot) {
      env.moveinRoot = join(env.work, 'movein-building');
      timed([fileURLToPath(import.meta.url), env.moveinRoot, String(UNITS)]);
      const r = timed([
        BIN,
        '--records',
        env.moveinRoot,
        '--json',
        'movein',
        'packet',
        '--building',
        '9',
        '--merge',
        '--out',
        join(env.work, 'movein-count'),
      ]);
      env.moveinPages = JSON.parse(r.stdout).pages;
    }
    return undefined;
  },
  before: (env) => {
    rmSync(join(env.work, `movein-${mode}`), { recursive: true, force: true });
  },
  amount: (env) => env.moveinPages,
  baseline: (env) => baseline(env, env.moveinPages),
  run: (env) =>
    timed([
      BIN,
      '--records',
      env.moveinRoot,
      'movein',
      'packet',
      '--building',
      '9',
      '--out',
      join(env.work, `movein-${mode}`),
      ...(mode === 'merged' ? ['--merge'] : []),
    ]).secs,
}));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, n] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node tests/bench/movein.mjs DIR [UNITS]\n');
    process.exit(2);
  }
  await makeBuilding(resolve(dir), Number(n ?? UNITS));
  if (!existsSync(join(dir, 'movein'))) process.exit(1);
}
