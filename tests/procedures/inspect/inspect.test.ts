// Inspections by checklist end to end through the real CLI (manual 一, 三.8, 三.14, 三.15; issue 19): the rules of
// judging and scoring, every shipped checklist loads, a round from new to record, show (table, JSON, blank and
// filled PDF), list, report (workbook read back), and the refusals — an item the checklist lacks, a value for a
// pass/fail item, a round with nothing inspected: exit 2, nothing written.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';
import { checklistNames, loadChecklist } from '../../../src/procedures/inspect/checklist.js';
import { enteredResults, judge, scoreRound } from '../../../src/procedures/inspect/rules.js';
import { PROJECT } from '../../helpers/cli.js';

let root: string;
const head = () => git(root, ['rev-parse', 'HEAD']).trim();
const fake = { root: PROJECT, config: { templates: 'templates' } } as never;

beforeAll(() => {
  root = newRoot({ demo: true });
});

describe('checklist rules', () => {
  it('a count passes at its maximum and fails one over; a reading passes inside its range', () => {
    expect(judge({ judge: 'count', max: 3 }, 3)).toBe('pass');
    expect(judge({ judge: 'count', max: 3 }, 4)).toBe('fail');
    expect(judge({ judge: 'reading', min: 0, max: 8 }, 8)).toBe('pass');
    expect(judge({ judge: 'reading', min: 0, max: 8 }, 8.5)).toBe('fail');
    expect(judge({ judge: 'reading', min: 0, max: 8 }, -1)).toBe('fail');
  });

  it('the shipped checklists load: conduct, shop, signage, canteen', () => {
    expect(checklistNames(fake)).toEqual(expect.arrayContaining(['conduct', 'shop', 'signage', 'canteen']));
    for (const n of checklistNames(fake)) expect(loadChecklist(fake, n).items.length).toBeGreaterThan(3);
    expect(loadChecklist(fake, 'conduct').items.find((i) => i.id === 'badge')!.clause).toBe('一.3.1.3');
  });

  it('a failed item deducts its points; not applicable leaves the total; unrecorded items are open', () => {
    const cl = loadChecklist(fake, 'conduct');
    const rs = enteredResults(cl, { pass: ['uniform'], fail: ['badge'], na: ['perfume'], values: ['phone=4'] });
    const s = scoreRound(cl, rs);
    expect(s.total).toBe(25 - 1);
    expect(s.deducted).toBe(2 + 3);
    expect(s.failed).toEqual(['badge', 'phone']);
    expect(s.open).toHaveLength(12 - 4);
    expect(() => enteredResults(cl, { pass: ['nosuch'], fail: [], na: [], values: [] })).toThrow(/no item nosuch/);
    expect(() => enteredResults(cl, { pass: [], fail: [], na: [], values: ['badge=1'] })).toThrow(/--pass or --fail/);
    expect(() => enteredResults(cl, { pass: ['badge'], fail: ['badge'], na: [], values: [] })).toThrow(/twice/);
  });
});

describe('wuye inspect', () => {
  it('new, record, show, list: a shop round with a follow-up', async () => {
    const n = wuye(root, [
      'inspect',
      'new',
      'shop',
      '--unit',
      '1-1-0101',
      '--pass',
      'fire',
      'papers',
      '--fail',
      'frontage',
      '--note',
      '门前堆放纸箱',
      '--as',
      'S002',
    ]);
    expect(n.code, n.stderr).toBe(0);
    const rel = 'inspections/2026/JC2026-0014.yaml';
    expect(read(root, rel)).toContain('checklist: shop');
    const r = wuye(root, [
      'inspect',
      'record',
      'JC2026-0014',
      '--pass',
      'no-violations',
      'emissions',
      'surroundings',
      'signs',
      '--photo',
      'IMG_0012.jpg',
      '--follow-up',
      '发整改通知',
      '--ref',
      'GG2026-0009',
      '--as',
      'S002',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(wuye(root, ['inspect', 'show', 'JC2026-0014', '--json']).stdout);
    expect(s.score).toMatchObject({ total: 100, deducted: 15, score: 85, failed: ['frontage'], open: [] });
    expect(s.follow_ups).toEqual([{ what: '发整改通知', ref: 'GG2026-0009' }]);
    expect(s.results.find((x: { item: string }) => x.item === 'frontage').note).toBe('门前堆放纸箱');
    const t = wuye(root, ['inspect', 'show', 'JC2026-0014']);
    expect(t.stdout).toContain('总分 100，扣 15，得 85');
    const l = wuye(root, ['inspect', 'list', '--failed']);
    expect(l.stdout).toContain('JC2026-0014');
    expect(l.stdout).toContain('frontage');
  });

  it('the filled record and the blank sheet as PDF', async () => {
    const dir = tmp();
    expect(wuye(root, ['inspect', 'show', 'JC2026-0014', '--pdf', join(dir, 'jc.pdf')]).code).toBe(0);
    const filled = await pdfText(join(dir, 'jc.pdf'));
    expect(filled).toContain('检查记录表');
    expect(filled).toContain('发整改通知');
    expect(filled).toContain('15 / 85');
    expect(wuye(root, ['inspect', 'show', 'canteen', '--blank', '--pdf', join(dir, 'blank.pdf')]).code).toBe(0);
    const blank = await pdfText(join(dir, 'blank.pdf'));
    expect(blank).toContain('食堂管理检查表');
    expect(blank).toContain('生熟分开');
  });

  it('report: by checklist, failed items, rounds — the workbook read back', async () => {
    const c = wuye(root, [
      'inspect',
      'new',
      'canteen',
      '--place',
      '员工食堂',
      '--value',
      'fridge=9',
      'pests=0',
      '--pass',
      'clean',
      '--as',
      'S002',
    ]);
    expect(c.code, c.stderr).toBe(0);
    const dir = tmp();
    const x = wuye(root, ['inspect', 'report', '--xlsx', join(dir, 'jc.xlsx')]);
    expect(x.code, x.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'jc.xlsx'));
    const rows: string[] = [];
    wb.worksheets[1].eachRow((row) => rows.push((row.values as unknown[]).slice(1).join('|')));
    expect(rows.some((r) => r.includes('15.7') && r.endsWith('|1'))).toBe(true);
    expect(wuye(root, ['inspect', 'report']).stdout).toContain('食堂管理检查表');
  });

  it('refusals: an item the checklist lacks, a value for a pass/fail item, nothing inspected — exit 2, nothing written', () => {
    const before = head();
    const a = wuye(root, ['inspect', 'record', 'JC2026-0014', '--pass', 'nosuch', '--as', 'S002']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('检查表 shop 没有检查项 nosuch');
    expect(wuye(root, ['inspect', 'record', 'JC2026-0014', '--value', 'fire=1', '--as', 'S002']).code).toBe(2);
    expect(wuye(root, ['inspect', 'new', 'conduct', '--place', '大堂', '--as', 'S002']).code).toBe(2);
    expect(wuye(root, ['inspect', 'new', 'nosuch', '--place', '大堂', '--as', 'S002']).code).toBe(3);
    expect(head()).toBe(before);
    expect(existsSync(join(root, 'inspections/2026/JC2026-0016.yaml'))).toBe(false);
  });
});
