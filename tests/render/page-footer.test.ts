// The page footer of a form that runs over pages (templates/forms/README.md): every page says 第 i 页 共 n 页 with the
// document's real page count — a long survey analysis (many items and buildings, a long findings text) read back
// page by page through the PDF helper (issue 19: "共 1 页" had been reported on page 1 of 3).
// e.g. renderForm({ form: 'survey/analysis', data }) → pages 1..n each ending 第 i 页 共 n 页
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/root.js';
import { renderForm } from '../../src/render/pdf/index.js';
import { newRoot } from '../helpers/cli.js';
import { pdfPages, pdfText } from '../helpers/pdf.js';

let root: string;
beforeAll(() => {
  root = newRoot();
});

const analysis = (rows: number, suggestions: number) => ({
  survey: { id: 'DC2026-09', title: '2026 年度用户意见调查', analysed: '2026-11-28', previous: '2025' },
  figures: { distributed: '300', returned: '280', valid: '270 / 10', response: '90%', overall: '93%' },
  services: Array.from({ length: 6 }, (_, i) => ({ service: `服务${i + 1}`, rate: 90 + i, previous: 88 + i })),
  items: Array.from({ length: rows }, (_, i) => ({
    service: `服务${(i % 6) + 1}`,
    text: `调查项目 ${i + 1}：报修后维修人员上门是否及时，维修质量是否满意`,
    answered: '270',
    satisfied: '250',
    rate: '92.6%',
    met: '否',
  })),
  groups: Array.from({ length: rows }, (_, i) => ({ group: `${i + 1}栋`, returned: '20', valid: '19', rate: '94%' })),
  actions: [{ no: '1', item: '维修及时', what: '增加夜班维修人员', who: 'S007', due: '2026-12-31', state: '进行中' }],
  findings: Array.from({ length: suggestions }, (_, i) => `${i + 1}. 业主建议：电梯维修再快一些`).join('\n'),
});

describe('page footer', () => {
  it.each([
    [12, 20],
    [40, 90],
  ])('%i rows, %i suggestions: each page numbered against the whole count', async (rows, suggestions) => {
    const config = loadConfig(root);
    const pdf = await renderForm(
      { form: 'survey/analysis', data: analysis(rows, suggestions), id: 'DC2026-09', date: '2026-11-28' },
      { root, config, lang: 'zh' },
    );
    const n = pdfPages(pdf);
    expect(n).toBeGreaterThanOrEqual(rows === 12 ? 2 : 3);
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages).toHaveLength(n);
    pages.forEach((p, i) => {
      expect(p.match(/第 \d+ 页 共 \d+ 页/g), `page ${i + 1}`).toEqual([`第 ${i + 1} 页 共 ${n} 页`]);
    });
  });
});
