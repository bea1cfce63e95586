// Issue 12 "Bad records" 13, 14, 15: one hand-edited record never stops the estate nor shows wrong numbers —
// the command that needs it says file:line:column and exits 1, a report goes past it naming it (exit 1 at
// the end, the count of skipped records), a reader validates what it shows; a --period past the configured
// horizon is refused. Each refusal writes nothing.
// e.g. amount: 161.99 (unquoted) → wuye fee account 1-1-0102 → "fees/2026/1-1-0102.yaml:11:13: 字段 bills.0.amount 类型错误…", exit 1
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errLine, git, newRoot, wuye, type RunResult } from '../helpers/cli.js';

const root = newRoot({ demo: true });
const ACC = 'fees/2026/1-1-0102.yaml';
const original = readFileSync(join(root, ACC), 'utf8');
const head = () => git(root, ['rev-parse', 'HEAD']).trim();
/** The last `wuye:` line: what a command that went past bad records says at its end. */
const lastErr = (r: RunResult) =>
  r.stderr
    .split('\n')
    .filter((l) => l.startsWith('wuye:'))
    .pop();
const status = () => git(root, ['status', '--porcelain', '--untracked-files=all']);

/** The fee account with its first bill's amount written as `value` (as a hand edit leaves it), then `fn`. */
function withAmount(value: string, fn: (where: string) => void): void {
  const text = original.replace(/amount: "[0-9.]+"/, `amount: ${value}`);
  const lines = text.split('\n');
  const l = lines.findIndex((x) => x.includes(`amount: ${value}`));
  writeFileSync(join(root, ACC), text);
  try {
    fn(`${ACC}:${l + 1}:${lines[l].indexOf(value) + 1}`);
  } finally {
    writeFileSync(join(root, ACC), original);
  }
}

/** Refused with exit 1 naming `where`, and nothing written (no commit, the tree as it was but for the edit). */
function refusedAt(args: string[], where: string, what: string): RunResult {
  const before = { head: head(), status: status() };
  const r = wuye(root, args);
  expect(r.code, r.stderr + r.stdout).toBe(1);
  expect(errLine(r)).toBe(`wuye: ${where}: ${what}`);
  expect({ head: head(), status: status() }).toEqual(before);
  return r;
}

describe('a money value written by hand as a number', () => {
  const WHAT = '字段 bills.0.amount 类型错误：应为字符串（金额、日期、编号请加引号） (161.99)';

  it('the commands on that account say file:line:column, exit 1, nothing written', () => {
    withAmount('161.99', (where) => {
      refusedAt(['fee', 'account', '1-1-0102'], where, WHAT);
      refusedAt(['fee', 'pay', '1-1-0102', '--amount', '10.00', '--method', 'cash', '--as', 'S005'], where, WHAT);
      // a billing run writes every account or none: it stops at the bad one
      refusedAt(['fee', 'bill', '--period', '2026-12', '--as', 'S001'], where, WHAT);
      // another unit's account is not stopped by it
      const other = wuye(root, ['fee', 'account', '1-1-0101']);
      expect(other.code, other.stderr).toBe(0);
    });
  });

  it('a report goes on with the others, naming the bad one and counting it, and ends with exit 1', () => {
    const whole = wuye(root, ['fee', 'arrears']);
    expect(whole.code, whole.stderr).toBe(0);
    withAmount('161.99', (where) => {
      const r = wuye(root, ['fee', 'arrears']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`wuye: 警告: ${where}: ${WHAT}（已略过此记录）\n  金额写成带两位小数的字符串`);
      expect(lastErr(r)).toBe('wuye: 略过了 1 条无效的记录（见上），结果中不含它们');
      // the report itself: every other unit, the skipped one left out
      const units = (s: string) => s.split('\n').filter((l) => /^\d+-\d+-\d{4}|^S\d/.test(l));
      expect(units(r.stdout)).toEqual(units(whole.stdout).filter((l) => !l.startsWith('1-1-0102 ')));
      expect(units(r.stdout).length).toBeGreaterThan(5);
      const en = wuye(root, ['fee', 'arrears', '--lang', 'en']);
      expect(lastErr(en)).toBe('wuye: skipped 1 bad record (named above); the results leave it out');
    });
    expect(status()).toBe('');
  });

  it('"1e3" and a negative bill are located too (no longer exit 2 without a file, nor an Outstanding -¥)', () => {
    withAmount('"1e3"', (where) =>
      refusedAt(['fee', 'account', '1-1-0102'], where, '字段 bills.0.amount 格式错误 ("1e3")'),
    );
    withAmount('"-323.98"', (where) => {
      const r = refusedAt(['fee', 'account', '1-1-0102'], where, '字段 bills.0.amount 格式错误 ("-323.98")');
      expect(r.stdout).not.toContain('-¥');
    });
  });
});

