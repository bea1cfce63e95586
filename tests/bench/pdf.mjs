// PDF throughput (spec quality.md "Performance"): pages/s of wuye's form
// renderer against pdfkit drawing the same pages with the same font into one
// document. Targets: merged ≥ 0.66×, one file per unit ≥ 0.25× the baseline.
// Runs on dist/ (npm run build first). Standalone: node tests/bench/pdf.mjs [pages]
// Importable: const r = await benchPdf({ pages: 500 }) → { baseline, merged, perFile, ratios }
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = join(HERE, '..', '..', 'dist');
const require = createRequire(import.meta.url);

const CONFIG = { center: { name: '阳光花园物业服务中心', estate: '阳光花园' }, templates: 'templates' };

// A statement-like page: header, title, a grid of 6 fields, a 12-row fee table, a total, signatures.
const TEMPLATE = `code: CW-BENCH-01
title: 物业服务费缴费通知单
blocks:
  - grid:
      columns: 3
      fields:
        - { label: 房号, key: unit }
        - { label: 业主, key: owner }
        - { label: 面积, key: area, format: area }
        - { label: 账期, key: period }
        - { label: 应缴, key: due, format: money }
        - { label: 截止日, key: due_date, format: date }
  - table:
      key: lines
      number: true
      columns:
        - { label: 收费项目, key: item, width: 2 }
        - { label: 期间, key: period, width: 1.5 }
        - { label: 数量, key: qty, align: right }
        - { label: 单价, key: rate, align: right }
        - { label: 金额, key: amount, format: money, align: right }
      total: { label: 合计, columns: { amount: money } }
  - signatures:
      parties:
        - { label: 经办人 }
        - { label: 业主（签字） }
`;

function unitData(i) {
  const unit = `${1 + (i % 20)}-${1 + (i % 3)}-${String(100 + (i % 33) * 100 + (i % 4) + 1).padStart(4, '0')}`;
  const lines = Array.from({ length: 12 }, (_, k) => ({
    item: ['物业服务费', '公共能耗分摊', '水费', '电费', '停车费', '垃圾清运费'][k % 6],
    period: `2026-${String(1 + k).padStart(2, '0')}`,
    qty: String(10 + k),
    rate: '2.35',
    amount: 10000 + k * 137 + i,
  }));
  return {
    unit,
    owner: `业主${i}`,
    area: '89.37',
    period: '2026-11',
    due: lines.reduce((a, l) => a + l.amount, 0),
    due_date: '2026-11-15',
    lines,
  };
}

/** pdfkit drawing the same page by hand into one document (the baseline). */
async function baseline(pages, fontPath) {
  const PDFDocument = require('pdfkit');
  const fontkit = require('fontkit');
  const font = fontkit.create(readFileSync(fontPath));
  const t0 = performance.now();
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0) } });
  doc.registerFont('f', font);
  const done = new Promise((res) => {
    let n = 0;
    doc.on('data', (b) => {
      n += b.length;
    });
    doc.on('end', () => res(n));
  });
  for (let p = 0; p < pages; p++) {
    const d = unitData(p);
    doc.addPage({ size: 'A4', margin: 0 }).font('f');
    doc.fontSize(9).text(CONFIG.center.name, 260, 34, { lineBreak: false });
    doc.moveTo(42, 48).lineTo(553, 48).stroke();
    doc.fontSize(16).text('物业服务费缴费通知单', 220, 54, { lineBreak: false });
    doc
      .fontSize(8.5)
      .text(`编号：${d.unit}`, 42, 80, { lineBreak: false })
      .text('表格编号：CW-BENCH-01', 470, 80, { lineBreak: false });
    let y = 100;
    const f = [
      ['房号', d.unit],
      ['业主', d.owner],
      ['面积', '89.37 m²'],
      ['账期', d.period],
      ['应缴', `¥${(d.due / 100).toFixed(2)}`],
      ['截止日', '2026年11月15日'],
    ];
    f.forEach(([l, v], i) => {
      const x = 42 + (i % 3) * 170;
      if (i && i % 3 === 0) y += 20;
      doc.rect(x, y, 71, 20).fillColor('#f0f0f0').fill();
      doc
        .lineWidth(0.6)
        .strokeColor('#444')
        .rect(x, y, 71, 20)
        .stroke()
        .rect(x + 71, y, 99, 20)
        .stroke();
      doc
        .fillColor('#222')
        .fontSize(9)
        .text(l, x + 4, y + 4, { lineBreak: false })
        .text(v, x + 75, y + 4, { lineBreak: false });
    });
    y += 26;
    const cols = [28, 161, 120, 80, 80, 80];
    const row = (cells) => {
      let x = 42;
      cells.forEach((c, i) => {
        doc.rect(x, y, cols[i], 20).stroke();
        doc.text(c, x + 4, y + 4, { lineBreak: false });
        x += cols[i];
      });
      y += 20;
    };
    row(['序号', '收费项目', '期间', '数量', '单价', '金额']);
    d.lines.forEach((l, k) => row([String(k + 1), l.item, l.period, l.qty, l.rate, `¥${(l.amount / 100).toFixed(2)}`]));
    row(['', '合计', '', '', '', `¥${(d.due / 100).toFixed(2)}`]);
    y += 16;
    doc.text('经办人：', 42, y, { lineBreak: false }).text('业主（签字）：', 300, y, { lineBreak: false });
    doc
      .moveTo(80, y + 13)
      .lineTo(280, y + 13)
      .stroke()
      .moveTo(360, y + 13)
      .lineTo(540, y + 13)
      .stroke();
    doc
      .text('日期：______年____月____日', 42, y + 22, { lineBreak: false })
      .text('日期：______年____月____日', 300, y + 22, { lineBreak: false });
  }
  doc.end();
  const bytes = await done;
  return { pages, seconds: (performance.now() - t0) / 1000, bytes };
}

