// A cashier who has closed the day can still take money (issue 11 item 2; 07-fees.md "Cashier days"; 日结后的收款
// 记到下一天): a payment after the close is booked to the next working day — on the account (booked), the receipt
// (记账日期) and that day's file (taken) — or the cs-manager reopens the close with a reason, kept in the day's file,
// and the cashier closes it again. validate and audit verify stay clean through both.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { errLine, read, tmp, wuye } from '../../helpers/cli.js';
import { pdfText } from '../../render/helpers.js';
import { feeRoot, ok } from './setup.js';

const CASHIER = ['--as', 'S003'];
const MANAGER = ['--as', 'S001'];
/** 2026-11-28 is a Saturday; the next working day is Monday 2026-11-30. */
const at = (time: string) => ({ WUYE_NOW: `2026-11-${time}+08:00` });

describe('payments after the cashier closed the day', () => {
  let root: string;
  let out: string;
  beforeAll(() => {
    root = feeRoot();
    out = tmp('after-close-');
    ok(wuye(root, ['fee', 'pay', '1-1-0101', '--amount', '100', '--method', 'cash', ...CASHIER], at('28T09:30:00')));
    ok(wuye(root, ['fee', 'close-day', ...CASHIER], at('28T17:00:00')));
  });

  it('books a payment taken after the close to the next working day, shown on the receipt', () => {
    const r = ok(
      wuye(
        root,
        ['fee', 'pay', '1-1-0102', '--amount', '1234.50', '--method', 'wechat', '--out', out, ...CASHIER],
        at('28T18:05:00'),
      ),
    );
    expect(r.stdout).toContain('收据 0000102');
    expect(r.stdout).toContain('2026-11-28 已日结，记账日期 2026-11-30');
    const acc = read(root, 'fees/2026/1-1-0102.yaml');
    expect(acc).toMatch(/receipt: "0000102"\s+book: SJ-0001\s+at: 2026-11-28T18:05:00\+08:00\s+booked: 2026-11-30/);
    const text = pdfText(readFileSync(join(out, '0000102-receipt.pdf')));
    expect(text).toContain('记账日期 2026-11-30（日结后收款）');
    // the closed day is untouched; validate and audit verify have nothing to say
    expect(read(root, 'cashdays/2026/2026-11-28-S003.yaml')).not.toContain('0000102');
    expect(wuye(root, ['validate']).code).toBe(0);
    const a = wuye(root, ['audit', 'verify']);
    expect(a.stdout + a.stderr).not.toContain('fee/closed-day');
  });

  it('the next working day closes it: the receipt in that day file, with the day it was taken', () => {
    const daily = ok(wuye(root, ['fee', 'report', 'daily', '--date', '2026-11-30', '--json'], at('30T16:00:00')));
    const rows = JSON.parse(daily.stdout).sheets[0].rows as { no: string; taken: string }[];
    expect(rows).toEqual([expect.objectContaining({ no: '0000102', taken: '2026-11-28' })]);
    const r = ok(wuye(root, ['fee', 'close-day', '--pdf', join(out, 'daily.pdf'), ...CASHIER], at('30T17:00:00')));
    expect(r.stdout).toContain('1 张收据（其中 1 张为前一日日结后所收，记入本日）');
    expect(read(root, 'cashdays/2026/2026-11-30-S003.yaml')).toMatch(
      /no: "0000102"\s+unit: 1-1-0102\s+amount: "1234\.50"\s+method: wechat\s+taken: 2026-11-28/,
    );
    expect(pdfText(readFileSync(join(out, 'daily.pdf')))).toContain('2026-11-28');
    expect(wuye(root, ['validate']).code).toBe(0);
  });

  it('skips a next day that is closed too', () => {
    const r = ok(
      wuye(root, ['fee', 'pay', '1-1-0101', '--amount', '5', '--method', 'cash', ...CASHIER], at('28T19:00:00')),
    );
    expect(r.stdout).toContain('记账日期 2026-12-01');
  });

  it('the cs-manager reopens a closed day with a reason, kept in its file; the cashier closes it again', () => {
    const refused = wuye(
      root,
      ['fee', 'reopen-day', '--cashier', 'S003', '--reason', '补收', ...CASHIER],
      at('28T19:10:00'),
    );
    expect(refused.code).toBe(1);
    expect(errLine(refused)).toContain('重开已日结的一天');
    expect(wuye(root, ['fee', 'reopen-day', '--cashier', 'S003', ...MANAGER], at('28T19:10:00')).code).toBe(2);
    expect(
      wuye(root, ['fee', 'reopen-day', '--date', '2026-11-27', '--cashier', 'S003', '--reason', 'x', ...MANAGER]).code,
    ).toBe(3);
    const r = ok(
      wuye(
        root,
        ['fee', 'reopen-day', '--cashier', 'S003', '--reason', '业主补交现金，当日入账', ...MANAGER],
        at('28T19:10:00'),
      ),
    );
    expect(r.stdout).toContain('已重开 S003 的 2026-11-28（原日结 1 张收据，合计 ¥100.00）');
    const day = read(root, 'cashdays/2026/2026-11-28-S003.yaml');
    expect(day).toMatch(
      /open: true\s+reopened:\s+- at: 2026-11-28T19:10:00\+08:00\s+by: S001\s+reason: 业主补交现金，当日入账\s+closed_at: 2026-11-28T17:00:00\+08:00\s+total: "100\.00"\s+receipts: 1/,
    );
    expect(
      wuye(root, ['fee', 'reopen-day', '--cashier', 'S003', '--reason', 'x', ...MANAGER], at('28T19:11:00')).code,
    ).toBe(1);
    // the reopened day takes a payment as its own again, and a void
    const p = ok(
      wuye(root, ['fee', 'pay', 'S1-1-101', '--amount', '50', '--method', 'cash', ...CASHIER], at('28T19:20:00')),
    );
    expect(p.stdout).not.toContain('记账日期');
    expect(read(root, 'fees/2026/S1-1-101.yaml')).not.toContain('booked');
    ok(wuye(root, ['fee', 'receipt', 'void', '0000101', '--reason', '金额录错', ...CASHIER], at('28T19:25:00')));
    const c = ok(wuye(root, ['fee', 'close-day', '--date', '2026-11-28', ...CASHIER], at('28T19:30:00')));
    expect(c.stdout).toContain('2026-11-28 日结：2 张收据');
    const again = read(root, 'cashdays/2026/2026-11-28-S003.yaml');
    expect(again).not.toContain('open: true');
    expect(again).toContain('reason: 业主补交现金，当日入账');
    expect(again).toContain('closed_at: 2026-11-28T19:30:00+08:00');
    expect(wuye(root, ['validate']).code).toBe(0);
    const a = wuye(root, ['audit', 'verify']);
    expect(a.stdout + a.stderr).not.toContain('fee/closed-day');
    // closed again: a void is refused as before
    expect(wuye(root, ['fee', 'receipt', 'void', '0000104', '--reason', 'x', ...CASHIER], at('28T19:40:00')).code).toBe(
      1,
    );
  });
});