describe('readers validate what they show', () => {
  const edit = (rel: string, change: (s: string) => string, fn: () => void) => {
    const text = readFileSync(join(root, rel), 'utf8');
    writeFileSync(join(root, rel), change(text));
    try {
      fn();
    } finally {
      writeFileSync(join(root, rel), text);
    }
  };

  it('show: an id that does not match the path, a record of the wrong shape', () => {
    edit(
      'units/1/1-1-0101.yaml',
      (s) => s.replace(/^id: 1-1-0101$/m, 'id: 1-1-0102'),
      () => {
        const r = refusedAt(
          ['show', '1-1-0101'],
          'units/1/1-1-0101.yaml:2:5',
          'id 为 "1-1-0102"，与文件位置不符（units/1/1-1-0101.yaml 存的是 1-1-0101）',
        );
        expect(r.stdout).toBe('');
      },
    );
    edit(
      'people/P000001.yaml',
      (s) => s.replace(/^name: .*\n/m, ''),
      () => {
        const r = refusedAt(['show', 'P000001'], 'people/P000001.yaml:1:1', '缺少必填字段 "name"');
        expect(r.stdout).toBe('');
        // a list goes past it
        const list = wuye(root, ['person', 'list']);
        expect(list.code).toBe(1);
        expect(list.stderr).toContain('wuye: 警告: people/P000001.yaml:1:1: 缺少必填字段 "name"（已略过此记录）');
        expect(list.stdout).toContain('P000002');
        expect(list.stdout).not.toContain('P000001');
      },
    );
    edit(
      'units/1/1-1-0101.yaml',
      (s) => s.replace(/^kind: unit$/m, 'kind: person'),
      () => {
        const r = wuye(root, ['show', '1-1-0101']);
        expect(r.code).toBe(1);
        expect(errLine(r)).toMatch(/^wuye: units\/1\/1-1-0101\.yaml:1:7: /);
      },
    );
  });
});

describe('a period too far ahead', () => {
  it('fee bill and fee statement refuse --period 2999-01 (default horizon: next month); next month is fine', () => {
    const why = '--period 2999-01 太远：今天是 2026-11-28，最远只能到 2026-12（wuye.yaml 的 fees.periods_ahead 为 1）';
    const before = { head: head(), status: status() };
    const bill = wuye(root, ['fee', 'bill', '--period', '2999-01', '--as', 'S001']);
    expect(bill.code).toBe(1);
    expect(errLine(bill)).toBe(`wuye: ${why}`);
    expect(bill.stderr).toContain('检查输入的期间（是否打错年份？）；确需提前计费时调大 fees.periods_ahead');
    const st = wuye(root, ['fee', 'statement', '1-1-0101', '--period', '2999-01', '--out', 'out/st']);
    expect(st.code).toBe(1);
    expect(errLine(st)).toBe(`wuye: ${why}`);
    expect(errLine(wuye(root, ['fee', 'bill', '--period', '2027-01', '--as', 'S001']))).toContain('2027-01 太远');
    expect({ head: head(), status: status() }).toEqual(before);
    const next = wuye(root, ['fee', 'bill', '--period', '2026-12', '--as', 'S001', '--dry-run']);
    expect(next.code, next.stderr).toBe(0);
  });
});
