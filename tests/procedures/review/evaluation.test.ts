// The monthly evaluation (manual 五, 六, 一; issue 19 "Staff"): grade bands on the dot, a conduct round through the
// checklist engine feeding a monthly evaluation (deductions from wuye.yaml review.deductions), the manager's scores,
// the staff member's confirmation and the manager's approval, the month's report read back — through the real CLI;
// and the refusals (a criterion the template lacks, above its points, confirming twice, someone else confirming).
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, newRoot, read, tmp, write, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';
import { DEFAULT_BANDS, gradeOf, share, total } from '../../../src/procedures/review/evaluation.js';

describe('evaluation rules', () => {
  it('grade bands: A ≥ 90, B ≥ 80, C ≥ 70, D below; configurable', () => {
    expect([90, 89.9, 80, 79.9, 70, 69.9, 0].map((t) => gradeOf(t))).toEqual(['A', 'B', 'B', 'C', 'C', 'D', 'D']);
    expect(
      gradeOf(85, [
        { grade: '优', min: 85 },
        { grade: '良', min: 0 },
      ]),
    ).toBe('优');
    expect(DEFAULT_BANDS.map((b) => b.min)).toEqual([90, 80, 70, 0]);
  });
  it('a computed share: points × done ÷ of, one decimal; nothing to judge is full marks', () => {
    expect(share(35, 3, 4)).toBe(26.3);
    expect(share(20, 1, 2)).toBe(10);
    expect(share(20, 0, 0)).toBe(20);
    expect(
      total({
        criteria: [
          { id: 'a', points: 50, score: 40.5 },
          { id: 'b', points: 50 },
        ],
      }),
    ).toBe(40.5);
  });
});

