// The form renderer: text is extractable, output is byte-identical, blank forms
// carry no data, long tables run over pages with 第 i 页 共 n 页, overrides win,
// and batches write one file per item (idempotently) or one merged file.
import { readFileSync, statSync, utimesSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBatch, renderForm } from '../../src/render/pdf/index.js';
import { wrap, fontSet } from '../../src/render/pdf/canvas.js';
import { CONFIG, pdfPages, pdfText, rootWith } from './helpers.js';

const DATA = {
  unit: {
    id: '1-2-0801',
    type: 'residential',
    layout: '三室两厅',
    area: '89.37',
    state: 'occupied',
    meters: { water: 'W1020801' },
    fee_start: '2026-07-01',
  },
  owner: {
    name: '张伟',
    gender: 'male',
    national_id: '110101********1234',
    phones: ['138****5678'],
    emergency: { name: '李娜', phone: '137****1111' },
  },
  members: [{ name: '李娜', relation: '配偶', gender: 'female' }],
  vehicles: [{ plate: '京A12345', space: 'P-023' }],
  documents: ['contract'],
  staff: { name: '王芳' },
};
const FORM = { form: 'registry/owner-registration', data: DATA, id: '1-2-0801', date: '2026-07-01' };

const LONG = `code: T-LONG-01
title: 长表测试
blocks:
  - text: { body: "{{estate.name}}：共 {{n}} 行" }
  - table:
      key: rows
      number: true
      columns:
        - { label: 项目, key: item, width: 3 }
        - { label: 金额, key: amount, format: money, align: right }
      total: { label: 合计, columns: { amount: money } }
  - signatures:
      parties: [{ label: 经办人 }, { label: 业主 }]
`;

describe('renderForm', () => {
  it("prints the center, title, form code, record id and the unit's data as extractable text", async () => {
    const pdf = await renderForm(FORM, { config: CONFIG });
    const text = pdfText(pdf);
    for (const s of [
      '阳光花园物业服务中心',
      '业主/住户情况登记表',
      'KF-DA-01',
      '1-2-0801',
      '张伟',
      '110101********1234',
      '89.37 m²',
      '三室两厅',
      '住宅',
      '京A12345',
      '2026年7月1日',
      '王芳',
      '业主（签字）',
    ])
      expect(text).toContain(s);
    expect(pdfPages(pdf)).toBe(1);
    expect(text.replace(/\s+/g, '')).not.toContain('第1页'); // one page: no page number
  }, 120_000);

  it('gives byte-identical output for the same input, and different bytes for another date', async () => {
    const a = await renderForm(FORM, { config: CONFIG });
    const b = await renderForm(FORM, { config: CONFIG });
    expect(a.equals(b)).toBe(true);
    const c = await renderForm({ ...FORM, date: '2026-07-02' }, { config: CONFIG });
    expect(c.equals(a)).toBe(false);
  });

  it('prints a blank form with the labels and none of the data', async () => {
    const pdf = await renderForm({ ...FORM }, { config: CONFIG, blank: true });
    const text = pdfText(pdf);
    expect(text).toContain('业主/住户情况登记表');
    expect(text).toContain('身份证号码');
    for (const s of ['张伟', '1-2-0801', '89.37', '王芳', '京A12345']) expect(text).not.toContain(s);
  });

  it('runs a long table over pages, repeating its header and numbering 第 i 页 共 n 页', async () => {
    const root = rootWith({ 'templates/forms/test/long.yaml': LONG });
    const rows = Array.from({ length: 90 }, (_, i) => ({ item: `第${i + 1}项 物业服务费`, amount: 10000 + i }));
    const pdf = await renderForm(
      { form: 'test/long', data: { rows, n: 90 }, id: 'X1', date: '2026-11-01' },
      { root, config: CONFIG },
    );
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(pdf);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(`第1页共${pages}页`);
    expect(flat).toContain(`第${pages}页共${pages}页`);
    expect(text).toContain('长表测试（续）');
    expect(text.match(/项目/g)!.length).toBe(pages); // the header on every page
    expect(text).toContain('阳光花园：共 90 行');
    // 90 rows of 100.00 + 0..89 fen = 9000.00 + 40.05
    expect(text).toContain('¥9,040.05');
  });

  it("takes a center's own template from <records>/templates/ over wuye's", async () => {
    const root = rootWith({
      'templates/forms/registry/owner-registration.yaml':
        'code: ZX-99\ntitle: 本中心自定登记表\nblocks:\n  - grid: { fields: [{ label: 房号, key: unit.id }] }\n',
    });
    const text = pdfText(await renderForm(FORM, { root, config: CONFIG }));
    expect(text).toContain('本中心自定登记表');
    expect(text).toContain('ZX-99');
    expect(text).not.toContain('KF-DA-01');
  });

  it('fills a text template from templates/texts with placeholders', async () => {
    const root = rootWith({
      'templates/forms/test/agreement.yaml':
        'code: T-AG-01\ntitle: 协议\nblocks:\n  - text: { template: test/agreement }\n',
      'templates/texts/test/agreement.md':
        '# 前期物业服务协议\n\n甲方：{{center.company}}\n乙方：{{owner.name}}（{{unit.id}}）\n\n- 物业服务费自 {{unit.fee_start|date}} 起计。\n',
    });
    const text = pdfText(
      await renderForm({ form: 'test/agreement', data: DATA, date: '2026-07-01' }, { root, config: CONFIG }),
    );
    expect(text).toContain('前期物业服务协议');
    expect(text).toContain('甲方：阳光物业管理有限公司');
    expect(text).toContain('乙方：张伟（1-2-0801）');
    expect(text).toContain('物业服务费自 2026年7月1日 起计。');
  });

  it('draws a bar chart with its labels and values', async () => {
    const root = rootWith({
      'templates/forms/test/chart.yaml':
        'code: T-CH-01\ntitle: 收缴率\nblocks:\n  - chart: { key: months, label_key: m, value_key: rate, title: 月度收缴率 }\n',
    });
    const text = pdfText(
      await renderForm(
        {
          form: 'test/chart',
          data: {
            months: [
              { m: '9月', rate: 91.5 },
              { m: '10月', rate: 94 },
            ],
          },
          date: '2026-11-01',
        },
        { root, config: CONFIG },
      ),
    );
    for (const s of ['月度收缴率', '9月', '10月', '91.5', '94']) expect(text).toContain(s);
  });
});

