// The car park through the real CLI on the demo estate (manual 四.10): spaces, a pass issued and renewed
// through the fee account (the cashier's receipt on the unit's account), passes to renew; invoice books issued,
// used per shift, returned and verified; a shift balanced and one short by ¥10.00 with its explanation; and the
// refusals — a number outside the attendant's book or used twice, a pass renewed for a past month, closing a
// book with numbers unaccounted for, a difference without an explanation — each exit 1 with nothing written.
// Then the forms (PDF text) and the month's workbook read back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../helpers/pdf.js';

describe('the car park end to end', { timeout: 300_000 }, () => {
  const root = newRoot({ demo: true });
  const run = (args: string[]) => wuye(root, args);
  const ok = (args: string[]) => {
    const r = run(args);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r;
  };
  const head = () => git(root, ['rev-parse', 'HEAD']).trim();
  const refused = (args: string[], text: RegExp) => {
    const before = head();
    const r = run(args);
    expect(r.code, r.stderr).toBe(1);
    expect(errLine(r)).toMatch(text);
    expect(head()).toBe(before);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  };
  const rec = (rel: string) => jsyaml.load(readFileSync(join(root, rel), 'utf8')) as Record<string, any>;

  it('lists and registers spaces', () => {
    const all = JSON.parse(ok(['parking', 'spaces', '--json']).stdout) as { id: string; type: string }[];
    expect(all.filter((s) => s.type === 'owned')).toHaveLength(10);
    expect(JSON.parse(ok(['parking', 'spaces', '--type', 'visitor', '--json']).stdout)).toHaveLength(5);
    ok(['parking', 'space', 'V-06', '--type', 'visitor', '--area', '12.50', '--as', 'S003']);
    refused(['parking', 'space', 'V-07', '--type', 'visitor', '--plate', '湘A12345', '--as', 'S003'], /访客车位/);
    expect(run(['parking', 'space', 'P1-011', '--plate', 'AB123', '--as', 'S003']).code).toBe(2);
    ok(['parking', 'space', 'P1-011', '--plate', '湘a 99999', '--as', 'S003']);
    expect(rec('parking-spaces/P1-011.yaml').plate).toBe('湘A99999');
  });

  it('a pass is paid through the fee account with the cashier’s receipt, and renewed', () => {
    const yk1 = rec('parking-passes/YK0001.yaml');
    refused(
      ['parking', 'pass', 'new', '--plate', '湘B55555', '--holder', yk1.holder, '--unit', yk1.unit, '--as', 'S003'],
      /收款员/,
    );
    ok([
      'parking',
      'pass',
      'new',
      '--plate',
      '湘B55555',
      '--holder',
      yk1.holder,
      '--unit',
      yk1.unit,
      '--months',
      '3',
      '--method',
      'wechat',
      '--as',
      'S005',
    ]);
    const p = rec('parking-passes/YK0013.yaml');
    expect(p).toMatchObject({ fee: '150.00', since: '2026-11', paid_through: '2027-01' });
    expect(p.payments[0]).toMatchObject({
      from: '2026-11',
      to: '2027-01',
      months: 3,
      amount: '450.00',
      method: 'wechat',
      by: 'S005',
    });
    const account = readFileSync(join(root, `fees/2026/${yk1.unit}.yaml`), 'utf8');
    expect(account).toContain('2026-11/parking-pass');
    expect(account).toContain(`receipt: "${p.payments[0].receipt}"`);
    refused(
      ['parking', 'pass', 'new', '--plate', '湘B55555', '--holder', yk1.holder, '--unit', yk1.unit, '--as', 'S005'],
      /YK0013/,
    );
    // YK0002 lapsed at the end of October: not for a month past, but from this month
    refused(['parking', 'pass', 'renew', 'YK0002', '--from', '2026-10', '--as', 'S005'], /已过去的月份 2026-10/);
    ok(['parking', 'pass', 'renew', 'YK0002', '--months', '2', '--as', 'S005']);
    expect(rec('parking-passes/YK0002.yaml').paid_through).toBe('2026-12');
    refused(['parking', 'pass', 'renew', 'YK0013', '--from', '2026-12', '--as', 'S005'], /已缴至 2027-01/);
    const expiring = (
      JSON.parse(ok(['parking', 'pass', 'list', '--expiring', '--json']).stdout) as { id: string }[]
    ).map((x) => x.id);
    expect(expiring).toContain('YK0003');
    expect(expiring).not.toContain('YK0002');
    expect(expiring).not.toContain('YK0013');
  });

  it('issues a book to the attendant; refuses a wrong denomination, an overlap, a non-cashier', () => {
    const issue = [
      'parking',
      'invoices',
      'issue',
      'FP0101',
      '--code',
      '143002620011',
      '--denomination',
      '5.00',
      '--from',
      '00019001',
      '--to',
      '00019050',
      '--attendant',
      'S009',
    ];
    refused([...issue, '--as', 'S003'], /收款员/);
    refused([...issue.slice(0, 7), '7.00', ...issue.slice(8), '--as', 'S005'], /面额/);
    refused(
      [
        'parking',
        'invoices',
        'issue',
        'FP0101',
        '--code',
        '143002620011',
        '--denomination',
        '5.00',
        '--from',
        '00010001',
        '--to',
        '00010010',
        '--attendant',
        'S009',
        '--as',
        'S005',
      ],
      /重叠/,
    );
    ok([...issue, '--as', 'S005']);
    expect(rec('invoice-books/FP0101.yaml')).toMatchObject({
      first: '00019001',
      last: '00019050',
      issued: { to: 'S009', by: 'S005' },
      state: 'issued',
    });
  });

  it('records the day shift’s invoices; a number outside the book or used twice is refused', () => {
    refused(['parking', 'shift', 'open', '--attendant', 'S009', '--shift', 'night', '--as', 'S009'], /TC2026-1128-1/);
    refused(['parking', 'shift', 'open', '--attendant', 'S003', '--shift', 'night', '--as', 'S003'], /收费员/);
    ok([
      'parking',
      'invoices',
      'use',
      'FP0101',
      '--shift',
      'TC2026-1128-1',
      '--from',
      '00019001',
      '--to',
      '00019020',
      '--void',
      '00019021:打印错误',
      '--as',
      'S009',
    ]);
    refused(
      [
        'parking',
        'invoices',
        'use',
        'FP0101',
        '--shift',
        'TC2026-1128-1',
        '--from',
        '00019015',
        '--to',
        '00019025',
        '--as',
        'S009',
      ],
      /00019015 已使用过/,
    );
    refused(
      [
        'parking',
        'invoices',
        'use',
        'FP0101',
        '--shift',
        'TC2026-1128-1',
        '--from',
        '00019049',
        '--to',
        '00019052',
        '--as',
        'S009',
      ],
      /00019051 不在发票本 FP0101/,
    );
    refused(
      ['parking', 'invoices', 'use', 'FP0101', '--shift', 'TC2026-1128-1', '--void', '00019021:又错', '--as', 'S009'],
      /已作废过/,
    );
  });

  it('the day shift balances: 20 invoices of ¥5 = ¥100.00, WeChat ¥10.00, cash ¥90.00', () => {
    refused(
      ['parking', 'shift', 'close', 'TC2026-1128-1', '--entries', '31', '--cash', '0.00', '--wechat', '120.00'].concat([
        '--explain',
        '全部微信',
        '--as',
        'S005',
      ]),
      /电子收款 ¥120.00 超过已登记的发票 ¥100.00/,
    );
    refused(
      [
        'parking',
        'shift',
        'close',
        'TC2026-1128-1',
        '--entries',
        '31',
        '--cash',
        '80.00',
        '--wechat',
        '10.00',
        '--as',
        'S005',
      ],
      /应交现金 ¥90.00.*短款 ¥10.00/,
    );
    refused(
      [
        'parking',
        'shift',
        'close',
        'TC2026-1128-1',
        '--entries',
        '31',
        '--cash',
        '90.00',
        '--wechat',
        '10.00',
        '--as',
        'S009',
      ],
      /收款员/,
    );
    ok([
      'parking',
      'shift',
      'close',
      'TC2026-1128-1',
      '--entries',
      '31',
      '--cash',
      '90.00',
      '--wechat',
      '10.00',
      '--as',
      'S005',
    ]);
    expect(rec('parking-shifts/2026/TC2026-1128-1.yaml')).toMatchObject({
      state: 'closed',
      entries: 31,
      invoices: [{ book: 'FP0101', count: 20, denomination: '5.00', amount: '100.00' }],
      electronic: [{ method: 'wechat', amount: '10.00' }],
      cash: '90.00',
      expected_cash: '90.00',
      difference: '0.00',
    });
    refused(
      ['parking', 'invoices', 'use', 'FP0101', '--shift', 'TC2026-1128-1', '--from', '00019022', '--as', 'S009'],
      /已交班/,
    );
  });

  it('the night shift is short by ¥10.00 and says why; its book returned and verified', () => {
    ok([
      'parking',
      'invoices',
      'issue',
      'FP0102',
      '--code',
      '143002620012',
      '--denomination',
      '10.00',
      '--from',
      '00029001',
      '--to',
      '00029010',
      '--attendant',
      'S012',
      '--as',
      'S005',
    ]);
    ok(['parking', 'shift', 'open', '--attendant', 'S012', '--shift', 'night', '--as', 'S012']);
    refused(
      ['parking', 'invoices', 'use', 'FP0101', '--shift', 'TC2026-1128-2', '--from', '00019022', '--as', 'S012'],
      /S009/,
    );
    ok([
      'parking',
      'invoices',
      'use',
      'FP0102',
      '--shift',
      'TC2026-1128-2',
      '--from',
      '00029001',
      '--to',
      '00029008',
      '--void',
      '00029009:车牌写错',
      '--as',
      'S012',
    ]);
    refused(['parking', 'invoices', 'check', 'FP0102', '--as', 'S005'], /00029010/);
    ok([
      'parking',
      'shift',
      'close',
      'TC2026-1128-2',
      '--entries',
      '12',
      '--cash',
      '60.00',
      '--alipay',
      '10.00',
      '--explain',
      '找零多找 10 元，收费员已书面说明',
      '--as',
      'S005',
    ]);
    expect(rec('parking-shifts/2026/TC2026-1128-2.yaml')).toMatchObject({
      expected_cash: '70.00',
      cash: '60.00',
      difference: '-10.00',
    });
    ok(['parking', 'invoices', 'return', 'FP0102', '--unused', 'cancelled', '--as', 'S005']);
    ok(['parking', 'invoices', 'check', 'FP0102', '--as', 'S005']);
    expect(rec('invoice-books/FP0102.yaml')).toMatchObject({
      state: 'closed',
      returned: { unused: [{ from: '00029010', to: '00029010' }], disposition: 'cancelled' },
    });
    const flagged = (
      JSON.parse(ok(['parking', 'shift', 'list', '--flagged', '--json']).stdout) as { id: string }[]
    ).map((s) => s.id);
    expect(flagged).toEqual(['TC2026-1114-2', 'TC2026-1128-2']);
    expect(ok(['validate']).code).toBe(0);
  });

  it('prints the pass register, the invoice book register and the handover sheet', () => {
    const dir = tmp();
    const text = (f: string) => pdfText(join(dir, f));
    ok(['parking', 'form', 'pass', 'YK0013', '--out', join(dir, 'pass.pdf')]);
    expect(text('pass.pdf')).toMatch(/停车月卡登记表[\s\S]*湘B55555[\s\S]*2027年1月31日/);
    ok(['parking', 'form', 'invoice-book', 'FP0102', '--out', join(dir, 'book.pdf')]);
    expect(text('book.pdf')).toMatch(/定额发票领用登记表[\s\S]*00029009[\s\S]*车牌写错/);
    ok(['parking', 'form', 'shift', 'TC2026-1128-2', '--out', join(dir, 'shift.pdf')]);
    expect(text('shift.pdf')).toMatch(/收费交接班表[\s\S]*短款 ¥10.00[\s\S]*找零多找/);
    ok(['parking', 'form', 'shift', '--blank', '--out', join(dir, 'blank.pdf')]);
    expect(ok(['parking', 'form', '--list']).stdout).toContain('invoice-book');
  });

  it('the month’s workbook, read back', async () => {
    const file = join(tmp(), 'tc.xlsx');
    ok(['parking', 'report', '--month', '2026-11', '--xlsx', file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '班次', '月卡缴费', '发票本']);
    const rows: unknown[][] = [];
    wb.getWorksheet('班次')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const short = rows.filter((r) => r.includes('TC2026-1114-2') || r.includes('TC2026-1128-2'));
    expect(short.map((r) => r[10])).toEqual([-10, -10]);
    const summary: unknown[][] = [];
    wb.getWorksheet('汇总')!.eachRow((r) => summary.push((r.values as unknown[]).slice(1)));
    expect(summary.find((r) => r[0] === '班次差额（有差额的班次数）')?.slice(1)).toEqual([2, -20]);
    expect(ok(['parking', 'report', '--month', '2026-11', '--format', 'csv']).stdout).toContain('FP0102');
  });
});
