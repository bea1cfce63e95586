// From a call to a paid repair receipted by the cashier, through the real CLI in a throwaway git repo (manual
// 三.6.6, 三.7.1, 三.7.6): the call and the order in one commit; a technician who is not an engineer refused; a late
// arrival recorded as not punctual; completion before arrival refused; the sign-off takes the payment with the
// cashier's next receipt on the unit's fee account; the return visit closes it; a rework; show, list, stats --xlsx,
// the forms. Refusals write nothing.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, read, wuye } from '../../helpers/cli.js';

const ORDER = 'repairs/2026/BX2026-0001.yaml';

describe('a paid repair from the call to the return visit', { timeout: 240_000 }, () => {
  const root = newRoot();
  const run = (args: string[], now: string) => wuye(root, args, { WUYE_NOW: now });
  const ok = (args: string[], now: string) => {
    const r = run(args, now);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const T0 = '2026-11-02T08:00:00+08:00';
  const staff = (id: string, name: string, dept: string, role: string) =>
    ok(['staff', 'add', id, '--name', name, '--email', `${id}@x.cn`, '--department', dept, '--roles', role], T0);
  staff('S002', '客服甲', 'customer-service', 'cs-assistant');
  staff('S003', '工程乙', 'engineering', 'engineer');
  staff('S004', '收银丙', 'finance', 'cashier');
  ok(['unit', 'add', '1-2-0801', '--type', 'residential', '--area', '120.50'], T0);
  ok(['person', 'add', '--name', '张三', '--phone', '13812345678'], T0);
  ok(['unit', 'update', '1-2-0801', '--add-owner', 'P000001'], T0);
  ok(['fee', 'books', 'issue', 'SJ-0001', '--from', '0000101', '--to', '0000150', '--cashier', 'S004'], T0);
  const head = () => git(root, ['rev-parse', 'HEAD']);
  const unchanged = (h: string) => {
    expect(git(root, ['status', '--porcelain'])).toBe('');
    expect(head()).toBe(h);
  };

  it('the call opens a paid repair in the same commit', () => {
    const r = ok(
      [
        'hotline',
        'log',
        '--request',
        '卫生间水龙头漏水',
        '--unit',
        '1-2-0801',
        '--person',
        'P000001',
        '--open',
        'repair',
        '--paid',
        '--at',
        '2026-11-02T09:00',
        '--as',
        'S002',
      ],
      '2026-11-02T09:01:00+08:00',
    );
    expect(r.stdout).toContain('已受理报修 BX2026-0001（零修，有偿）');
    expect(git(root, ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n')).toEqual([
      'hotline: log RX20261102-001 repair BX2026-0001',
      '',
      'hotline/2026/RX20261102-001.yaml',
      ORDER,
    ]);
    expect(read(root, ORDER)).toMatch(/hotline: RX20261102-001[\s\S]*urgency: minor\npaid: true/);
  });

  it('a technician who is not an engineer, a unit that does not exist: refused, nothing written', () => {
    const h = head();
    const a = run(
      ['repair', 'assign', 'BX2026-0001', '--to', 'S004', '--promised', '2026-11-02T14:00', '--as', 'S002'],
      '2026-11-02T09:10:00+08:00',
    );
    expect(a.code).toBe(1);
    expect(errLine(a)).toContain('S004（收银丙）不是维修人员');
    const u = run(
      ['repair', 'new', '--unit', '9-9-9999', '--what', '漏水', '--as', 'S002'],
      '2026-11-02T09:10:00+08:00',
    );
    expect(u.code).toBe(2);
    expect(errLine(u)).toContain('--unit: 没有房屋 9-9-9999');
    unchanged(h);
  });

  it('dispatch, a late arrival (2 minutes and 1 second), completion before arrival refused', () => {
    ok(
      ['repair', 'assign', 'BX2026-0001', '--to', 'S003', '--promised', '2026-11-02T14:00', '--as', 'S002'],
      '2026-11-02T09:10:00+08:00',
    );
    const r = ok(
      ['repair', 'arrive', 'BX2026-0001', '--at', '2026-11-02T14:02:01', '--as', 'S003'],
      '2026-11-02T14:05:00+08:00',
    );
    expect(r.stdout).toContain('迟到 2 分 1 秒，不准时');
    expect(read(root, ORDER)).toMatch(/arrived_at: 2026-11-02T14:02:01\+08:00\npunctual: false/);
    const h = head();
    const d = run(
      [
        'repair',
        'done',
        'BX2026-0001',
        '--work',
        '换阀芯',
        '--charge',
        '80',
        '--at',
        '2026-11-02T14:01',
        '--as',
        'S003',
      ],
      '2026-11-02T15:00:00+08:00',
    );
    expect(d.code).toBe(1);
    expect(errLine(d)).toContain('早于');
    unchanged(h);
  });

  it('done with materials and the charge; the sign-off pays the cashier with the next receipt', () => {
    // materials resolve through the warehouse (stock/api.ts): an unknown item, or a reference that is no issue of
    // the item, is refused with nothing written; a known one is issued against the order in the same commit
    ok(['stock', 'item', 'add', 'WX001', '--name', '阀芯', '--uom', '个', '--category', 'repair', '--safety', '2'], T0);
    ok(['stock', 'in', 'WX001', '--qty', '5', '--price', '12.00', '--supplier', '五金店', '--as', 'S001'], T0);
    const done = (material: string) => [
      'repair',
      'done',
      'BX2026-0001',
      '--work',
      '更换水龙头阀芯',
      '--material',
      material,
      '--charge',
      '80.00',
      '--at',
      '2026-11-02T14:40',
      '--as',
      'S003',
    ];
    const h = head();
    const unknown = run(done('水龙头:1'), '2026-11-02T14:41:00+08:00');
    expect(unknown.code, unknown.stderr).toBe(1);
    expect(errLine(unknown)).toContain('仓库没有物品 "水龙头"');
    unchanged(h);
    const wrongRef = run(done('阀芯:1:KC2026-0001'), '2026-11-02T14:41:00+08:00');
    expect(wrongRef.code, wrongRef.stderr).toBe(1);
    expect(errLine(wrongRef)).toContain('KC2026-0001 不是 WX001 阀芯 的出库单');
    unchanged(h);
    const beyond = run(done('WX001:6'), '2026-11-02T14:41:00+08:00');
    expect(beyond.code, beyond.stderr).toBe(1);
    expect(errLine(beyond)).toContain('库存只有 5个');
    unchanged(h);
    ok(
      [
        'repair',
        'done',
        'BX2026-0001',
        '--work',
        '更换水龙头阀芯',
        '--material',
        '阀芯:1',
        '--charge',
        '80.00',
        '--items',
        '人工30 材料50',
        '--at',
        '2026-11-02T14:40',
        '--as',
        'S003',
      ],
      '2026-11-02T14:41:00+08:00',
    );
    expect(read(root, ORDER)).toMatch(/materials:\n\s+- item: 阀芯\n\s+qty: 1\n\s+ref: KC2026-0002/);
    expect(read(root, 'stock-moves/2026/KC2026-0002.yaml')).toMatch(/type: out[\s\S]*repair: BX2026-0001/);
    expect(git(root, ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n').filter(Boolean)).toEqual([
      'repair: done BX2026-0001',
      ORDER,
      'stock-moves/2026/KC2026-0002.yaml',
    ]);
    const s = ok(
      [
        'repair',
        'signoff',
        'BX2026-0001',
        '--name',
        '张三',
        '--satisfied',
        'yes',
        '--method',
        'cash',
        '--cashier',
        'S004',
        '--as',
        'S003',
      ],
      '2026-11-02T14:45:00+08:00',
    );
    expect(s.stdout).toContain('已收费 80.00 元（收据 0000101）');
    expect(git(root, ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n')).toEqual([
      'repair: signoff BX2026-0001 receipt 0000101',
      '',
      'fees/2026/1-2-0801.yaml',
      'receipts/SJ-0001.yaml',
      ORDER,
    ]);
    const acc = read(root, 'fees/2026/1-2-0801.yaml');
    expect(acc).toMatch(/id: 2026-11\/repair[\s\S]*amount: "80.00"[\s\S]*receipt: "0000101"/);
    expect(read(root, ORDER)).toMatch(/charge:\n {2}amount: "80.00"[\s\S]*receipt: "0000101"[\s\S]*cashier: S004/);
  });

  it('the return visit closes it; an unsatisfied owner gets a rework; show and list', () => {
    ok(
      ['repair', 'callback', 'BX2026-0001', '--satisfied', 'no', '--comments', '仍滴水', '--as', 'S002'],
      '2026-11-03T10:00:00+08:00',
    );
    expect(read(root, ORDER)).toMatch(/state: closed/);
    const rw = ok(
      ['repair', 'new', '--unit', '1-2-0801', '--what', '水龙头仍滴水', '--rework-of', 'BX2026-0001', '--as', 'S002'],
      '2026-11-03T10:05:00+08:00',
    );
    expect(rw.stdout).toContain('返修 BX2026-0001');
    const show = ok(['repair', 'show', 'BX2026-0001'], '2026-11-03T10:10:00+08:00').stdout;
    expect(show).toContain('迟到 2 分 1 秒，不准时');
    expect(show).toContain('0000101');
    const list = JSON.parse(ok(['repair', 'list', '--open', '--json'], '2026-11-03T10:10:00+08:00').stdout);
    expect(list.map((x: { id: string }) => x.id)).toEqual(['BX2026-0002']);
    const late = JSON.parse(ok(['repair', 'list', '--late', '--json'], '2026-11-03T10:10:00+08:00').stdout);
    expect(late.map((x: { id: string }) => x.id)).toEqual(['BX2026-0001']);
  });

  it('stats: on time, rework 50%, satisfaction 0% against the targets; the xlsx read back', async () => {
    const table = ok(
      ['repair', 'stats', '--from', '2026-11-01', '--to', '2026-11-30'],
      '2026-11-03T11:00:00+08:00',
    ).stdout;
    expect(table).toContain('未达标');
    const file = join(mkdtempSync(join(tmpdir(), 'bx-')), 'bx.xlsx');
    ok(['repair', 'stats', '--from', '2026-11-01', '--to', '2026-11-30', '--xlsx', file], '2026-11-03T11:00:00+08:00');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['指标', '按月', '按维修人员', '维修单']);
    const cells = wb.worksheets[0].getSheetValues().flat().map(String).join(' ');
    expect(cells).toContain('返修率');
    expect(cells).toContain('1/2');
  });

  it('the forms: the work order (filled and blank) and the monthly analysis', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bxf-'));
    for (const args of [
      ['repair', 'form', 'order', 'BX2026-0001', '--out', join(dir, 'o.pdf')],
      ['repair', 'form', 'order', '--blank', '--out', join(dir, 'b.pdf')],
      ['repair', 'form', 'analysis', '2026-11', '--out', join(dir, 'a.pdf')],
    ]) {
      ok(args, '2026-11-03T11:00:00+08:00');
    }
    for (const f of ['o.pdf', 'b.pdf', 'a.pdf'])
      expect(readFileSync(join(dir, f)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(ok(['repair', 'form', '--list'], '2026-11-03T11:00:00+08:00').stdout).toContain('维修派工单');
  });
});
