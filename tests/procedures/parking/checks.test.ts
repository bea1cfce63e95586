// The car park's and the expense claims' validate checks (layer 4; manuals 四.10 and 四.8) on hand-edited
// records: a shift's invoices against its books, a difference without an explanation, a closed book with a
// number unaccounted for, a pass on a missing space or paid off the fee account; a claim whose total is not its invoices' sum.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { CheckEnv, RecordInfo } from '../../../src/core/validate/types.js';
import { checks as expenseChecks } from '../../../src/procedures/expense/checks.js';
import { checks } from '../../../src/procedures/parking/checks.js';
import { PROJECT } from '../../helpers/cli.js';

const info = (rel: string, edit: (t: string) => string = (t) => t): RecordInfo => {
  const text = edit(readFileSync(join(PROJECT, 'records', rel), 'utf8'));
  const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) as Record<string, unknown>;
  return { rel, kind: String(data.kind), id: String(data.id), data, text };
};
const env: CheckEnv = {
  exists: (kind, id) => kind === 'parking-space' && /^P1-0(0\d|1\d|20)$/.test(id),
  get: <T>(kind: string, id: string) =>
    kind === 'invoice-book'
      ? (info(`invoice-books/${id}.yaml`) as RecordInfo<T>)
      : kind === 'fee-account'
        ? (info(`fees/${id.slice(0, 4)}/${id.slice(5)}.yaml`) as RecordInfo<T>)
        : undefined,
  config: undefined,
};
const codes = (list: typeof checks, r: RecordInfo) =>
  list.filter((c) => c.kinds.includes(r.kind)).flatMap((c) => c.record(r, env).map((p) => p.code));

describe('validate: the car park', () => {
  it('the demo records pass', () => {
    expect(codes(checks, info('parking-shifts/2026/TC2026-1114-2.yaml'))).toEqual([]);
    expect(codes(checks, info('invoice-books/FP0001.yaml'))).toEqual([]);
    for (const f of readdirSync(join(PROJECT, 'records/parking-passes')))
      expect(codes(checks, info(`parking-passes/${f}`)), f).toEqual([]);
  });
  it("a pass payment not receipted on the holder's fee account, or for another amount (issue 10 item 1)", () => {
    const pass = info('parking-passes/YK0001.yaml');
    const first = (pass.data.payments as { receipt: string }[])[0].receipt;
    expect(
      codes(
        checks,
        info('parking-passes/YK0001.yaml', (t) => t.replace(`"${first}"`, '"8000001"')),
      ),
    ).toEqual(['pass-receipt']);
    expect(
      codes(
        checks,
        info('parking-passes/YK0001.yaml', (t) => t.replace('amount: "450.00"', 'amount: "450.01"')),
      ),
    ).toEqual(['pass-receipt']);
  });
  it('a shift whose invoices do not match its books, or whose difference is unexplained', () => {
    expect(
      codes(
        checks,
        info('parking-shifts/2026/TC2026-1114-2.yaml', (t) => t.replace(/count: 9/, 'count: 10')),
      ),
    ).toContain('shift-invoices');
    expect(
      codes(
        checks,
        info('parking-shifts/2026/TC2026-1114-2.yaml', (t) => t.replace(/^explanation: .*\n/m, '')),
      ),
    ).toEqual(['shift-unexplained']);
    expect(
      codes(
        checks,
        info('parking-shifts/2026/TC2026-1114-2.yaml', (t) => t.replace('difference: "-10.00"', 'difference: "0.00"')),
      ),
    ).toContain('shift-difference');
  });
  it('a closed book missing a number, a number used twice', () => {
    expect(
      codes(
        checks,
        info('invoice-books/FP0001.yaml', (t) => t.replace('    to: "00010010"', '    to: "00010009"')),
      ),
    ).toEqual(['invoice-unaccounted']);
    expect(
      codes(
        checks,
        info('invoice-books/FP0001.yaml', (t) => t.replace('    to: "00010010"', '    to: "00010011"')),
      ),
    ).toEqual(['invoice-twice']);
  });
  it('a pass on a missing space, or paid through a month it never paid', () => {
    expect(
      codes(
        checks,
        info('parking-passes/YK0001.yaml', (t) => t.replace('space: P1-011', 'space: P1-099')),
      ),
    ).toEqual(['pass-space']);
    expect(
      codes(
        checks,
        info('parking-passes/YK0001.yaml', (t) => t.replace('paid_through: 2027-02', 'paid_through: 2027-03')),
      ),
    ).toEqual(['pass-paid-through']);
  });
});

describe('validate: expense claims', () => {
  it('the demo claims pass; a total that is not the invoices’ sum does not', () => {
    expect(codes(expenseChecks, info('expense/2026/BZ2026-0002.yaml'))).toEqual([]);
    expect(
      codes(
        expenseChecks,
        info('expense/2026/BZ2026-0002.yaml', (t) => t.replace('amount: "1280.00"', 'amount: "1290.00"')),
      ),
    ).toEqual(['expense-total']);
  });
});
