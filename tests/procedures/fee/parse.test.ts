// The fee commands' parse functions alone (src/kit/line.ts: parse once, then run): the rules a command line must
// keep — positive amounts, 7-digit receipt numbers, one of unit/--building/--all, a report's --year and --pdf —
// are refused with exit 2 before any lock, prompt or read. e.g. parse(line('pay', ['1-1-0101'], { amount: '0' }))
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { Line } from '../../../src/kit/line.js';
import type { CommandSpec, GroupSpec, Opts } from '../../../src/kit/spec.js';
import { fee } from '../../../src/procedures/fee/index.js';
import * as adjust from '../../../src/procedures/fee/commands/adjust.js';
import * as arrears from '../../../src/procedures/fee/commands/arrears.js';
import * as booksIssue from '../../../src/procedures/fee/commands/books-issue.js';
import * as pay from '../../../src/procedures/fee/commands/pay.js';
import * as receiptVoid from '../../../src/procedures/fee/commands/receipt-void.js';
import * as report from '../../../src/procedures/fee/commands/report.js';
import * as statement from '../../../src/procedures/fee/commands/statement.js';

/** The command line `wuye fee <path…> args --opts` as its command reads it. */
function line(path: string, args: string[] = [], opts: Opts = {}): Line {
  let g: GroupSpec | CommandSpec = fee;
  for (const name of path.split(' ')) g = (g as GroupSpec).commands.find((c) => c.name === name)!;
  return new Line(g as CommandSpec, args, opts);
}

/** The Chinese message of the usage error a parse throws. */
function refused(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as UsageError).text.zh;
  }
  throw new Error('not refused');
}

describe('fee pay', () => {
  const base = { amount: '630.06', method: 'wechat', print: true };
  it('reads the amount in fen, the bills and items as lists, and --no-print', () => {
    expect(
      pay.parse(line('pay', ['1-2-0801'], { ...base, bills: '2026-10/mgmt, 2026-11/mgmt,', print: false })),
    ).toEqual({
      unit: '1-2-0801',
      amount: 63006,
      method: 'wechat',
      only: ['2026-10/mgmt', '2026-11/mgmt'],
      items: undefined,
      lateFees: false,
      deposit: undefined,
      payer: undefined,
      out: undefined, // the default folder is chosen at run time (kit/outpath.ts: out/receipts)
      print: false,
    });
  });
  it('refuses nothing to pay, a bad amount and a unit id that is not one', () => {
    expect(refused(() => pay.parse(line('pay', ['1-2-0801'], { ...base, amount: '0' })))).toBe('--amount 必须大于 0');
    expect(refused(() => pay.parse(line('pay', ['1-2-0801'], { ...base, amount: '1e3' })))).toContain('--amount');
    expect(refused(() => pay.parse(line('pay', ['../x'], base)))).toContain('UNIT');
  });
});

describe('fee adjust', () => {
  const base = { type: 'waiver', bill: '2026-11/mgmt', amount: '50', reason: '漏水补偿', approvedBy: 'S001' };
  it('lets only a correction increase what is due', () => {
    expect(refused(() => adjust.parse(line('adjust', ['1-2-0801'], { ...base, increase: true })))).toBe(
      '--increase 只用于 --type correction',
    );
    expect(adjust.parse(line('adjust', ['1-2-0801'], { ...base, type: 'correction', increase: true }))).toMatchObject({
      type: 'correction',
      amount: 5000,
      increase: true,
      approvedBy: 'S001',
    });
  });
});

describe('fee books issue', () => {
  it('takes two 7-digit numbers, the first not after the last', () => {
    const o = (from: string, to: string) => ({ from, to, cashier: 'S003' });
    expect(booksIssue.parse(line('books issue', ['SJ-0003'], o('0000101', '0000150')))).toEqual({
      id: 'SJ-0003',
      from: '0000101',
      to: '0000150',
      cashier: 'S003',
    });
    expect(refused(() => booksIssue.parse(line('books issue', ['SJ-0003'], o('101', '0000150'))))).toBe(
      '--from 应为 7 位号码，而不是 "101"',
    );
    expect(refused(() => booksIssue.parse(line('books issue', ['SJ-0003'], o('0000150', '0000101'))))).toBe(
      '--from 不能大于 --to',
    );
  });
});

describe('fee receipt void', () => {
  it('refuses a receipt number that is not 7 digits before anything is read', () => {
    expect(refused(() => receiptVoid.parse(line('receipt void', ['12'], { reason: '金额写错' })))).toBe(
      '收据号无效: "12"',
    );
  });
});

describe('fee statement', () => {
  it('takes exactly one of a unit, --building or --all', () => {
    const o = { period: '2026-11', out: 'out' };
    expect(statement.parse(line('statement', [], { ...o, building: '1' }))).toMatchObject({ building: '1' });
    for (const [args, more] of [
      [[], {}],
      [['1-2-0801'], { all: true }],
      [[], { building: '1', all: true }],
    ] as const)
      expect(refused(() => statement.parse(line('statement', [...args], { ...o, ...more })))).toContain('三者选一');
    expect(refused(() => statement.parse(line('statement', [], { ...o, period: '2026-13', all: true })))).toContain(
      '--period',
    );
  });
});

describe('fee arrears', () => {
  it('reads --months as a whole number and --building as a folder name', () => {
    expect(arrears.parse(line('arrears', [], { months: '3', building: 'S1' }))).toMatchObject({
      months: 3,
      building: 'S1',
    });
    expect(refused(() => arrears.parse(line('arrears', [], { months: '-1' })))).toContain('--months');
    expect(refused(() => arrears.parse(line('arrears', [], { building: '../x' })))).toContain('--building');
  });
});

describe('fee report', () => {
  it('knows its reports; the ledger takes --year all; --pdf is the collection report’s', () => {
    expect(report.parse(line('report', ['ledger'], { year: 'all' }))).toMatchObject({
      everyYear: true,
      year: undefined,
    });
    expect(report.parse(line('report', ['collection'], { year: '2026', pdf: 'c.pdf' }))).toMatchObject({
      year: 2026,
      pdf: 'c.pdf',
    });
    expect(refused(() => report.parse(line('report', ['nosuch'])))).toBe('没有报表 nosuch');
    expect(refused(() => report.parse(line('report', ['ledger'], { year: 'al' })))).toBe(
      '--year 应为年份（如 2026）或 all（全部年度），而不是 "al"',
    );
    expect(refused(() => report.parse(line('report', ['arrears'], { year: 'all' })))).toContain('--year');
    expect(refused(() => report.parse(line('report', ['daily'], { pdf: 'd.pdf' })))).toBe(
      '--pdf 只用于 collection 报表',
    );
  });
});
