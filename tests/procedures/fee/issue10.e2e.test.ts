// Issue 10 on the demo estate, through the real CLI: a manager sets a rate from a date with its document
// (wuye.yaml changes in the item's rates only, a billed period is refused, billing uses the rate in force);
// statements ask for a real date after their own and read overdue lines as overdue, building 3 (fees from
// 11-16, the move-in notice) has its prorated November; dunning runs its ladder with numbered notices.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pdfText } from '../../helpers/pdf.js';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';

const at = (day: string, hm = '10:00') => ({ WUYE_NOW: `${day}T${hm}:00+08:00` });
const pdf = (file: string) => pdfText(file);
/** The text without its line breaks and spaces (a sentence may wrap anywhere). */
const flat = (s: string) => s.replace(/\s+/g, '');

describe('issue 10: rates, statements and dunning on the demo estate', { timeout: 240_000 }, () => {
  const root = newRoot({ demo: true });
  const head = () => git(root, ['rev-parse', 'HEAD']).trim();

  it('fee rate: only a manager, from the first day of a cycle, never over a billed period; wuye.yaml changes only there', () => {
    const before = head();
    const args = ['fee', 'rate', 'mgmt-residential', '--rate', '2.30', '--document', '长发改价服〔2026〕18号'];
    const cashier = wuye(root, [...args, '--from', '2027-02-01', '--as', 'S005'], at('2026-12-01'));
    expect(cashier.code).toBe(1);
    expect(errLine(cashier)).toContain('「调整收费单价」只能由物业服务中心主任或用户服务部经理办理');
    // building 3's move-ins prepaid December and January: those periods are billed
    const billed = wuye(root, [...args, '--from', '2026-12-01', '--as', 'S002'], at('2026-12-01'));
    expect(billed.code).toBe(1);
    expect(errLine(billed)).toMatch(/物业管理费（住宅） 自 2026-12 起已出账（2026-12、2027-01，共 \d+ 行）/);
    const mid = wuye(root, [...args, '--from', '2027-02-15', '--as', 'S002'], at('2026-12-01'));
    expect(mid.code).toBe(1);
    expect(head()).toBe(before);
    const r = wuye(root, [...args, '--from', '2027-02-01', '--as', 'S002'], at('2026-12-01'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('原单价 ¥2.10 执行至 2027-01-31');
    const diff = git(root, ['show', '--format=', '-U0', 'HEAD', '--', 'wuye.yaml']);
    expect(diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      '+          to: 2027-01-31',
      '+        - rate: "2.30"',
      '+          from: 2027-02-01',
      '+          document: 长发改价服〔2026〕18号',
    ]);
    expect(wuye(root, ['validate'], at('2026-12-01')).code).toBe(0);
    // the run of February bills the new rate, January's prepaid lines keep theirs
    expect(wuye(root, ['fee', 'bill', '--period', '2027-02', '--building', '1'], at('2027-02-01')).code).toBe(0);
    expect(read(root, 'fees/2027/1-1-0101.yaml')).toMatch(
      /id: 2027-02\/mgmt-residential\n\s+item: mgmt-residential\n\s+period: 2027-02\n\s+rate: "2.30"/,
    );
    expect(wuye(root, ['fee', 'items', '--date', '2027-02-01'], at('2027-02-01')).stdout).toContain(
      '长发改价服〔2026〕18号',
    );
  });

  it('a statement asks for a real date after its own, reads overdue lines as overdue; building 3 has its November', () => {
    const out = tmp();
    const r = wuye(
      root,
      ['fee', 'statement', '--building', '3', '--period', '2026-11', '--out', out],
      at('2026-12-01'),
    );
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThan(20);
    const notified = pdf(join(out, '3-1-0101-statement.pdf'));
    expect(notified).toMatch(/对账日\s+2026年11月30日\s+缴费截止日\s+2026年12月15日/);
    expect(notified).toContain('91.28 × 2.10 × 15/30天');
    // due on the statement's own date: not overdue yet, and the date asked for is the next due day
    expect(notified).not.toContain('已逾期（');
    const old = tmp();
    wuye(root, ['fee', 'statement', '1-1-0301', '--period', '2026-11', '--out', old], at('2026-12-01'));
    const text = pdf(join(old, '1-1-0301-statement.pdf'));
    expect(text).toMatch(/缴费截止日\s+2026年12月15日/);
    expect(flat(text)).toContain('已逾期（原截止2026-09-15');
    const collection = JSON.parse(wuye(root, ['fee', 'report', 'collection', '--json'], at('2026-12-01')).stdout);
    expect(
      collection.sheets[0].rows.some(
        (x: { building: string; period: string }) => x.building === '3' && x.period === '2026-11',
      ),
    ).toBe(true);
  });

  it('dunning: the final demand waits for the ladder; each notice numbered, the whole debt, the stage’s words', () => {
    const out = tmp();
    const final = wuye(root, ['fee', 'dunning', '--stage', 'final', '--out', out, '--as', 'S005'], at('2026-12-01'));
    expect(final.code).toBe(0);
    expect(final.stderr + final.stdout).toContain('没有到期的「最后催告」');
    expect(final.stderr + final.stdout).toContain('尚未经过前一阶段的催缴');
    const reminder = wuye(
      root,
      ['fee', 'dunning', '--stage', 'reminder', '--out', out, '--as', 'S005'],
      at('2026-12-01'),
    );
    expect(reminder.code).toBe(0);
    const first = readdirSync(out).sort()[0];
    const unit = first.replace('-dunning-reminder.pdf', '');
    const text = pdf(join(out, first));
    expect(text).toContain(`编号：CJ2026-${unit}-01`);
    expect(flat(text)).toContain('如已缴纳，请忽略本通知');
    expect(read(root, `fees/2026/${unit}.yaml`)).toMatch(
      new RegExp(`dunning:\\n\\s+- no: CJ2026-${unit}-01\\n\\s+stage: reminder`),
    );
    // not twice for the same stage and debt; the formal notice waits for the reminder's deadline
    expect(wuye(root, ['fee', 'dunning', '--stage', 'reminder', '--out', out], at('2026-12-02')).stdout).toContain(
      '没有到期的「缴费提醒」',
    );
    const early = wuye(root, ['fee', 'dunning', '--stage', 'formal', '--out', out], at('2026-12-10'));
    expect(early.stderr + early.stdout).toContain('没有到期的「催缴通知」');
    const formal = tmp();
    expect(wuye(root, ['fee', 'dunning', '--stage', 'formal', '--out', formal], at('2026-12-17')).code).toBe(0);
    const f = readdirSync(formal).find((n) => n.startsWith(unit));
    if (f) {
      const t = pdf(join(formal, f));
      expect(flat(t)).toContain(`（CJ2026-${unit}-01）`);
      expect(flat(t)).toContain('本中心将向您发出最后催告');
      expect(flat(t)).not.toContain('请忽略');
    }
    expect(wuye(root, ['validate'], at('2026-12-17')).code).toBe(0);
  });
});
