// `wuye standards` on a crafted estate whose met / not met / no data is known (spec standards.md; issue 19):
// repair satisfaction met by 95% on the dot, on-time missed by one case, rework met at 0, arrival with no data;
// the desk log with one day missing; a clause no procedure measures yet; the table, JSON, workbook and PDF;
// --from after --to refused (exit 2, nothing written).
import { describe, expect, it, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { newRoot, tmp, wuye, write } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';
import { assemble, CATALOGUE } from '../../../src/procedures/quality/rules.js';
import { periodOf } from '../../../src/procedures/quality/commands/standards.js';
import { rateStatus, statusOf } from '../../../src/kit/standards.js';

let root: string;

function order(n: number, o: { late?: boolean; satisfied?: boolean; visit?: boolean }) {
  const id = `BX2026-${String(n).padStart(4, '0')}`;
  const day = `2026-10-${String(n).padStart(2, '0')}`;
  return [
    `repairs/2026/${id}.yaml`,
    [
      'kind: repair',
      `id: ${id}`,
      `received_at: ${day}T09:00:00+08:00`,
      'place: 1栋大堂',
      'description: 灯不亮',
      'urgency: minor',
      'paid: false',
      'received_by: S001',
      `due_at: ${day}T12:00:00+08:00`,
      `done_at: ${day}T${o.late ? '13' : '11'}:00:00+08:00`,
      ...(o.visit === false
        ? []
        : ['callbacks:', `  - at: ${day}T16:00:00+08:00`, '    by: S001', `    satisfied: ${o.satisfied !== false}`]),
      'state: closed',
      'log: []',
      '',
    ].join('\n'),
  ] as const;
}

beforeAll(() => {
  root = newRoot();
  // 20 orders: one done late (19/20 on time: missed by one case), 19 of 20 visits satisfied (95% on the dot)
  for (let n = 1; n <= 20; n++) {
    const [rel, text] = order(n, { late: n === 7, satisfied: n !== 3 });
    write(root, rel, text);
  }
  // the desk log: entries on 2026-11-01, -02 and -04 (the 3rd missing); 2026-11-05 is past the period
  for (const [i, d] of ['2026-11-01', '2026-11-02', '2026-11-04'].entries())
    write(
      root,
      `hotline/2026/RX${d.replace(/-/g, '')}-001.yaml`,
      `kind: hotline\nid: RX${d.replace(/-/g, '')}-001\nat: ${d}T10:0${i}:00+08:00\nchannel: phone\ntype: enquiry\nrequest: 咨询\nreceived_by: S001\noutcome: answered\nanswer: 已答复\n`,
    );
});

const json = (args: string[]) => {
  const r = wuye(root, ['standards', ...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout) as { sheets: { rows: Record<string, string>[] }[] };
  return doc.sheets[1].rows;
};

describe('standards rules', () => {
  it('no data is never met; a rate on the target is met, one case short is not', () => {
    expect(statusOf(0, 0)).toBe('no-data');
    expect(statusOf(5, 0)).toBe('met');
    expect(statusOf(5, 1)).toBe('not-met');
    expect(rateStatus(undefined, 0.95)).toBe('no-data');
    expect(rateStatus(19 / 20, 0.95)).toBe('met');
    expect(rateStatus(18 / 19, 0.95)).toBe('not-met');
    expect(rateStatus(0.01, 0.01, true)).toBe('met');
    expect(rateStatus(2 / 199, 0.01, true)).toBe('not-met');
  });

  it('every clause of standards.md is listed once, in its order; one nothing measures says so', () => {
    const rows = assemble(CATALOGUE, [
      { clause: '7.6', requirement: { zh: 'a', en: 'a' }, measured: '1/1', status: 'met', evidence: [] },
      { clause: '7.6', requirement: { zh: 'b', en: 'b' }, measured: '0/1', status: 'not-met', evidence: ['BX1'] },
      { clause: '99.1', requirement: { zh: 'new', en: 'new' }, measured: '1', status: 'met', evidence: [] },
    ]);
    expect(rows.filter((r) => r.under === '7.6')).toHaveLength(2);
    expect(rows.find((r) => r.clause === '5.4')).toMatchObject({ status: 'no-data', notBuilt: true });
    expect(rows.at(-1)!.clause).toBe('99.1'); // a procedure's new clause grows a row after the list
    expect(rows.map((r) => r.under).filter((c, i, a) => a.indexOf(c) === i)).toEqual([
      ...CATALOGUE.map((c) => c.clause),
      '99.1',
    ]);
  });

  it('4.3 is one row: its parts named, no data only when both have none, not met when either is', () => {
    const part = (zh: string, status: 'met' | 'not-met' | 'no-data', measured: string, evidence: string[]) => ({
      clause: '4.3',
      requirement: { zh, en: zh },
      part: { zh, en: zh },
      measured,
      status,
      evidence,
    });
    const r43 = (a: ReturnType<typeof part>, b: ReturnType<typeof part>) =>
      assemble(CATALOGUE, [a, b]).filter((r) => r.under === '4.3');
    const none = r43(part('重大投诉', 'no-data', '0/0', []), part('突发事件', 'no-data', '0/0', []));
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ status: 'no-data', measured: '重大投诉 0/0；突发事件 0/0' });
    expect(
      r43(part('重大投诉', 'no-data', '0/0', []), part('突发事件', 'met', '2/2', ['JJ1', 'JJ2']))[0],
    ).toMatchObject({ status: 'met', evidence: ['JJ1', 'JJ2'] });
    expect(r43(part('重大投诉', 'not-met', '1/2', ['TS2']), part('突发事件', 'met', '2/2', ['JJ1']))[0]).toMatchObject({
      status: 'not-met',
      measured: '重大投诉 1/2；突发事件 2/2',
      evidence: ['TS2', 'JJ1'],
    });
  });

  it('the period: a year, from/to, a missing end is today', () => {
    expect(periodOf({ year: 2025 }, '2026-11-28')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOf({}, '2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf({ from: '2026-03-01' }, '2026-11-28')).toEqual({ from: '2026-03-01', to: '2026-11-28' });
    expect(periodOf({ to: '2026-06-30' }, '2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
});

describe('wuye standards on a crafted estate', () => {
  it('repairs: on time missed by one case, satisfaction met at 95% on the dot, rework met, arrival no data', () => {
    const rows = json(['--from', '2026-10-01', '--to', '2026-11-04']);
    const r76 = rows.filter((r) => r.clause === '7.6');
    expect(r76.map((r) => [r.measured, r.status])).toEqual([
      ['19/20 (95%)', '未达标'],
      ['0/20 (0%)', '达标'],
      ['19/20 (95%)', '达标'],
    ]);
    expect(r76[0].evidence).toBe('BX2026-0007');
    expect(r76[2].evidence).toBe('BX2026-0003');
    expect(rows.find((r) => r.clause === '7.1')).toMatchObject({ measured: '0/0', status: '无数据' });
  });

  it('the desk log: the one day without an entry is the evidence', () => {
    const rows = json(['--from', '2026-11-01', '--to', '2026-11-04']);
    expect(rows.find((r) => r.clause === '6.6')).toMatchObject({
      measured: '3/4 (75%)',
      status: '未达标',
      evidence: '2026-11-03',
    });
  });

  it('no records in the period: no data, never met; a clause not built yet says so', () => {
    const rows = json(['--year', '2025']);
    for (const c of ['3.6', '3.9', '6.6', '7.6', '12.2', '2.6', '10']) {
      const r = rows.filter((x) => x.clause === c);
      expect(r.length, c).toBeGreaterThan(0);
      for (const x of r) expect(x.status, c).toBe('无数据');
    }
    expect(rows.find((r) => r.clause === '13.1')).toMatchObject({ status: '无数据（wuye 尚未记录）' });
    expect(rows.some((r) => r.status === '达标')).toBe(false);
  });

  it('the table, the workbook read back, and the printed self-assessment', async () => {
    const t = wuye(root, ['standards', '--from', '2026-10-01', '--to', '2026-11-04']);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toContain('服务标准自查表');
    const dir = tmp();
    const x = wuye(root, ['standards', '--from', '2026-10-01', '--to', '2026-11-04', '--xlsx', join(dir, 'bz.xlsx')]);
    expect(x.code, x.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'bz.xlsx'));
    const sheet = wb.worksheets[1];
    const cells: string[] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).join('|')));
    expect(cells.some((c) => c.startsWith('7.6|') && c.includes('19/20 (95%)|未达标|BX2026-0007'))).toBe(true);
    const p = wuye(root, ['standards', '--from', '2026-10-01', '--to', '2026-11-04', '--pdf', join(dir, 'zc.pdf')]);
    expect(p.code, p.stderr).toBe(0);
    const text = await pdfText(join(dir, 'zc.pdf'));
    expect(text).toContain('服务标准自查表');
    expect(text).toContain('BX2026-0007');
    expect(text).toContain('内审员');
  });

  it('--from after --to, or --year with --from: exit 2, nothing written', () => {
    const dir = tmp();
    const r = wuye(root, ['standards', '--from', '2026-11-05', '--to', '2026-11-04', '--xlsx', join(dir, 'a.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from 2026-11-05 晚于 --to 2026-11-04');
    expect(existsSync(join(dir, 'a.xlsx'))).toBe(false);
    expect(wuye(root, ['standards', '--year', '2026', '--from', '2026-01-01']).code).toBe(2);
  });
});
