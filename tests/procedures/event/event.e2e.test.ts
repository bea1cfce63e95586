// Community events through the real CLI in a throwaway git repo (manual 三.6.7–6.10): the year plan with its gap
// warnings and its form, an event from registration to evaluation with its poster and forms, the refusals
// (evaluating an event not held, holding one before its day, a plan item that does not exist) with nothing
// written, a cancellation, the 14-day evaluation deadline in list --overdue, and the report as xlsx and JSON.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

const at = (iso: string) => ({ WUYE_NOW: iso });
const head = (root: string) => git(root, ['rev-parse', 'HEAD']).trim();

describe('events end to end', { timeout: 240_000 }, () => {
  const root = newRoot();
  const out = tmp();
  const ok = (args: string[], now = '2026-01-05T09:00:00+08:00') => {
    const r = wuye(root, args, at(now));
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  ok(['unit', 'add', '1-1-0101', '--type', 'residential', '--area', '89.00']);
  ok(['unit', 'add', '1-1-0102', '--type', 'residential', '--area', '89.00']);

  it('plans the year item by item, warning of quarters and half-years left empty, and prints the plan', () => {
    const r = ok([
      'event',
      'plan',
      '--year',
      '2026',
      '--month',
      '2',
      '--type',
      'festival',
      '--theme',
      '元宵灯谜会',
      '--budget',
      '800',
    ]);
    expect(r.stderr).toContain('第 2 季度没有计划活动');
    expect(r.stderr).toContain('上半年没有计划业主恳谈会');
    ok([
      'event',
      'plan',
      '--year',
      '2026',
      '--quarter',
      '1',
      '--type',
      'owners-forum',
      '--theme',
      '业主恳谈会',
      '--budget',
      '300',
    ]);
    const list = ok(['event', 'plan', '--year', '2026', '--out', join(out, 'plan.pdf')]);
    expect(list.stdout).toContain('元宵灯谜会');
    const text = pdfText(join(out, 'plan.pdf'));
    expect(text).toContain('年度文化活动计划表');
    expect(text).toContain('¥1,100.00');
    expect(read(root, 'event-plans/HD2026.yaml')).toMatch(/no: 2\n\s+quarter: 1/);
  });

  it('refuses a plan item that does not exist, writing nothing', () => {
    const before = head(root);
    const r = wuye(
      root,
      [
        'event',
        'new',
        '--title',
        'x',
        '--type',
        'festival',
        '--date',
        '2026-02-20',
        '--venue',
        '会所',
        '--plan-item',
        '9',
      ],
      at('2026-01-05T10:00:00+08:00'),
    );
    expect(r.code).toBe(1);
    expect(errLine(r)).toContain('HD2026 没有第 9 项');
    expect(head(root)).toBe(before);
  });

  it('takes an event from planned to evaluated, with its poster, sign-in and evaluation forms', () => {
    const r = ok(
      [
        'event',
        'new',
        '--title',
        '元宵灯谜会',
        '--type',
        'festival',
        '--date',
        '2026-03-03',
        '--time',
        '18:30-20:30',
        '--venue',
        '会所广场',
        '--plan-item',
        '1',
        '--description',
        '挂灯谜三百条，猜中有奖。',
      ],
      '2026-02-01T09:00:00+08:00',
    );
    expect(r.stdout + r.stderr).toContain('HD2026-0001');
    const file = 'events/2026/HD2026-0001.yaml';
    expect(read(root, file)).toContain('budget: "800.00"'); // from the plan item
    ok(
      ['event', 'announce', 'HD2026-0001', '--places', '小区公告栏,1栋大堂', '--out', join(out, 'poster.pdf')],
      '2026-02-20T09:00:00+08:00',
    );
    const poster = pdfText(join(out, 'poster.pdf'));
    expect(poster).toContain('元宵灯谜会');
    expect(poster).toContain('挂灯谜三百条');
    expect(poster).toContain('测试服务中心');

    // held before its day: refused, nothing written
    const before = head(root);
    const early = wuye(root, ['event', 'held', 'HD2026-0001', '--count', '50'], at('2026-03-02T09:00:00+08:00'));
    expect(early.code).toBe(1);
    expect(errLine(early)).toContain('定于 2026-03-03 举办');
    // evaluated before it was held: refused with what to do, nothing written
    const notHeld = wuye(
      root,
      ['event', 'evaluate', 'HD2026-0001', '--feedback', 'a', '--went-well', 'b', '--to-improve', 'c'],
      at('2026-03-02T09:00:00+08:00'),
    );
    expect(notHeld.code).toBe(1);
    expect(errLine(notHeld)).toContain('尚未举办');
    expect(notHeld.stderr).toContain('wuye event held HD2026-0001');
    expect(head(root)).toBe(before);

    ok(
      [
        'event',
        'held',
        'HD2026-0001',
        '--count',
        '86',
        '--units',
        '1-1-0101,1-1-0102',
        '--cost',
        '735.50',
        '--photos',
        'a.jpg',
      ],
      '2026-03-03T21:00:00+08:00',
    );
    expect(read(root, file)).toContain('actual_cost: "735.50"');
    ok(
      [
        'event',
        'evaluate',
        'HD2026-0001',
        '--feedback',
        '业主反映热烈',
        '--went-well',
        '组织有序',
        '--to-improve',
        '提前报名',
        '--satisfaction',
        '95',
        '--out',
        join(out, 'eval.pdf'),
      ],
      '2026-03-06T10:00:00+08:00',
    );
    expect(read(root, file)).toMatch(/state: evaluated/);
    const evalText = pdfText(join(out, 'eval.pdf'));
    expect(evalText).toContain('活动总结评估表');
    expect(evalText).toContain('¥735.50');
    ok(['form', 'event-signin', 'HD2026-0001', '--out', join(out, 'signin.pdf')]);
    expect(pdfText(join(out, 'signin.pdf'))).toContain('1-1-0102');
    expect(existsSync(join(out, 'signin.pdf'))).toBe(true);
  });

  it('cancels with a reason; an event held over 14 days ago without evaluation is overdue', () => {
    ok(
      ['event', 'new', '--title', '端午包粽子', '--type', 'festival', '--date', '2026-06-19', '--venue', '会所'],
      '2026-05-20T09:00:00+08:00',
    );
    ok(['event', 'cancel', 'HD2026-0002', '--reason', '暴雨预警'], '2026-06-18T09:00:00+08:00');
    expect(read(root, 'events/2026/HD2026-0002.yaml')).toContain('cancel_reason: 暴雨预警');
    ok(
      ['event', 'new', '--title', '业主恳谈会', '--type', 'owners-forum', '--date', '2026-07-11', '--venue', '会所'],
      '2026-06-20T09:00:00+08:00',
    );
    ok(['event', 'announce', 'HD2026-0003', '--out', join(out, 'p3.pdf')], '2026-07-01T09:00:00+08:00');
    ok(['event', 'held', 'HD2026-0003', '--count', '30'], '2026-07-11T18:00:00+08:00');
    const onTime = ok(['event', 'list', '--overdue', '--json'], '2026-07-25T09:00:00+08:00');
    expect(JSON.parse(onTime.stdout)).toEqual([]);
    const late = ok(['event', 'list', '--overdue', '--json'], '2026-07-26T09:00:00+08:00');
    expect(JSON.parse(late.stdout)).toMatchObject([{ id: 'HD2026-0003', evaluation_due: '2026-07-25', overdue: true }]);
    expect(ok(['event', 'list'], '2026-07-26T09:00:00+08:00').stdout).toContain('（逾期）');
  });

  it('reports the year: Q2 missed, the forum held in H2 but not in H1, the overdue evaluation', async () => {
    const json = JSON.parse(ok(['--json', 'event', 'report', '--year', '2026'], '2026-07-26T09:00:00+08:00').stdout);
    const standards = json.sheets[0].rows;
    expect(standards.map((r: { clause: string; status: string }) => [r.clause, r.status])).toEqual([
      ['6.7', '未达标'],
      ['6.8', '未达标'],
      ['6.10', '未达标'],
    ]);
    const file = join(out, 'events.xlsx');
    ok(['event', 'report', '--year', '2026', '--xlsx', file], '2026-07-26T09:00:00+08:00');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('季度')!;
    const cells: string[] = [];
    ws.eachRow((row) => cells.push((row.values as unknown[]).join('|')));
    expect(cells.join('\n')).toContain('2026 Q2');
    expect(cells.join('\n')).toContain('未达标');
    const validate = wuye(root, ['validate']);
    expect(validate.code).toBe(0);
  });
});