describe('wrap', () => {
  it('wraps Chinese at any character within the width and keeps closing punctuation off a line start', () => {
    const { regular } = fontSet(undefined);
    const s =
      '以上资料仅用于物业服务与紧急联络，服务中心负责保密，不向无关第三方提供。资料如有变更，请及时告知服务中心。';
    const lines = wrap(regular, s, 9, 100);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(s);
    for (const l of lines) expect(l).not.toMatch(/^[，。]/);
  });
});

describe('renderBatch', () => {
  const items = ['1-1-0101', '1-1-0102', '1-1-0201'].map((id, i) => ({
    name: `${id}-registration`,
    date: '2026-07-01',
    forms: [
      {
        form: 'registry/owner-registration',
        data: { ...DATA, unit: { ...DATA.unit, id }, owner: { ...DATA.owner, name: `业主${i}` } },
        id,
      },
    ],
  }));

  it('writes one PDF per item, and a second run rewrites nothing', async () => {
    const outDir = join(rootWith({}), 'out');
    const first = await renderBatch(items, { config: CONFIG, outDir, workers: 1 });
    expect(first).toMatchObject({ written: 3, unchanged: 0, pages: 3 });
    expect(readdirSync(outDir).sort()).toEqual([
      '1-1-0101-registration.pdf',
      '1-1-0102-registration.pdf',
      '1-1-0201-registration.pdf',
    ]);
    expect(pdfText(join(outDir, '1-1-0102-registration.pdf'))).toContain('业主1');
    const old = new Date('2020-01-01T00:00:00Z');
    for (const f of first.files) utimesSync(f, old, old);
    const progress: number[] = [];
    const second = await renderBatch(items, {
      config: CONFIG,
      outDir,
      workers: 1,
      onProgress: (d) => progress.push(d),
    });
    expect(second).toMatchObject({ written: 0, unchanged: 3 });
    for (const f of second.files) expect(statSync(f).mtime.getTime()).toBe(old.getTime());
    expect(progress).toEqual([1, 2, 3]);
  });

  it('merges into one PDF, each item on a new page (a new sheet with duplex)', async () => {
    const outDir = join(rootWith({}), 'out');
    const r = await renderBatch(items, { config: CONFIG, outDir, merge: 'all.pdf' });
    expect(r.files).toEqual([join(outDir, 'all.pdf')]);
    expect(pdfPages(r.files[0])).toBe(3);
    const text = pdfText(r.files[0]);
    expect(text.split('\f').filter((p) => p.includes('业主/住户情况登记表')).length).toBe(3);
    const d = await renderBatch(items, { config: CONFIG, outDir, merge: 'duplex.pdf', duplex: true });
    expect(pdfPages(d.files[0])).toBe(5); // 1+1, 1+1, 1
    const again = await renderBatch(items, { config: CONFIG, outDir, merge: 'all.pdf' });
    expect(again.written).toBe(0);
    expect(readFileSync(r.files[0]).length).toBeGreaterThan(10_000);
  });

  it('clears the temporary files a killed batch left, and finishes the work', async () => {
    const root = rootWith({ 'out/.1-1-0101-registration.pdf.4242.7.tmp': 'half a PDF', 'out/notes.txt': 'keep me' });
    const outDir = join(root, 'out');
    const r = await renderBatch(items, { config: CONFIG, outDir, workers: 1 });
    expect(r.written).toBe(3);
    expect(readdirSync(outDir).sort()).toEqual([
      '1-1-0101-registration.pdf',
      '1-1-0102-registration.pdf',
      '1-1-0201-registration.pdf',
      'notes.txt',
    ]);
  });

  it('refuses a file name that could leave the output folder', async () => {
    await expect(
      renderBatch([{ ...items[0], name: '../x' }], { config: CONFIG, outDir: rootWith({}) }),
    ).rejects.toThrow(/bad file name/);
  });
});
