// The demo estate's renovation cases through the real CLI, read-only (records/ of the
// project): overdue review, inspection gaps by day, every form printed, the report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

const R = join(PROJECT, 'records');
const run = (args: string[]) => wuye(PROJECT, ['--records', R, ...args]);

describe('demo renovation cases', { timeout: 240_000 }, () => {
  it('list --overdue shows the overdue review (received Tue 11-24, due Thu 11-26) and the missed inspection', () => {
    const rows = JSON.parse(run(['renovation', 'list', '--overdue', '--json']).stdout);
    expect(rows).toEqual([
      expect.objectContaining({ id: 'ZX2026-0002', next_step: 'inspection', due: '2026-11-25', overdue: true }),
      expect.objectContaining({ id: 'ZX2026-0005', next_step: 'review', due: '2026-11-26', overdue: true }),
    ]);
    const show = run(['renovation', 'show', 'ZX2026-0006']);
    expect(show.stdout).toContain('主任审批 须于 2026-11-30 24:00 前'); // reviewed Fri 11-27 → Mon 11-30
  });

  it('inspections --missing lists the gaps by day', () => {
    expect(JSON.parse(run(['renovation', 'inspections', '--missing', '--json']).stdout)).toEqual([
      { date: '2026-11-25', id: 'ZX2026-0002', unit: '1-1-0102' },
    ]);
  });

  it('prints every form as extractable text; the permit carries its number, unit, hours and phones', () => {
    const dir = tmp();
    const list = run(['renovation', 'form', '--list']).stdout;
    const names = [
      'application',
      'approval',
      'agreement',
      'pass-application',
      'workers',
      'permit',
      'inspection',
      'violation-notice',
      'acceptance',
      'refund',
    ];
    for (const n of names) expect(list).toContain(n);
    for (const n of names) {
      const out = join(dir, `${n}.pdf`);
      const r = run(['renovation', 'form', n, n === 'refund' ? 'ZX2026-0001' : 'ZX2026-0002', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const permit = pdfText(join(dir, 'permit.pdf'));
    for (const s of ['XK2026-0002', '1-1-0102', '湖南匠心装饰工程有限公司', '08:00-12:00', '0731-85286666'])
      expect(permit).toContain(s);
    const notice = pdfText(join(dir, 'violation-notice.pdf'));
    expect(notice).toContain('ZX2026-0002-V01');
    expect(notice).toContain('违规施工时间');
    const refund = pdfText(join(dir, 'refund.pdf'));
    expect(refund).toContain('¥1,890.00'); // deposits 2000 + 2 passes × 20, less 150 for the corridor wall
    // the same form twice is byte-identical
    const again = join(dir, 'permit2.pdf');
    run(['renovation', 'form', 'permit', 'ZX2026-0002', '--out', again]);
    expect(readFileSync(again).equals(readFileSync(join(dir, 'permit.pdf')))).toBe(true);
    // workers' national ids are masked unless --reveal
    expect(pdfText(join(dir, 'workers.pdf'))).toMatch(/430124\*{8}\d{3}[\dX]/);
  });

  it('the report: by state, timeliness, inspections, violations, deposits', () => {
    const rep = JSON.parse(run(['renovation', 'report', '--json']).stdout);
    const sheet = (n: string) => rep.sheets.find((s: { name: string }) => s.name === n);
    expect(sheet('按状态').rows.find((r: { state: string }) => r.state === '工程审核中')).toMatchObject({
      count: 1,
      overdue: 1,
    });
    expect(sheet('违规').rows.map((r: { kind: string }) => r.kind)).toEqual(
      expect.arrayContaining(['违规施工时间', '现场使用明火', '灭火器配置不足']),
    );
    const dir = tmp();
    const r = run(['renovation', 'report', '--xlsx', join(dir, 'r.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'r.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
