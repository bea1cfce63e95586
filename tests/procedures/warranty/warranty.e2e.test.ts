// Warranty reports through the real CLI in a throwaway git repo (spec 06; 建设工程质量管理条例 art. 40, 商品房销售管理办法
// art. 33): the building accepted 2024-03-20; unit 1-1-0102 delivered that day, 1-1-0101 three months later. Electrical
// wiring (2 years) in and out on the last day of each clock and the day after, through `warranty report` and
// `hotline log --open warranty` (the desk entry, the report, the unit's delivery date in one commit); out of
// warranty a paid repair in the same commit, then dispatched, done and paid to the cashier; routing, a visit, a
// failed check, completion, the owner's confirmation, the return visit; the developer past the deadline escalated
// to the cs-manager; show, list, stats --xlsx, the three forms. Refusals write nothing.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, tmp, write, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

describe('warranty reports from the desk to the return visit', { timeout: 300_000 }, () => {
  const root = newRoot();
  const run = (args: string[], now: string) => wuye(root, args, { WUYE_NOW: now });
  const ok = (args: string[], now: string) => {
    const r = run(args, now);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const T0 = '2024-01-05T08:00:00+08:00';
  const staff = (id: string, name: string, dept: string, role: string) =>
    ok(['staff', 'add', id, '--name', name, '--email', `${id}@x.cn`, '--department', dept, '--roles', role], T0);
  staff('S002', '客服甲', 'customer-service', 'cs-assistant');
  staff('S003', '工程乙', 'engineering', 'engineer');
  staff('S004', '收银丙', 'finance', 'cashier');
  ok(['unit', 'add', '1-1-0101', '--type', 'residential', '--area', '98.00'], T0);
  ok(['unit', 'add', '1-1-0102', '--type', 'residential', '--area', '88.00'], T0);
  ok(['person', 'add', '--name', '张三', '--phone', '13812345678'], T0);
  ok(['unit', 'update', '1-1-0101', '--add-owner', 'P000001'], T0);
  write(root, 'wuye.yaml', read(root, 'wuye.yaml') + 'warranty:\n  completion_accepted:\n    "*": 2024-03-20\n');
  git(root, ['commit', '-qam', 'the completion acceptance of the project']);
  ok(['fee', 'books', 'issue', 'SJ-0001', '--from', '0000101', '--to', '0000150', '--cashier', 'S004'], T0);
  const head = () => git(root, ['rev-parse', 'HEAD']);
  const unchanged = (h: string) => {
    expect(git(root, ['status', '--porcelain'])).toBe('');
    expect(head()).toBe(h);
  };
  const files = () => git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort();
  const report = (unit: string, at: string, more: string[] = []) =>
    run(
      [
        'warranty',
        'report',
        '--unit',
        unit,
        '--component',
        'electrical',
        '--what',
        '插座回路无电',
        '--at',
        at,
        '--as',
        'S002',
        ...more,
      ],
      `${at}:30+08:00`,
    );
  const json = (id: string, now: string) => JSON.parse(ok(['warranty', 'show', id, '--json'], now).stdout);

  it('refused, nothing written: an unknown component, a unit that does not exist, a delivery before acceptance', () => {
    const h = head();
    const bad = run(
      ['warranty', 'report', '--unit', '1-1-0102', '--component', 'roof', '--what', 'x', '--as', 'S002'],
      '2026-03-19T10:00:00+08:00',
    );
    expect(bad.code).toBe(2);
    expect(errLine(bad)).toContain('--component');
    const none = report('9-9-0909', '2026-03-19T10:00');
    expect(none.code).toBe(2);
    expect(errLine(none)).toContain('9-9-0909');
    const early = report('1-1-0102', '2026-03-19T10:00', ['--delivered', '2024-03-19']);
    expect(early.code).toBe(1);
    expect(errLine(early)).toContain('早于 1 栋的竣工验收合格日期 2024-03-20');
    unchanged(h);
  });

  it('delivered on the acceptance day: in warranty on 2026-03-19 (both clocks), out on 2026-03-20 → a paid repair', () => {
    const r = report('1-1-0102', '2026-03-19T10:00', ['--delivered', '2024-03-20']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('已受理保修报告 ZB2026-0001（电气管线，在保修期内：两个保修期');
    expect(files()).toEqual([
      'hotline/2026/RX20260319-001.yaml',
      'units/1/1-1-0102.yaml',
      'warranty/2026/ZB2026-0001.yaml',
    ]);
    expect(read(root, 'units/1/1-1-0102.yaml')).toContain('delivered_on: 2024-03-20');
    expect(json('ZB2026-0001', '2026-03-19T11:00:00+08:00').decision).toEqual({
      in_warranty: true,
      clock: 'both',
      period: '2 年',
      completion_accepted: '2024-03-20',
      delivered_on: '2024-03-20',
      contractor_end: '2026-03-19',
      developer_end: '2026-03-19',
    });
    const out = report('1-1-0102', '2026-03-20T09:00');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('ZB2026-0002（电气管线）已过保修期');
    expect(out.stdout).toContain('已转为有偿维修 BX2026-0001');
    expect(files()).toEqual([
      'hotline/2026/RX20260320-001.yaml',
      'repairs/2026/BX2026-0001.yaml',
      'warranty/2026/ZB2026-0002.yaml',
    ]);
    const w = json('ZB2026-0002', '2026-03-20T10:00:00+08:00');
    expect(w).toMatchObject({
      state: 'converted',
      repair: 'BX2026-0001',
      decision: { in_warranty: false, clock: 'none' },
    });
    expect(read(root, 'repairs/2026/BX2026-0001.yaml')).toMatch(/warranty: ZB2026-0002[\s\S]*paid: true/);
  });

  it('delivered three months later: the developer runs on to 2026-06-17 (hotline --open warranty), out on 06-18', () => {
    const a = report('1-1-0101', '2026-03-20T14:00', ['--delivered', '2024-06-18', '--person', 'P000001']);
    expect(a.code, a.stderr).toBe(0);
    expect(json('ZB2026-0003', '2026-03-20T15:00:00+08:00').decision).toMatchObject({
      in_warranty: true,
      clock: 'developer',
      contractor_end: '2026-03-19',
      developer_end: '2026-06-17',
    });
    const h = ok(
      [
        'hotline',
        'log',
        '--request',
        '厨房插座没电',
        '--unit',
        '1-1-0101',
        '--person',
        'P000001',
        '--open',
        'warranty',
        '--component',
        'electrical',
        '--at',
        '2026-06-17T10:00',
        '--as',
        'S002',
      ],
      '2026-06-17T10:05:00+08:00',
    );
    expect(h.stdout).toContain('已记录来电 RX20260617-001。已受理保修报告 ZB2026-0004');
    expect(files()).toEqual(['hotline/2026/RX20260617-001.yaml', 'warranty/2026/ZB2026-0004.yaml']);
    expect(read(root, 'hotline/2026/RX20260617-001.yaml')).toMatch(
      /outcome: case\ncase:\n  kind: warranty\n  id: ZB2026-0004/,
    );
    expect(json('ZB2026-0004', '2026-06-17T11:00:00+08:00').decision.clock).toBe('developer');
    // the day after the developer's clock: out of warranty, a paid repair, dispatched, done and paid to the cashier
    const out = report('1-1-0101', '2026-06-18T09:00', ['--person', 'P000001']);
    expect(out.stdout).toContain('已转为有偿维修 BX2026-0002');
    ok(
      ['repair', 'assign', 'BX2026-0002', '--to', 'S003', '--promised', '2026-06-18T10:00', '--as', 'S002'],
      '2026-06-18T09:10:00+08:00',
    );
    ok(['repair', 'arrive', 'BX2026-0002', '--as', 'S003'], '2026-06-18T10:01:00+08:00');
    ok(
      ['repair', 'done', 'BX2026-0002', '--work', '更换插座回路导线', '--charge', '120', '--as', 'S003'],
      '2026-06-18T11:00:00+08:00',
    );
    const paid = ok(
      ['repair', 'signoff', 'BX2026-0002', '--name', '张三', '--method', 'cash', '--cashier', 'S004', '--as', 'S003'],
      '2026-06-18T11:05:00+08:00',
    );
    expect(paid.stdout).toContain('已收费 120.00 元（收据 0000101）');
    expect(read(root, 'fees/2026/1-1-0101.yaml')).toContain('0000101');
  });

  it('routed, visited, a failed check, completed, confirmed by the owner, the return visit closes it', () => {
    const n = (hm: string) => `2026-06-${hm}:00+08:00`;
    const r = ok(
      ['warranty', 'route', 'ZB2026-0004', '--to', 'developer', '--deadline', '2026-06-24', '--as', 'S002'],
      n('17T14:00'),
    );
    expect(r.stdout).toContain('约定 2026-06-24 前整改完毕');
    ok(
      ['warranty', 'visit', 'ZB2026-0004', '--note', '查明导线被钉破', '--who', '开发企业 张工', '--as', 'S002'],
      n('18T09:00'),
    );
    ok(['warranty', 'complete', 'ZB2026-0004', '--work', '更换导线', '--as', 'S002'], n('20T16:00'));
    const h = head();
    const bad = run(['warranty', 'verify', 'ZB2026-0004', '--passed', 'yes', '--as', 'S002'], n('21T10:00'));
    expect(bad.code).toBe(2); // passed needs the owner's confirmation
    unchanged(h);
    ok(['warranty', 'verify', 'ZB2026-0004', '--passed', 'no', '--note', '仍无电', '--as', 'S002'], n('21T10:00'));
    expect(json('ZB2026-0004', n('21T11:00')).state).toBe('routed');
    ok(['warranty', 'complete', 'ZB2026-0004', '--work', '更换整条回路', '--as', 'S002'], n('23T16:00'));
    ok(['warranty', 'verify', 'ZB2026-0004', '--passed', 'yes', '--signed-by', '张三', '--as', 'S002'], n('24T10:00'));
    ok(['warranty', 'callback', 'ZB2026-0004', '--satisfied', 'yes', '--as', 'S002'], n('26T15:00'));
    const w = json('ZB2026-0004', n('26T16:00'));
    expect(w.state).toBe('closed');
    expect(w.log.map((e: { action: string }) => e.action)).toEqual([
      'open',
      'route',
      'visit',
      'complete',
      'reject',
      'complete',
      'verify',
      'callback',
    ]);
    expect(w.signoff.name).toBe('张三');
    expect(ok(['warranty', 'show', 'ZB2026-0004'], n('26T16:00')).stdout).toContain('开发企业至 2026-06-17');
  });

  it('the developer past the deadline: listed overdue, escalated to the cs-manager, who alone agrees a new one', () => {
    ok(
      ['warranty', 'route', 'ZB2026-0003', '--to', 'developer', '--deadline', '2026-03-27', '--as', 'S002'],
      '2026-03-20T16:00:00+08:00',
    );
    const late = JSON.parse(ok(['warranty', 'list', '--overdue', '--json'], '2026-03-30T09:00:00+08:00').stdout);
    expect(late.map((x: { id: string }) => x.id)).toContain('ZB2026-0003');
    expect(late.find((x: { id: string }) => x.id === 'ZB2026-0003')).toMatchObject({
      deadline_missed: true,
      escalated_to: ['S001 ' + JSON.parse(ok(['show', 'S001', '--json'], T0).stdout).name],
    });
    expect(ok(['warranty', 'list', '--overdue'], '2026-03-30T09:00:00+08:00').stdout).toContain(
      '开发企业逾期（2026-03-27），上报 S001',
    );
    const h = head();
    const no = run(
      ['warranty', 'route', 'ZB2026-0003', '--to', 'developer', '--deadline', '2026-04-10', '--as', 'S002'],
      '2026-03-30T09:00:00+08:00',
    );
    expect(no.code).toBe(1);
    unchanged(h);
    ok(
      ['warranty', 'route', 'ZB2026-0003', '--to', 'developer', '--deadline', '2026-04-10', '--as', 'S001'],
      '2026-03-30T09:10:00+08:00',
    );
    expect(ok(['warranty', 'list', '--overdue', '--json'], '2026-03-30T10:00:00+08:00').stdout).not.toContain(
      'ZB2026-0003',
    );
  });

  it('list, stats by component and building (xlsx read back), the three forms filled and blank; validate clean', async () => {
    const now = '2026-06-30T09:00:00+08:00';
    expect(ok(['warranty', 'list', '--component', 'electrical'], now).stdout).toContain('ZB2026-0005');
    const dir = tmp();
    ok(['warranty', 'stats', '--from', '2026-01-01', '--to', '2026-06-30', '--xlsx', join(dir, 'zb.xlsx')], now);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'zb.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按部位', '按栋', '明细']);
    const stats = JSON.parse(
      ok(['warranty', 'stats', '--from', '2026-01-01', '--to', '2026-06-30', '--json'], now).stdout,
    );
    expect(stats.sheets[0].rows[0]).toMatchObject({ reports: 5, inWarranty: 3, converted: 2, completed: 1, open: 2 });
    expect(stats.sheets[1].rows).toEqual([expect.objectContaining({ building: '1', reports: 5 })]);
    for (const [form, id, words] of [
      ['report', 'ZB2026-0002', ['房屋质量问题报修单', '已过保修期', 'BX2026-0001', '2026-03-19']],
      ['transfer', 'ZB2026-0004', ['保修转交单', '2026-06-24', '查明导线被钉破']],
      ['completion', 'ZB2026-0004', ['保修完成确认单', '更换整条回路', '张三', '满意']],
    ] as const) {
      const f = join(dir, `${form}.pdf`);
      ok(['warranty', 'form', form, id, '--out', f], now);
      const text = pdfText(f);
      for (const w of words) expect(text).toContain(w);
      const b = join(dir, `${form}-blank.pdf`);
      ok(['warranty', 'form', form, '--blank', '--out', b], now);
      expect(pdfText(b)).toContain(words[0]);
    }
    expect(run(['validate'], now).code).toBe(0);
  });
});
