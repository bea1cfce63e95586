// validate split over threads (quality.md: full validate within 1.5× of parsing every file once): receipts, book
// numbers and closed cashier days are matched across threads by their settle step, so a split run finds exactly
// what a one-thread run finds, and a partial run (some files only) reads the records it did not check.
// e.g. validateRecords({ root, checks, worker, threads: 2, parallelFrom: 1 })
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sortProblems, validateRecords } from '../../src/core/validate/run.js';
import type { Check } from '../../src/core/validate/types.js';
import { collect } from '../../src/kit/manifest.js';
import { PROCEDURES } from '../../src/procedures/index.js';
import { PROJECT, tmp } from '../helpers/cli.js';

const WORKER = pathToFileURL(join(PROJECT, 'dist', 'procedures', 'system', 'validate-worker.js'));
const ACCOUNT = 'fees/2026/1-1-0101.yaml';
// The account's payments as the demo has them (numbers shift whenever the demo takes money elsewhere):
// the first in cash on a closed day, the second moved to the number before it (another unit's, same book),
// the third voided in its book.
const PAID = [
  ...readFileSync(join(PROJECT, 'records', ACCOUNT), 'utf8').matchAll(/- receipt: "(\d+)"\n\s+book: (\S+)/g),
];
const [MOVED, VOIDED] = [PAID[1], PAID[2]];
const before = (no: string) => String(Number(no) - 1).padStart(no.length, '0');

let root: string;
let checks: Check[];
const edit = (rel: string, from: string, to: string) => {
  const text = readFileSync(join(root, rel), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(root, rel), text.replace(from, to));
};
const found = (ps: { file: string; line: number; code: string }[]) =>
  ps.map((p) => `${p.file}:${p.line} ${p.code}`).filter((x) => / (fee-|book-)/.test(x));

beforeAll(async () => {
  root = join(tmp(), 'records');
  cpSync(join(PROJECT, 'records'), root, { recursive: true });
  checks = await collect<Check>(PROCEDURES, 'checks');
  // a closed day's payment changed (cash → wechat), a payment moved to a number of another unit's, a number voided
  edit(ACCOUNT, 'method: cash\n    cashier: S005', 'method: wechat\n    cashier: S005');
  edit(ACCOUNT, `receipt: "${MOVED[1]}"`, `receipt: "${before(MOVED[1])}"`);
  edit(
    `receipts/${VOIDED[2]}.yaml`,
    `- no: "${VOIDED[1]}"\n    status: used`,
    `- no: "${VOIDED[1]}"\n    status: void\n    reason: 填错`,
  );
});

describe('validate over threads', () => {
  it('finds across threads what one thread finds: receipt not the unit’s, number without payment, void, closed day', async () => {
    const one = await validateRecords({ root, checks, threads: 1 });
    const split = await validateRecords({ root, checks, worker: WORKER, threads: 2, parallelFrom: 1 });
    expect(split.files).toBe(one.files);
    const a = found(sortProblems(one.problems));
    expect(found(sortProblems(split.problems))).toEqual(a);
    const codes = new Set(a.map((x) => x.split(' ')[1]));
    for (const c of ['fee-receipt-book', 'book-no-payment', 'fee-receipt-void', 'fee-closed-day-changed'])
      expect(codes, c).toContain(c);
    expect(a).toEqual(
      expect.arrayContaining([expect.stringMatching(/^fees\/2026\/1-1-0101\.yaml:\d+ fee-receipt-book$/)]),
    );
  });

  it('a partial run reads what it did not check: the account alone, the book alone', async () => {
    const acc = found((await validateRecords({ root, checks, files: [ACCOUNT] })).problems);
    expect(acc.map((x) => x.split(' ')[1])).toEqual(expect.arrayContaining(['fee-receipt-book', 'fee-receipt-void']));
    const book = found((await validateRecords({ root, checks, files: [`receipts/${MOVED[2]}.yaml`] })).problems);
    expect(book).toEqual([expect.stringMatching(new RegExp(`^receipts/${MOVED[2]}\\.yaml:\\d+ book-no-payment$`))]);
    const day = found(
      (await validateRecords({ root, checks, files: ['cashdays/2026/2026-01-09-S005.yaml'] })).problems,
    );
    expect(day.map((x) => x.split(' ')[1])).toEqual(['fee-closed-day-changed']);
  });
});
