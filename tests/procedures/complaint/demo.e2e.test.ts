// The demo estate's month of desk work through the real CLI, read-only (records/ of the project; today is
// Saturday 2026-11-28): the overdue feedback and the overdue major report, the November statistics (table,
// JSON, an xlsx read back, the PDF with charts), every complaint and hotline form filled and blank, the
// day's desk log with its staffed hours that have no entry.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PROJECT, tmp, wuye } from '../../helpers/cli.js';

const R = join(PROJECT, 'records');
const run = (args: string[]) => wuye(PROJECT, ['--records', R, ...args]);
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

describe('the demo desk', { timeout: 240_000 }, () => {
  it('list --overdue: the feedback due Thu 11-26 and the major report due Fri 11-27', () => {
    const rows = JSON.parse(run(['complaint', 'list', '--overdue', '--json']).stdout);
    expect(rows.map((r: { id: string; clocks: unknown }) => [r.id, r.clocks])).toEqual([
      ['TS2026-0008', [{ deadline: 'feedback', due: '2026-11-26', overdue: true }]],
      [
        'TS2026-0009',
        [
          { deadline: 'feedback', due: '2026-11-30', overdue: false },
          { deadline: 'report', due: '2026-11-27', overdue: true },
        ],
      ],
    ]);
    // every state is there
    const all = JSON.parse(run(['complaint', 'list', '--json']).stdout);
    expect(new Set(all.map((r: { state: string }) => r.state))).toEqual(
      new Set(['received', 'assigned', 'resolved', 'closed']),
    );
    expect(run(['complaint', 'list', '--state', 'resolved']).stdout).toContain('TS2026-0006');
    expect(run(['complaint', 'show', 'TS2026-0009']).stdout).toContain(
      '重大投诉向上通报 须于 2026-11-27 24:00 前（已逾期）',
    );
  });

  it('stats for November: handling rate 3 of 8, feedback on time 4 of 6, against October', async () => {
    const rep = JSON.parse(run(['complaint', 'stats', '--from', '2026-11-01', '--to', '2026-11-30', '--json']).stdout);
    const [now, before] = rep.sheets[0].rows;
    expect(now).toMatchObject({ received: 8, valid: 8, major: 2, validClosed: 3, feedbackOnTime: 4, feedbackLate: 2 });
    expect(now.handlingRate).toBeCloseTo(3 / 8);
    expect(now.feedbackRate).toBeCloseTo(4 / 6);
    expect(before).toMatchObject({ from: '2026-10-01', to: '2026-10-31', received: 2, valid: 1, invalid: 1 });
    const table = run(['complaint', 'stats', '--from', '2026-11-01', '--to', '2026-11-30']);
    expect(table.stdout).toContain('37.5%');
    expect(table.stdout).toContain('【按类别】');
    const dir = tmp();
    const x = run(['complaint', 'stats', '--from', '2026-11-01', '--to', '2026-11-30', '--xlsx', join(dir, 'ts.xlsx')]);
    expect(x.code, x.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'ts.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '按类别', '按月', '明细']);
    const details = wb.getWorksheet('明细')!;
    const ids: string[] = [];
    details.eachRow((row) => {
      const v = String(row.getCell(1).value ?? '');
      if (/^TS2026-\d{4}$/.test(v)) ids.push(v);
    });
    expect(ids).toHaveLength(8);
    const csv = run(['complaint', 'stats', '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'csv']).stdout;
    expect(csv.split('\n')[0]).toContain('投诉');
  });

  it('the analysis PDF draws its charts and says what it found', () => {
    const dir = tmp();
    const pdf = join(dir, 'ts.pdf');
    expect(run(['complaint', 'stats', '--from', '2026-11-01', '--to', '2026-11-30', '--pdf', pdf]).code).toBe(0);
    const t = text(pdf);
    for (const s of [
      '用户投诉统计分析',
      '按类别（件）',
      '近 12 个月受理投诉',
      '本期',
      '上期',
      '有效投诉处理率',
      '37.5%',
      'TS2026-0009',
    ])
      expect(t).toContain(s);
    expect(t).toContain('本期受理投诉 8 件（上期 2 件，+6）');
    // the month's analysis as a form is the same document
    const form = join(dir, 'an.pdf');
    expect(run(['complaint', 'form', 'analysis', '2026-11', '--out', form]).code).toBe(0);
    expect(readFileSync(form).equals(readFileSync(pdf))).toBe(true);
  });

  it('prints the record, the return visit and the day log, filled and blank, masked', () => {
    const dir = tmp();
    expect(run(['complaint', 'form', '--list']).stdout).toMatch(/record[\s\S]*callback[\s\S]*analysis/);
    const rec = join(dir, 'rec.pdf');
    expect(run(['complaint', 'form', 'record', 'TS2026-0003', '--out', rec]).code).toBe(0);
    const r = text(rec);
    for (const s of [
      '用户投诉处理记录表',
      'KF-TS-01',
      'RX20261103-004',
      '查楼下天花渗水源',
      '楼下天花还是湿的',
      '这次修好了',
    ])
      expect(r).toContain(s);
    expect(r).toMatch(/1\d\d\*{4}\d{4}/);
    const cb = join(dir, 'cb.pdf');
    expect(run(['complaint', 'form', 'callback', 'TS2026-0003', '--out', cb]).code).toBe(0);
    expect(text(cb)).toContain('回访记录表');
    const log = join(dir, 'log.pdf');
    expect(run(['form', 'hotline-log', '2026-11-26', '--out', log]).code).toBe(0);
    const l = text(log);
    for (const s of ['24小时值班电话记录表', 'KF-DH-01', '08:00–11:00、12:00–15:00', '立案 投诉 TS2026-0009'])
      expect(l).toContain(s);
    for (const [name, title] of [
      ['record', '用户投诉处理记录表'],
      ['callback', '回访记录表'],
      ['analysis', '用户投诉统计分析'],
    ]) {
      const b = join(dir, `blank-${name}.pdf`);
      expect(run(['complaint', 'form', name, '--blank', '--out', b]).code).toBe(0);
      expect(text(b)).toContain(title);
    }
    const bl = join(dir, 'blank-log.pdf');
    expect(run(['form', 'hotline-log', '--blank', '--out', bl]).code).toBe(0);
    expect(text(bl)).toContain('值班人');
    expect(run(['form', 'complaint-record', 'TS2026-0001', '--out', join(dir, 'f.pdf')]).code).toBe(0);
  });

  it("hotline list --date: the day's entries in order, the staffed hours with no entry", () => {
    const r = run(['hotline', 'list', '--date', '2026-11-26']);
    expect(r.stderr).toContain('值班时段无记录: 08:00–11:00、12:00–15:00');
    const day = JSON.parse(run(['hotline', 'list', '--date', '2026-11-26', '--json']).stdout);
    expect(day.entries.at(-1)).toMatchObject({
      id: 'RX20261126-006',
      received_by: 'S009',
      case: { kind: 'complaint', id: 'TS2026-0009' },
    });
    expect(
      JSON.parse(run(['hotline', 'list', '--date', '2026-11-26', '--type', 'repair', '--json']).stdout).entries.every(
        (e: { type: string }) => e.type === 'repair',
      ),
    ).toBe(true);
  });
});