describe('wuye review conduct|month|score|confirm|report', () => {
  let root: string;
  const head = () => git(root, ['rev-parse', 'HEAD']);
  beforeAll(() => {
    root = newRoot({ demo: true });
    // the center's own deduction table: a missing badge costs 4 points, not the checklist's 2
    write(root, 'wuye.yaml', `${read(root, 'wuye.yaml')}\nreview:\n  deductions:\n    badge: 4\n`);
    git(root, ['commit', '-qam', 'review deductions']);
  });

  it('a conduct round feeds the monthly evaluation; the manager scores the rest; confirmed, approved, reported', async () => {
    const c = wuye(root, [
      ...['review', 'conduct', '--staff', 'S004', '--date', '2026-10-15'],
      ...['--pass', 'uniform', 'hair', '--fail', 'badge', '--value', 'phone=5', '--note', '工牌未戴', '--as', 'S002'],
    ]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toMatch(/已登记行为规范检查 (JC2026-\d+)（S004）：已查 4\/12 项，扣 7 分（badge、phone）/);
    const jc = /JC2026-\d+/.exec(c.stdout)![0];
    const m = wuye(root, ['review', 'month', '--month', '2026-10', '--staff', 'S004', '--as', 'S002']);
    expect(m.code, m.stderr).toBe(0);
    const id = /KP2026-\d+/.exec(m.stdout)![0];
    const draft = JSON.parse(wuye(root, ['review', 'report', '--month', '2026-10', '--json']).stdout);
    const crit = draft.sheets[1].rows.filter((r: { id: string }) => r.id === id);
    // this round (badge 4 by the center's table + phone 3) and the demo's of 14 October (badge: 4)
    expect(crit.find((r: { criterion: string }) => r.criterion === 'conduct')).toMatchObject({
      points: 20,
      score: 9,
      evidence: `2 次检查，扣 11 分；${jc}(-7)；JC2026-0010(-4)`,
    });
    expect(crit.map((r: { criterion: string }) => r.criterion)).toEqual([
      'complaint-feedback',
      'return-visits',
      'records',
      'satisfaction',
      'conduct',
      'attendance',
      'training',
    ]);
    // drafted twice for the same month: nothing to draft
    expect(wuye(root, ['review', 'month', '--month', '2026-10', '--staff', 'S004', '--as', 'S002']).code).toBe(1);
    // not all scored: the staff member cannot confirm yet
    const early = wuye(root, ['review', 'confirm', id, '--as', 'S004']);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('尚有未评分的项目：records、satisfaction、attendance');

    const s = wuye(root, [
      ...['review', 'score', id, '--set', 'records=14', 'satisfaction=13.5', 'attendance=10'],
      ...['--comment', '工作认真，注意仪容', '--as', 'S002'],
    ]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/总分 [\d.]+，等级 [A-D]，待员工确认/);

    expect(wuye(root, ['review', 'confirm', id, '--as', 'S003']).code).toBe(1); // not their sheet
    const ok = wuye(root, ['review', 'confirm', id, '--as', 'S004']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('待经理审批');
    expect(wuye(root, ['review', 'confirm', id, '--approve', '--as', 'S004']).code).toBe(1); // not a manager
    const ap = wuye(root, ['review', 'confirm', id, '--approve', '--as', 'S002']);
    expect(ap.code, ap.stderr).toBe(0);
    const rec = read(root, `evaluations/2026/${id}.yaml`);
    expect(rec).toContain('state: approved');
    expect(rec).toContain('approved_by: S002');

    const dir = tmp();
    const x = wuye(root, ['review', 'report', '--month', '2026-10', '--xlsx', join(dir, 'kp.xlsx')]);
    expect(x.code, x.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'kp.xlsx'));
    const rows: string[] = [];
    wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).join('|')));
    expect(rows.some((r) => r.startsWith(`${id}|S004|`) && r.includes('经理已审批'))).toBe(true);

    // 岗位考评表, filled and blank
    const f = wuye(root, ['form', 'review-evaluation', id, '--out', join(dir, 'kp.pdf')]);
    expect(f.code, f.stderr).toBe(0);
    const text = pdfText(join(dir, 'kp.pdf')).replace(/\s+/g, '');
    for (const s of [
      '岗位考评表',
      '客服助理岗位考评表',
      'S004',
      '仪容仪表及行为规范检查',
      `${jc}(-7)`,
      '工作认真',
      'A≥90',
    ])
      expect(text).toContain(s);
    expect(wuye(root, ['form', 'review-evaluation', '--blank', '--out', join(dir, 'blank.pdf')]).code).toBe(0);
    expect(pdfText(join(dir, 'blank.pdf')).replace(/\s+/g, '')).toContain('D<70');

    // 仪容仪表及行为规范检查表 of the round: the center's table (badge 4, not the checklist's 2), deducted / score
    const cf = wuye(root, ['form', 'review-conduct', jc, '--out', join(dir, 'jc.pdf')]);
    expect(cf.code, cf.stderr).toBe(0);
    const ct = pdfText(join(dir, 'jc.pdf')).replace(/\s+/g, '');
    for (const s of ['仪容仪表及行为规范检查表', jc, 'S004王雪', '工作牌端正佩戴在左胸襟', '工牌未戴', '7/20'])
      expect(ct).toContain(s);
    expect(wuye(root, ['form', 'review-conduct', '--blank', '--out', join(dir, 'jc0.pdf')]).code).toBe(0);
    const blank = pdfText(join(dir, 'jc0.pdf')).replace(/\s+/g, '');
    expect(blank).toContain('受检员工确认');
    expect(blank).not.toContain('工牌未戴'); // no result on the blank sheet
    expect(blank).not.toContain('S004');
    // a shop round is no conduct check
    const shop = wuye(root, ['form', 'review-conduct', 'JC2026-0001', '--out', join(dir, 'x.pdf')]);
    expect(shop.code).toBe(3);
    expect(shop.stderr).toContain('没有行为规范检查 JC2026-0001');
  });

  it('refusals: a criterion the template lacks, above its points, a computed one without a note, confirming twice — nothing written', () => {
    const m = wuye(root, ['review', 'month', '--month', '2026-09', '--staff', 'S003', '--as', 'S002']);
    expect(m.code, m.stderr).toBe(0);
    const id = /KP2026-\d+/.exec(m.stdout)![0];
    const before = head();
    const a = wuye(root, ['review', 'score', id, '--set', 'nosuch=5', '--as', 'S002']);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('cs-assistant 的考评模板没有项目 nosuch');
    expect(wuye(root, ['review', 'score', id, '--set', 'records=16', '--as', 'S002']).code).toBe(1);
    expect(wuye(root, ['review', 'score', id, '--set', 'conduct=10', '--as', 'S002']).code).toBe(1);
    expect(wuye(root, ['review', 'score', id, '--set', 'records', '--as', 'S002']).code).toBe(2);
    expect(wuye(root, ['review', 'score', id, '--set', 'records=5', '--as', 'S003']).code).toBe(1);
    expect(wuye(root, ['review', 'month', '--month', '2026-13', '--as', 'S002']).code).toBe(2);
    expect(wuye(root, ['review', 'month', '--month', '2027-01', '--as', 'S002']).code).toBe(2);
    expect(wuye(root, ['review', 'conduct', '--staff', 'S003', '--fail', 'nosuch', '--as', 'S002']).code).toBe(2);
    expect(wuye(root, ['review', 'confirm', 'KP2026-0999', '--as', 'S003']).code).toBe(3);
    expect(head()).toBe(before);
    expect(
      wuye(root, ['review', 'score', id, '--set', 'records=14', 'satisfaction=15', 'attendance=10', '--as', 'S002'])
        .code,
    ).toBe(0);
    expect(wuye(root, ['review', 'confirm', id, '--as', 'S003']).code).toBe(0);
    const after = head();
    const twice = wuye(root, ['review', 'confirm', id, '--as', 'S003']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('已确认过');
    expect(wuye(root, ['review', 'score', id, '--set', 'records=15', '--as', 'S002']).code).toBe(1);
    expect(head()).toBe(after);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });

  it('validate: a score above its points, an unscored criterion on a confirmed sheet, two sheets a month', () => {
    const rel = 'evaluations/2026/KP2026-0001.yaml';
    const text = read(root, rel);
    write(
      root,
      rel,
      text.replace(/id: records\n    points: 15\n    score: 14/, 'id: records\n    points: 15\n    score: 16'),
    );
    write(root, 'evaluations/2026/KP2026-0099.yaml', text.replace('KP2026-0001', 'KP2026-0099'));
    const v = wuye(root, ['validate']);
    expect(v.code).toBe(1);
    expect(v.stdout + v.stderr).toContain('records 得分 16 超过分值 15');
    expect(v.stdout + v.stderr).toContain('同月已有考评表');
  });
});
