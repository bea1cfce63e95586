// What the fee checks of `wuye validate` need to know about other records (07-fees.md "Validation"), kept once
// per validate thread: a short summary of each fee account (bill ids, payments by book and receipt, payments by
// cashier and day, what it pays or adjusts on other years' bills) and each receipt book's numbers by number.
// A record is summarised when it is checked or, failing that, the first time a check asks for it (env.get, once);
// a record that does not meet its schema is not summarised, and the checks then read it as before (same results).
// e.g. accountSummary(env, '2025-1-2-0801')?.receiptText.includes('\nSJ-0003\u00000000123\n')
import { relPath } from '../../core/kinds.js';
import { validatorFor } from '../../core/schemas.js';
import type { CheckEnv, RecordInfo } from '../../core/validate/types.js';
import type { Account, Adjustment, Book, Payment } from './rules.js';

/** A fee account as the checks of the unit's other accounts and of books and cashier days see it. */
export interface AccountSummary {
  /** Its bill ids, each between newlines ("\n2025-01/mgmt\n2025-02/mgmt\n"). */
  billText: string;
  /** Some bill id does not start with the account's own year ("2024-12/..." in the 2025 account). */
  foreignBills: boolean;
  /**
   * Only what touches other years' bills: live payments' allocations to them and adjustments of them, as an
   * account with no bills of its own (for balance()); undefined when there is none.
   */
  foreign?: Account;
  /** `${book}\0${receipt}` of every payment (void ones too), each between newlines. */
  receiptText: string;
  /**
   * Every payment in file order as one string `${cashier}\0${date}\0${receipt}\0${JSON without reprints}` (as
   * dayDigest() writes it). Built by join(), so that no slice of the file's text is kept alive by it.
   */
  days: string[];
}

/** A receipt book's numbers by number (the first entry of each). */
export type BookIndex = Map<string, NonNullable<Book['numbers']>[number]>;

/** null: no such record (or unreadable); 'raw': it exists but does not meet its schema — read it as before. */
type Entry<T> = T | null | 'raw';

interface Memo {
  accounts: Map<string, Entry<AccountSummary>>;
  books: Map<string, Entry<BookIndex>>;
}

// One memo per validate thread: runChunk makes one env per thread (and per run), so a worker or a second run never sees another's.
const memos = new WeakMap<CheckEnv, Memo>();
function memoOf(env: CheckEnv): Memo {
  let m = memos.get(env);
  if (!m) {
    m = { accounts: new Map(), books: new Map() };
    memos.set(env, m);
  }
  return m;
}

/** A payment as a cashier day's digest holds it (cashday.ts dayDigest: reprints change nothing of the money). */
export function withoutReprints(p: Payment): Omit<Payment, 'reprints'> {
  const { reprints: _r, ...rest } = p;
  return rest;
}

function summarise(a: Account, fileYear: number): Entry<AccountSummary> {
  if (a.year !== fileYear) return 'raw'; // its bills would count as another year's: read it as before
  const own = `${fileYear}-`;
  const bills = a.bills ?? [];
  const allocations: NonNullable<Payment['allocations']> = [];
  const adjustments: Adjustment[] = [];
  const receipts = [''];
  const days: string[] = [];
  for (const p of a.payments ?? []) {
    receipts.push(`${p.book}\0${p.receipt}`);
    if (!p.void) for (const x of p.allocations ?? []) if (!x.bill.startsWith(own)) allocations.push(x);
    days.push([p.cashier, p.booked ?? p.at.slice(0, 10), p.receipt, JSON.stringify(withoutReprints(p))].join('\0'));
  }
  receipts.push('');
  for (const x of a.adjustments ?? []) if (x.bill && !x.bill.startsWith(own)) adjustments.push(x);
  return {
    billText: `\n${bills.map((b) => b.id).join('\n')}\n`,
    foreignBills: bills.some((b) => !b.id.startsWith(own)),
    foreign:
      allocations.length || adjustments.length
        ? {
            kind: 'fee-account',
            id: '',
            year: fileYear,
            unit: a.unit,
            payments: allocations.length ? [{ allocations } as Payment] : [],
            adjustments,
          }
        : undefined,
    receiptText: receipts.join('\n'),
    days,
  };
}

/** Is this record the one env.get(kind, its id) returns (the file where its id says)? */
const atItsPlace = (env: CheckEnv, r: RecordInfo, kind: string) =>
  env.exists(kind, r.id) && relPath(kind, r.id) === r.rel;

/** Remember an account being checked (it met its schema), so that no check reads it again. */
export function noteAccount(env: CheckEnv, r: RecordInfo<Account>): void {
  const m = memoOf(env).accounts;
  if (m.has(r.id) || !atItsPlace(env, r as unknown as RecordInfo, 'fee-account')) return;
  m.set(r.id, summarise(r.data, Number(r.id.slice(0, 4))));
}

/** The summary of fee account `id` (as env.get would read it); null when there is none, 'raw' when it is not sound. */
export function accountSummary(env: CheckEnv, id: string): Entry<AccountSummary> {
  const m = memoOf(env).accounts;
  let s = m.get(id);
  if (s !== undefined) return s;
  const r = env.exists('fee-account', id) ? env.get<Account>('fee-account', id) : undefined;
  s = !r ? null : validatorFor('fee-account')(r.data) ? summarise(r.data, Number(id.slice(0, 4))) : 'raw';
  m.set(id, s);
  return s;
}

function indexBook(b: Book): BookIndex {
  const out: BookIndex = new Map();
  for (const n of b.numbers ?? []) if (!out.has(n.no)) out.set(n.no, n);
  return out;
}

/** Remember a receipt book being checked. */
export function noteBook(env: CheckEnv, r: RecordInfo<Book>): void {
  const m = memoOf(env).books;
  if (m.has(r.id) || !atItsPlace(env, r as unknown as RecordInfo, 'receipt-book')) return;
  m.set(r.id, indexBook(r.data));
}

/** Receipt book `id`'s numbers (as env.get would read it); null when there is none, 'raw' when it is not sound. */
export function bookIndex(env: CheckEnv, id: string): Entry<BookIndex> {
  const m = memoOf(env).books;
  let s = m.get(id);
  if (s !== undefined) return s;
  const r = env.exists('receipt-book', id) ? env.get<Book>('receipt-book', id) : undefined;
  s = !r ? null : validatorFor('receipt-book')(r.data) ? indexBook(r.data) : 'raw';
  m.set(id, s);
  return s;
}
