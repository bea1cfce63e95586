// Issue 10 on the demo estate, through the real CLI (manual 四.3 5.1.7, 5.2.1–5.2.3): 用户服务部 issues the
// 整改通知书; security's patrols are recorded but are not engineering's daily round; a shortfall of
// extinguishers is put right at once (correct_workdays 0: that day, not an invented 1); no permit for a planned
// period more than half gone unless the dates are agreed again; validate refuses a log entry by staff who had left.
import { describe, expect, it } from 'vitest';
import { errLine, nationalId, newRoot, read, write, wuye } from '../../helpers/cli.js';

const at = (day: string, hm = '10:00') => ({ WUYE_NOW: `${day}T${hm}:00+08:00` });
const F2 = 'renovation/2026/ZX2026-0002.yaml';
const F4 = 'renovation/2026/ZX2026-0004.yaml';

describe('issue 10: renovation roles and rules on the demo estate', { timeout: 240_000 }, () => {
  const root = newRoot({ demo: true });
  const ok = (args: string[], day: string, hm?: string) => {
    const r = wuye(root, args, at(day, hm));
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };

  it('用户服务部 issues the 整改通知书 (5.2.1): a cs-assistant records the violation and its notice', () => {
    const r = ok(
      ['renovation', 'violation', 'ZX2026-0002', '--kind', 'debris', '--what', '楼道堆放装修垃圾', '--as', 'S003'],
      '2026-11-30',
      '09:00',
    );
    expect(r.stdout).toContain('整改通知书 ZX2026-0002-V02');
    expect(read(root, F2)).toMatch(/notice: ZX2026-0002-V02\n\s+kind: debris[\s\S]*?by: S003/);
  });

  it("security's patrol is recorded as such and does not count as engineering's daily round (5.2.2)", () => {
    ok(['renovation', 'inspect', 'ZX2026-0002', '--findings', '巡视正常', '--as', 'S009'], '2026-11-30', '11:00');
    expect(read(root, F2)).toMatch(/by: S009\n\s+patrol: security\n\s+findings: 巡视正常/);
    const missing = JSON.parse(
      wuye(root, ['renovation', 'inspections', '--missing', '--json'], at('2026-12-01')).stdout,
    );
    expect(missing).toContainEqual({ date: '2026-11-30', id: 'ZX2026-0002', unit: '1-1-0102' });
  });

  it('too few extinguishers are put right at once (5.2.3 立即更正): the notice is due the same day', () => {
    const r = ok(
      ['renovation', 'inspect', 'ZX2026-0002', '--findings', '灭火器不足', '--extinguishers', '1', '--as', 'S007'],
      '2026-12-01',
      '10:30',
    );
    expect(r.stderr).toContain('整改期限 2026-12-01'); // ceil(81.42 / 50) = 2 required
    const missing = JSON.parse(
      wuye(root, ['renovation', 'inspections', '--missing', '--json'], at('2026-12-02')).stdout,
    );
    expect(missing).not.toContainEqual({ date: '2026-12-01', id: 'ZX2026-0002', unit: '1-1-0102' });
  });

  it('no permit once the planned period is more than half gone; the dates agreed again are recorded', () => {
    // ZX2026-0004: approved, planned 2026-12-01 … 2027-01-31 (62 days); its deposit and debris fee held from move-in
    ok(
      [
        ...['renovation', 'workers', 'add', 'ZX2026-0004', '--name', '李木工'],
        ...['--national-id', nationalId('43010519850202234'), '--trade', 'carpenter'],
      ],
      '2027-01-04',
      '09:00',
    );
    ok(['renovation', 'pay', 'ZX2026-0004', '--item', 'all', '--as', 'S005'], '2027-01-04', '09:30');
    const late = wuye(root, ['renovation', 'permit', 'ZX2026-0004'], at('2027-01-04', '10:00'));
    expect(late.code).toBe(1);
    expect(errLine(late)).toContain('已过去 34/62 天（过半），不能按原工期发施工许可证');
    expect(late.stderr).toContain('--start 日期 --end 日期');
    const past = wuye(
      root,
      ['renovation', 'permit', 'ZX2026-0004', '--start', '2027-01-03', '--end', '2027-02-28'],
      at('2027-01-04', '10:00'),
    );
    expect(past.code).toBe(1);
    ok(['renovation', 'permit', 'ZX2026-0004', '--start', '2027-01-06', '--end', '2027-02-28'], '2027-01-04', '10:00');
    const text = read(root, F4);
    expect(text).toMatch(/planned:\n\s+start: 2027-01-06\n\s+end: 2027-02-28/);
    expect(text).toMatch(
      /action: permit\n\s+state: permitted\n\s+note: 工期改为 2027-01-06 至 2027-02-28（原 2026-12-01 至 2027-01-31）/,
    );
  });

  it('validate: every log entry was made by staff in post that day (S010 left on 2025-06-30)', () => {
    expect(wuye(root, ['validate'], at('2027-01-04', '11:00')).code).toBe(0);
    const text = read(root, F2);
    write(
      root,
      F2,
      text
        .replace(/(action: violation\n)/, '$1')
        .replace('by: S003\n    action: violation', 'by: S010\n    action: violation'),
    );
    const r = wuye(root, ['validate', F2], at('2027-01-04', '11:00'));
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('S010（曾佳怡）2026-11-30 已离职（离职 2025-06-30）');
    write(root, F2, text);
  });
});