export async function benchPdf({ pages = 300 } = {}) {
  const { renderBatch } = await import(pathToFileURL(join(DIST, 'render/pdf/index.js')).href);
  const { packageFontsDir, fontSet, glyfFontFile } = await Promise.all([
    import(pathToFileURL(join(DIST, 'render/pdf/fonts.js')).href),
    import(pathToFileURL(join(DIST, 'render/pdf/canvas.js')).href),
  ]).then(([a, b]) => ({ ...a, ...b }));
  const root = mkdtempSync(join(tmpdir(), 'wuye-bench-pdf-'));
  try {
    mkdirSync(join(root, 'templates/forms/bench'), { recursive: true });
    writeFileSync(join(root, 'templates/forms/bench/statement.yaml'), TEMPLATE);
    fontSet(undefined, root); // warm: loading the fonts once is not what is measured
    const items = Array.from({ length: pages }, (_, i) => ({
      name: `u${i}-statement`,
      date: '2026-11-01',
      forms: [{ form: 'bench/statement', data: unitData(i), id: `u${i}` }],
    }));
    const opts = { root, config: CONFIG, lang: 'zh' };
    const otf = join(packageFontsDir(), 'NotoSansHans-Regular.otf');
    const base = await baseline(pages, otf);
    // the same drawing with the converted glyf font wuye prints with: the stricter comparison
    const baseGlyf = await baseline(pages, glyfFontFile(otf));
    let t0 = performance.now();
    const m = await renderBatch(items, { ...opts, outDir: join(root, 'out-merged'), merge: 'all.pdf' });
    const merged = { pages: m.pages, seconds: (performance.now() - t0) / 1000 };
    t0 = performance.now();
    const f = await renderBatch(items, { ...opts, outDir: join(root, 'out-files') });
    const perFile = { pages: f.pages, seconds: (performance.now() - t0) / 1000, files: f.files.length };
    const rate = (r) => r.pages / r.seconds;
    return {
      baseline: { ...base, pagesPerSecond: rate(base) },
      baselineGlyf: {
        ...baseGlyf,
        pagesPerSecond: rate(baseGlyf),
        mergedRatio: rate(merged) / rate(baseGlyf),
        perFileRatio: rate(perFile) / rate(baseGlyf),
      },
      merged: { ...merged, pagesPerSecond: rate(merged), ratio: rate(merged) / rate(base), target: 0.66 },
      perFile: { ...perFile, pagesPerSecond: rate(perFile), ratio: rate(perFile) / rate(base), target: 0.25 },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchPdf({ pages: Number(process.argv[2] ?? 300) });
  const f = (x) => x.toFixed(0).padStart(6);
  console.log(`baseline (pdfkit, one document)  ${f(r.baseline.pagesPerSecond)} pages/s`);
  console.log(
    `baseline with wuye's glyf font      ${f(r.baselineGlyf.pagesPerSecond)} pages/s  (merged ${r.baselineGlyf.mergedRatio.toFixed(2)}×, per file ${r.baselineGlyf.perFileRatio.toFixed(2)}×)`,
  );
  console.log(
    `wuye merged                       ${f(r.merged.pagesPerSecond)} pages/s  ${r.merged.ratio.toFixed(2)}× (target ≥ 0.66) ${r.merged.ratio >= 0.66 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `wuye one file per unit            ${f(r.perFile.pagesPerSecond)} pages/s  ${r.perFile.ratio.toFixed(2)}× (target ≥ 0.25) ${r.perFile.ratio >= 0.25 ? 'met' : 'NOT met'}`,
  );
}
