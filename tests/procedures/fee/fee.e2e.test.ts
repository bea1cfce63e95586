// The fee procedure end to end through the real CLI in a throwaway records repository (spec 07-fees.md):
// billing (prorated, vacant discount, idempotent, one commit), payments with receipts from the cashier's book,
// void/reprint, the books register, close-day, adjustments, refunds, arrears, late fees, dunning, statements.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errLine, git, read, tmp, wuye } from '../../helpers/cli.js';
import { feeRoot, ok } from './setup.js';
import { pdfPages, pdfText } from '../../helpers/pdf.js';

const S1 = ['--as', 'S001'];
const CASHIER = ['--as', 'S003'];
const commits = (root: string) => Number(git(root, ['rev-list', '--count', 'HEAD']).trim());

describe('wuye fee: billing, paying, receipts', () => {
  let root: string;
  let out: string;
  beforeAll(() => {
    root = feeRoot();
    out = tmp('fee-out-');
  });

  it('wuye fee items prints the price list', () => {
    const r = ok(wuye(root, ['fee', 'items']));
    expect(r.stdout).toMatch(/物业管理费\s+周期性\s+2\.35\s+元\/平方米·月/);
  });

  it('bills a period once: prorated first month, a vacant unit with no approved application in full, one commit; re-running adds nothing', () => {
    const before = commits(root);
    const dry = ok(wuye(root, ['fee', 'bill', '--period', '2026-09', '--dry-run', ...S1]));
    expect(dry.stdout).toContain('fees/2026/1-1-0101.yaml');
    expect(commits(root)).toBe(before);
    ok(wuye(root, ['fee', 'bill', '--period', '2026-09', ...S1]));
    expect(commits(root)).toBe(before + 1);
    const acc = read(root, 'fees/2026/1-1-0101.yaml');
    // start 2026-09-17: 14 of 30 days; 89.37 × 2.35 × 14 / 30 = 98.0091 → 98.01
    expect(acc).toMatch(/id: 2026-09\/mgmt[\s\S]*?days: 14[\s\S]*?days_in_month: 30[\s\S]*?amount: "98\.01"/);
    // vacant 100.00 m² × 2.35 = 235.00 in full: a unit imported as vacant has no approved discount application
    // (issue 10 item 6; the discount follows `wuye vacant apply-discount`, tests/procedures/vacant)
    const vac = read(root, 'fees/2026/1-1-0102.yaml');
    expect(vac).toMatch(/id: 2026-09\/mgmt[\s\S]*?amount: "235\.00"/);
    expect(vac).not.toMatch(/discount:/);
    const again = ok(wuye(root, ['fee', 'bill', '--period', '2026-09', ...S1]));
    expect(commits(root)).toBe(before + 1);
    expect(again.stdout).toContain('已计费 5 行未重复');
    ok(wuye(root, ['fee', 'bill', '--period', '2026-10', ...S1]));
    expect(wuye(root, ['fee', 'bill', '--period', '2026-13', ...S1]).code).toBe(2);
  });

  it('wuye fee account shows bills, balance and arrears', () => {
    const r = ok(wuye(root, ['fee', 'account', '1-1-0101', '--json']));
    const j = JSON.parse(r.stdout);
    // 98.01 + 4.67 (garbage 10 × 14/30) + 210.02 + 10.00
    expect(j.billed).toBe('322.70');
    expect(j.outstanding).toBe('322.70');
  });

  it('takes a payment oldest first, prints the three-part receipt with the uppercase amount', () => {
    const r = ok(
      wuye(root, [
        'fee',
        'pay',
        '1-1-0101',
        '--amount',
        '200',
        '--method',
        'cash',
        '--payer',
        '王业主',
        '--out',
        out,
        ...CASHIER,
      ]),
    );
    expect(r.stdout).toContain('收据 0000101');
    expect(r.stdout).toContain('人民币贰佰元整');
    const acc = read(root, 'fees/2026/1-1-0101.yaml');
    expect(acc).toMatch(
      /receipt: "0000101"[\s\S]*?bill: 2026-09\/garbage\s+amount: "4\.67"[\s\S]*?bill: 2026-09\/mgmt\s+amount: "98\.01"[\s\S]*?bill: 2026-10\/garbage\s+amount: "10\.00"[\s\S]*?bill: 2026-10\/mgmt\s+amount: "87\.32"/,
    );
    expect(read(root, 'receipts/SJ-0001.yaml')).toMatch(/no: "0000101"\s+status: used/);
    // the account lives at fees/<year>/<unit>.yaml (records.md), its id 2026-1-1-0101; the pay commit wrote exactly that file
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual([
      'fees/2026/1-1-0101.yaml',
      'receipts/SJ-0001.yaml',
    ]);
    expect(existsSync(join(root, 'fees/2026/2026-1-1-0101.yaml'))).toBe(false);
    expect(acc).toMatch(/^kind: fee-account\nid: 2026-1-1-0101\nyear: 2026\nunit: 1-1-0101\n/);
    expect(ok(wuye(root, ['show', '2026-1-1-0101'])).stdout).toMatch(/^# fees\/2026\/1-1-0101\.yaml\n/);
    const log = JSON.parse(ok(wuye(root, ['audit', 'log', '2026-1-1-0101', '--json'])).stdout) as {
      kind: string;
      file: string;
      history: { command: string }[];
    };
    expect(log).toMatchObject({ kind: 'fee-account', file: 'fees/2026/1-1-0101.yaml' });
    expect(log.history.map((h) => h.command.split(' ').slice(0, 3).join(' '))).toEqual([
      'wuye fee pay',
      'wuye fee bill',
      'wuye fee bill',
    ]);
    const pdf = join(out, '0000101-receipt.pdf');
    const text = pdfText(pdf);
    for (const copy of ['第一联 存根', '第二联 收据', '第三联 记账']) expect(text).toContain(copy);
    expect(text.match(/人民币贰佰元整/g)?.length).toBeGreaterThanOrEqual(3);
    // issue 10 #17: each copy has the payee's seal box (财务专用章) and a 合计 row; cut lines between copies
    expect(text.match(/收款单位（盖章）/g)?.length).toBe(3);
    expect(text.match(/财务专用章/g)?.length).toBe(3);
    expect(text.match(/合计（大写）：人民币贰佰元整/g)?.length).toBe(3);
    expect(text.match(/沿虚线裁开/g)?.length).toBe(2);
    expect(pdfPages(pdf)).toBe(1);
  });

  it('prints exact uppercase amounts on the receipt (¥16,409.02 → 人民币壹万陆仟肆佰零玖元零贰分), the rest as prepayment', () => {
    const r = ok(
      wuye(root, ['fee', 'pay', 'S1-1-101', '--amount', '16409.02', '--method', 'transfer', '--out', out, ...CASHIER]),
    );
    expect(r.stdout).toContain('收据 0000102');
    const text = pdfText(join(out, '0000102-receipt.pdf')).replace(/\s+/g, '');
    expect(text).toContain('人民币壹万陆仟肆佰零玖元零贰分');
    // two shop bills of 250.00 paid, the rest prepaid
    expect(read(root, 'fees/2026/S1-1-101.yaml')).toContain('prepaid: "15909.02"');
  });

  it("uses the cashier's next book when one is full, and refuses a non-cashier", () => {
    ok(wuye(root, ['fee', 'pay', '1-1-0102', '--amount', '10', '--method', 'wechat', '--no-print', ...CASHIER]));
    const r = ok(
      wuye(root, ['fee', 'pay', '1-1-0102', '--amount', '10.5', '--method', 'alipay', '--no-print', ...CASHIER]),
    );
    expect(r.stdout).toContain('收据 0000104'); // SJ-0001 (101–103) is used up; SJ-0002 starts at 104
    const bad = wuye(root, ['fee', 'pay', '1-1-0102', '--amount', '10', '--method', 'cash', ...S1]);
    expect(bad.code).toBe(1);
    expect(errLine(bad)).toContain('内勤助理');
    expect(wuye(root, ['fee', 'pay', '1-1-0102', '--amount', '1e3', '--method', 'cash', ...CASHIER]).code).toBe(2);
  });

  it('voids a receipt (number kept with the reason, payment reversed) and reprints one marked 补打 with the same number', () => {
    ok(wuye(root, ['fee', 'receipt', 'void', '0000104', '--reason', '金额写错', ...CASHIER]));
    expect(read(root, 'receipts/SJ-0002.yaml')).toMatch(/no: "0000104"\s+status: void[\s\S]*?reason: 金额写错/);
    expect(read(root, 'fees/2026/1-1-0102.yaml')).toMatch(/void:[\s\S]*?reason: 金额写错/);
    expect(wuye(root, ['fee', 'receipt', 'void', '0000104', '--reason', 'x', ...CASHIER]).code).toBe(1);
    const r = ok(wuye(root, ['fee', 'receipt', 'reprint', '0000101', '--out', out, ...CASHIER]));
    expect(r.stdout).toContain('0000101-receipt-reprint-1.pdf');
    // issue 10 #18: a reprint says 补打 with its count and date on every copy; a second reprint is another document
    const r2 = ok(
      wuye(root, ['fee', 'receipt', 'reprint', '0000101', '--out', out, ...CASHIER], {
        WUYE_NOW: '2026-11-30T15:00:00+08:00',
      }),
    );
    expect(r2.stdout).toContain('0000101-receipt-reprint-2.pdf');
    const text = (n: number) => pdfText(join(out, `0000101-receipt-reprint-${n}.pdf`));
    const count = (s: string, sub: string) => s.split(sub).length - 1;
    expect(count(text(1), '补打 第1次 2026年11月28日')).toBe(3);
    expect(count(text(2), '补打 第2次 2026年11月30日')).toBe(3);
    expect(text(2)).not.toContain('第1次');
    expect(
      readFileSync(join(out, '0000101-receipt-reprint-1.pdf')).equals(
        readFileSync(join(out, '0000101-receipt-reprint-2.pdf')),
      ),
    ).toBe(false);
    // wuye form prints the receipt as last issued: the second reprint
    ok(wuye(root, ['form', 'fee-receipt', '0000101', '--out', join(out, 'form.pdf')]));
    expect(count(pdfText(join(out, 'form.pdf')), '补打 第2次')).toBe(3);
    expect(read(root, 'receipts/SJ-0002.yaml')).not.toContain('0000105');
  });

  it('wuye fee books check lists every number as used, voided or not issued', () => {
    const r = ok(wuye(root, ['fee', 'books', 'check', '--format', 'csv']));
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBe(1 + 3 + 47);
    expect(lines).toContain('SJ-0002,S003,0000104,void,1-1-0102,10.50,金额写错');
    expect(lines).toContain('SJ-0002,S003,0000105,free,,,');
    ok(wuye(root, ['fee', 'books', 'return', 'SJ-0001', ...S1]));
    ok(wuye(root, ['fee', 'books', 'check', 'SJ-0001', '--mark', ...S1]));
    expect(read(root, 'receipts/SJ-0001.yaml')).toMatch(/checked:/);
  });

  it('adjusts by a reversing entry with reason and approver; refunds never beyond what was taken', () => {
    ok(
      wuye(root, [
        'fee',
        'adjust',
        '1-1-0102',
        '--type',
        'waiver',
        '--bill',
        '2026-10/garbage',
        '--amount',
        '10',
        '--reason',
        '空置期间免收',
        '--approved-by',
        'S001',
        ...S1,
      ]),
    );
    expect(read(root, 'fees/2026/1-1-0102.yaml')).toMatch(/type: waiver[\s\S]*?approved_by: S001/);
    const tooMuch = wuye(root, [
      'fee',
      'adjust',
      '1-1-0102',
      '--type',
      'waiver',
      '--bill',
      '2026-10/garbage',
      '--amount',
      '1',
      '--reason',
      'x',
      '--approved-by',
      'S001',
      ...S1,
    ]);
    expect(tooMuch.code).toBe(1);
    ok(
      wuye(root, [
        'fee',
        'pay',
        '1-1-0101',
        '--amount',
        '2000',
        '--method',
        'card',
        '--deposit',
        'reno-deposit',
        '--no-print',
        ...CASHIER,
      ]),
    );
    const over = wuye(root, [
      'fee',
      'refund',
      '1-1-0101',
      '--deposit',
      'reno-deposit',
      '--amount',
      '2000.01',
      '--reason',
      '验收合格',
      '--approved-by',
      'S001',
      ...S1,
    ]);
    expect(over.code).toBe(1);
    ok(
      wuye(root, [
        'fee',
        'refund',
        '1-1-0101',
        '--deposit',
        'reno-deposit',
        '--amount',
        '2000',
        '--reason',
        '验收合格',
        '--approved-by',
        'S001',
        ...S1,
      ]),
    );
    ok(
      wuye(root, [
        'fee',
        'refund',
        'S1-1-101',
        '--amount',
        '100',
        '--reason',
        '退预存',
        '--approved-by',
        'S001',
        ...S1,
      ]),
    );
    expect(JSON.parse(ok(wuye(root, ['fee', 'account', 'S1-1-101', '--json'])).stdout).credit).toBe('15809.02');
  });

  it('closes the day: totals by method, voids on it refused, later payments booked to the next day, validate clean', () => {
    const r = ok(wuye(root, ['fee', 'close-day', '--slip', 'YH-001', '--pdf', join(out, 'daily.pdf'), ...CASHIER]));
    // 200 cash + 16409.02 transfer + 10 wechat + 2000 card (10.50 voided)
    expect(r.stdout).toContain('合计 ¥18,619.02');
    expect(r.stdout).toContain('应存现金 ¥200.00');
    const day = read(root, 'cashdays/2026/2026-11-28-S003.yaml');
    expect(day).toMatch(/cash: "200\.00"/);
    expect(existsSync(join(out, 'daily.pdf'))).toBe(true);
    // a later payment is booked to the next working day (2026-11-28 is a Saturday: Monday 11-30), never refused
    const late = wuye(root, ['fee', 'pay', '1-1-0101', '--amount', '1', '--method', 'cash', '--dry-run', ...CASHIER]);
    expect(late.code, late.stderr).toBe(0);
    expect(late.stdout).toContain('booked 2026-11-30');
    expect(wuye(root, ['fee', 'receipt', 'void', '0000101', '--reason', 'x', ...CASHIER]).code).toBe(1);
    expect(wuye(root, ['fee', 'close-day', ...CASHIER]).code).toBe(1);
    const v = wuye(root, ['validate']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });

  it('validate and audit verify flag a hand edit to a closed day', () => {
    const copy = tmp('fee-copy-');
    execFileSync('git', ['clone', '-q', root, copy]);
    const f = join(copy, 'fees/2026/1-1-0101.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('payer: 王业主', 'payer: 李四'));
    const v = wuye(copy, ['validate']);
    expect(v.code).toBe(1);
    expect(v.stdout + v.stderr).toContain('cashdays/2026/2026-11-28-S003.yaml');
    git(copy, ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-qam', 'hand edit']);
    const a = wuye(copy, ['audit', 'verify']);
    expect(a.stdout + a.stderr).toContain('0000101');
  });

  it('wuye fee arrears ages the debt; wuye fee late-fees computes round(overdue × rate × days)', () => {
    const r = ok(wuye(root, ['fee', 'arrears', '--json']));
    const rows = JSON.parse(r.stdout) as { unit: string; total: string }[];
    expect(rows.find((x) => x.unit === '1-1-0101')!.total).toBe('122.70');
    const lf = JSON.parse(ok(wuye(root, ['fee', 'late-fees', '--as-of', '2026-11-30', '--json'])).stdout) as {
      unit: string;
      bill: string;
      days: number;
      amount: string;
    }[];
    // 2026-10/mgmt of 1-1-0101: 122.70 owing, due 10-15, as of 11-30 → 46 days; 122.70 × 0.0003 × 46 = 1.69326 → 1.69
    expect(lf.find((x) => x.unit === '1-1-0101' && x.bill === '2026-10/mgmt')).toMatchObject({
      days: 46,
      amount: '1.69',
    });
    // recorded on the bill, paid first with --late-fees the next day, the rest waived with a reason
    ok(wuye(root, ['fee', 'late-fees', '--as-of', '2026-11-30', '--building', '1', '--record', ...S1]));
    expect(read(root, 'fees/2026/1-1-0101.yaml')).toMatch(/late_fee:\s+as_of: 2026-11-30\s+days: 46\s+amount: "1\.69"/);
    const next = { WUYE_NOW: '2026-11-30T10:00:00+08:00' };
    ok(
      wuye(
        root,
        ['fee', 'pay', '1-1-0101', '--amount', '1', '--method', 'cash', '--late-fees', '--no-print', ...CASHIER],
        next,
      ),
    );
    expect(read(root, 'fees/2026/1-1-0101.yaml')).toMatch(/bill: 2026-10\/mgmt\s+amount: "1\.00"\s+late_fee: true/);
    ok(
      wuye(
        root,
        [
          'fee',
          'adjust',
          '1-1-0101',
          '--type',
          'late-fee-waiver',
          '--bill',
          '2026-10/mgmt',
          '--amount',
          '0.69',
          '--reason',
          '首次逾期，经理同意减免',
          '--approved-by',
          'S001',
          ...S1,
        ],
        next,
      ),
    );
    expect(JSON.parse(ok(wuye(root, ['fee', 'account', '1-1-0101', '--json'], next)).stdout).late_fees).toBe('0.00');
  });

  it('wuye fee dunning prints notices due and never twice for the same stage and debt', () => {
    const d = tmp('dun-');
    const r = ok(wuye(root, ['fee', 'dunning', '--stage', 'reminder', '--out', d, ...S1]));
    expect(r.stdout).toContain('「缴费提醒」2 份');
    expect(existsSync(join(d, '1-1-0101-dunning-reminder.pdf'))).toBe(true);
    expect(read(root, 'fees/2026/1-1-0101.yaml')).toMatch(/dunning:\s+- no: CJ2026-1-1-0101-01\s+stage: reminder/);
    const again = ok(wuye(root, ['fee', 'dunning', '--stage', 'reminder', '--out', d, ...S1]));
    expect(again.stdout).toContain('没有到期');
    const text = pdfText(join(d, '1-1-0101-dunning-reminder.pdf'));
    expect(text).not.toMatch(/停水|停电|停气/);
  });

  it('wuye fee statement writes one PDF per unit or a merged one, idempotently', () => {
    const d = tmp('st-');
    const r = ok(wuye(root, ['fee', 'statement', '--all', '--period', '2026-10', '--out', d]));
    expect(r.stdout).toContain('写入 3 个文件');
    expect(ok(wuye(root, ['fee', 'statement', '--all', '--period', '2026-10', '--out', d])).stdout).toContain(
      '3 个未变',
    );
    const text = pdfText(join(d, '1-1-0101-statement.pdf'));
    expect(text).toContain('89.37 × 2.35');
    ok(wuye(root, ['fee', 'statement', '1-1-0101', '--period', '2026-10', '--out', d, '--merge']));
    expect(wuye(root, ['fee', 'statement', '--period', '2026-10', '--out', d]).code).toBe(2);
  });

  it('wuye fee report prints ledger, collection, daily, arrears, books and disclosure', async () => {
    const ledger = ok(wuye(root, ['fee', 'report', 'ledger', '--format', 'csv']))
      .stdout.trim()
      .split('\n');
    expect(ledger[0]).toBe('房屋,楼栋,项目,期间,应收,实收,减免,欠费');
    const bad = wuye(root, ['fee', 'report', 'ledger', '--year', 'al']);
    expect(bad.code).toBe(2);
    expect(errLine(bad)).toBe('wuye: --year 应为年份（如 2026）或 all（全部年度），而不是 "al"');
    expect(
      ok(wuye(root, ['fee', 'report', 'ledger', '--year', 'all', '--format', 'csv']))
        .stdout.trim()
        .split('\n').length,
    ).toBeGreaterThanOrEqual(ledger.length);
    // names, never codes (issue 10 #25)
    expect(ledger).toContain('1-1-0101,1,物业管理费,2026-10,210.02,87.32,0.00,122.70');
    const coll = JSON.parse(ok(wuye(root, ['fee', 'report', 'collection', '--json'])).stdout);
    expect(coll.sheets[0].rows.length).toBeGreaterThan(0);
    ok(wuye(root, ['fee', 'report', 'collection', '--pdf', join(out, 'collection.pdf')]));
    expect(existsSync(join(out, 'collection.pdf'))).toBe(true);
    for (const n of ['daily', 'arrears', 'books', 'disclosure']) ok(wuye(root, ['fee', 'report', n, '--json']));
    for (const n of ['ledger', 'collection', 'daily', 'arrears', 'books', 'disclosure']) {
      ok(wuye(root, ['fee', 'report', n, '--xlsx', join(out, `${n}.xlsx`)]));
      expect(
        readFileSync(join(out, `${n}.xlsx`))
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    }
    // the workbooks an office opens (issue 10 #25): names not codes, real dates, one percent style, cached totals
    const ExcelJS = (await import('exceljs')).default;
    const book = async (n: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, `${n}.xlsx`));
      return wb;
    };
    const cells = (ws: import('exceljs').Worksheet) => {
      const v: unknown[] = [];
      ws.eachRow((r, i) => {
        if (i > 5) r.eachCell((c) => v.push(c.value));
      });
      return v;
    };
    const daily = (await book('daily')).worksheets[0];
    const dailyCells = cells(daily).map(String);
    for (const code of ['cash', 'wechat', 'S003']) expect(dailyCells).not.toContain(code);
    const books = (await book('books')).getWorksheet('汇总')!;
    const head = (books.getRow(5).values as unknown[]).map(String);
    const returned = head.indexOf('缴回');
    books.eachRow((r, i) => {
      if (i <= 5) return;
      const v = r.getCell(returned).value;
      if (v !== null && v !== undefined && v !== '' && typeof v !== 'object') throw new Error(`缴回 as text: ${v}`);
      expect(r.getCell(head.indexOf('领用人')).value ?? '').not.toMatch(/^S\d+$/);
    });
    const rates = (await book('collection')).getWorksheet('收缴率')!;
    const rateCol = (rates.getRow(5).values as unknown[]).indexOf('收缴率');
    expect(rateCol).toBeGreaterThan(0);
    expect(rates.getRow(6).getCell(rateCol).numFmt).toBe('0.0%');
    expect(Number(rates.getRow(6).getCell(rateCol).value)).toBeLessThanOrEqual(1);
    const led = (await book('ledger')).worksheets[0];
    const totalRow = led.getRow(led.rowCount);
    expect(totalRow.getCell(1).value).toBe('合计');
    expect((totalRow.getCell(5).value as { result?: number }).result).toBeGreaterThan(0);
    const disc = JSON.parse(ok(wuye(root, ['fee', 'report', 'disclosure', '--json'])).stdout);
    expect(disc.sheets[0].rows.find((x: { item: string }) => x.item === '物业管理费').amount).toBe('185.33');
  });
});
