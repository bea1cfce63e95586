// What the fee checks of `wuye validate` need to know about other records (07-fees.md "Validation").
// A unit's accounts of other years, kept once per validate thread as a short summary (bill ids, what it pays or
// adjusts on other years' bills): validate checks a unit's accounts of every year in one thread, one after the
// other. A record is summarised when it is checked or, failing that, the first time a check asks for it (env.get,
// once); a record that does not meet its schema is not summarised, and the checks then read it as before.
// Receipts and cashier days are matched across threads instead: each record posts its facts (`post*` below, one
// line each) and the checks' settle step matches them in the caller (`Facts`).
// e.g. accountSummary(env, '2025-1-2-0801')?.billText.includes('\n2025-03/mgmt\n')
import { relPath } from '../../core/kinds.js';
import { validatorFor } from '../../core/schemas.js';
import type { CashierDayRecord } from '../../core/types.gen.js';
import type { CheckEnv, RecordInfo, SettleEnv } from '../../core/validate/types.js';
import type { Account, Adjustment, Book, Payment } from './rules.js';

/** A fee account as the checks of the unit's other accounts see it. */
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
}

/** null: no such record (or unreadable); 'raw': it exists but does not meet its schema — read it as before. */
type Entry<T> = T | null | 'raw';

// One memo per validate thread: runChunk makes one env per thread (and per run), so a worker or a second run never sees another's.
const memos = new WeakMap<CheckEnv, Map<string, Entry<AccountSummary>>>();
function memoOf(env: CheckEnv): Map<string, Entry<AccountSummary>> {
  let m = memos.get(env);
  if (!m) memos.set(env, (m = new Map()));
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
  for (const p of a.payments ?? [])
    if (!p.void) for (const x of p.allocations ?? []) if (!x.bill.startsWith(own)) allocations.push(x);
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
  };
}

/** Is this record the one env.get(kind, its id) returns (the file where its id says)? */
const atItsPlace = (env: CheckEnv, r: RecordInfo, kind: string) =>
  env.exists(kind, r.id) && relPath(kind, r.id) === r.rel;

/** Remember an account being checked (it met its schema), so that no check reads it again. */
export function noteAccount(env: CheckEnv, r: RecordInfo<Account>): void {
  const m = memoOf(env);
  if (m.has(r.id) || !atItsPlace(env, r as unknown as RecordInfo, 'fee-account')) return;
  m.set(r.id, summarise(r.data, Number(r.id.slice(0, 4))));
}

/** The summary of fee account `id` (as env.get would read it); null when there is none, 'raw' when it is not sound. */
export function accountSummary(env: CheckEnv, id: string): Entry<AccountSummary> {
  const m = memoOf(env);
  let s = m.get(id);
  if (s !== undefined) return s;
  const r = env.exists('fee-account', id) ? env.get<Account>('fee-account', id) : undefined;
  s = !r ? null : validatorFor('fee-account')(r.data) ? summarise(r.data, Number(id.slice(0, 4))) : 'raw';
  m.set(id, s);
  return s;
}

// ---- facts posted for the settle step: one line each, fields split by tabs (JSON last: it escapes tabs) ----
// A payment's line and a book number's line begin alike — `${book}\t${no}\t${account}\t${unit}\t${void}` — so
// that a match is one set lookup of the line's beginning; only what does not match is read field by field.

const CH = {
  accounts: 'fee/accounts', // the id of an account checked at its place (its payments below are all of it)
  payments: 'fee/payments', // book, receipt, account, unit, void, rel, index — per payment of a checked account
  dayPayments: 'fee/day-payments', // account, cashier, date, receipt, index, JSON — the same payments, for days
  books: 'fee/books', // the id of a receipt book checked at its place
  numbers: 'fee/numbers', // book, no, `${year of at}-${unit}`, unit, void, status, rel, index — per number
  days: 'fee/days', // rel, date, cashier, digest, units — per closed cashier day with a digest
};

/** A payment as posted: where it is, and what its book is matched against. */
export interface PaymentFact {
  book: string;
  receipt: string;
  account: string;
  unit: string;
  void: boolean;
  rel: string;
  index: number;
}

/** A receipt book's number as posted. */
export interface NumberFact {
  book: string;
  no: string;
  /** The account its payment belongs in: `${year of its at}-${unit}`. */
  account: string;
  unit: string;
  status: string;
  rel: string;
  index: number;
}

export interface DayFact {
  rel: string;
  date: string;
  cashier: string;
  digest: string;
  /** The accounts the day's receipts are on: the unit and the year taken (a receipt booked into January is on December's account). */
  units: { unit: string; year: string }[];
}

/** A payment of a cashier's day: its receipt, where it is in its account, its JSON without reprints. */
export interface DayPayment {
  account: string;
  receipt: string;
  index: number;
  json: string;
}

/** Post a checked account's payments (and, at its place, its id: its payments are known without reading it). */
export function postAccount(env: CheckEnv, r: RecordInfo<Account>): void {
  const a = r.data;
  if (atItsPlace(env, r as unknown as RecordInfo, 'fee-account')) env.post(CH.accounts, r.id);
  (a.payments ?? []).forEach((p, i) => {
    env.post(CH.payments, `${p.book}\t${p.receipt}\t${r.id}\t${a.unit}\t${p.void ? 1 : ''}\t${r.rel}\t${i}`);
    env.post(
      CH.dayPayments,
      `${r.id}\t${p.cashier}\t${p.booked ?? p.at.slice(0, 10)}\t${p.receipt}\t${i}\t${JSON.stringify(withoutReprints(p))}`,
    );
  });
}

export function postBook(env: CheckEnv, r: RecordInfo<Book>): void {
  const b = r.data;
  if (atItsPlace(env, r as unknown as RecordInfo, 'receipt-book')) env.post(CH.books, r.id);
  (b.numbers ?? []).forEach((n, i) => {
    const unit = n.unit ?? '';
    env.post(
      CH.numbers,
      `${b.id}\t${n.no}\t${n.at?.slice(0, 4) ?? ''}-${unit}\t${unit}\t${n.status === 'void' ? 1 : ''}\t${n.status}\t${r.rel}\t${i}`,
    );
  });
}

export function postDay(env: CheckEnv, r: RecordInfo<CashierDayRecord>): void {
  const d = r.data;
  // a reopened day is sealed again when it is closed again
  if (d.digest && !d.open) {
    const places = new Set(d.receipts.map((x) => `${x.unit}@${(x.taken ?? d.date).slice(0, 4)}`));
    env.post(CH.days, [r.rel, d.date, d.cashier, d.digest, [...places].join(',')].join('\t'));
  }
}

/** The line up to (not including) its n-th tab. */
function prefix(line: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = line.indexOf('\t', at + 1);
    if (at < 0) return line;
  }
  return line.slice(0, at);
}

/** The first n tab-separated fields of a line, then the rest of it. */
function fields(line: string, n: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (let k = 0; k < n; k++) {
    const tab = line.indexOf('\t', at);
    if (tab < 0) break;
    out.push(line.slice(at, tab));
    at = tab + 1;
  }
  out.push(line.slice(at));
  return out;
}

function paymentOf(line: string): PaymentFact {
  const f = fields(line, 6);
  return {
    book: f[0],
    receipt: f[1],
    account: f[2],
    unit: f[3],
    void: f[4] === '1',
    rel: f[5],
    index: Number(f[6]),
  };
}

function numberOf(line: string): NumberFact {
  const f = fields(line, 7);
  return { book: f[0], no: f[1], account: f[2], unit: f[3], status: f[5], rel: f[6], index: Number(f[7]) };
}

const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const obj = (x: unknown): Record<string, unknown> =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};

/** A receipt number as its book has it (the first entry of each number). */
export interface BookEntry {
  status: string;
  unit: string;
}

/** What is wrong with a payment's receipt: its book is missing, the number is not the unit's, or void differs. */
export type ReceiptMismatch =
  { p: PaymentFact; problem: 'no-book' | 'not-registered' } | { p: PaymentFact; problem: 'void'; status: string };

/**
 * Everything posted, indexed once per settle step; what was not posted (a record this run did not check, or
 * one that does not meet its schema) is read as it is, whatever it holds.
 */
export class Facts {
  private readonly accounts: Set<string>;
  private readonly books: Set<string>;
  private raw = new Map<string, { book: string; receipt: string; cashier: string; date: string; json: string }[]>();
  private rawBooks = new Map<string, Map<string, BookEntry> | null>();
  private posted?: Map<string, BookEntry>;

  constructor(private readonly env: SettleEnv) {
    this.accounts = new Set(env.posted(CH.accounts));
    this.books = new Set(env.posted(CH.books));
  }

  private matched?: { mismatches: ReceiptMismatch[]; unpaid: NumberFact[] };

  /** Payments whose receipt does not match its book: the first entry of its number there, its unit, void or not. */
  receiptMismatches(): ReceiptMismatch[] {
    return (this.matched ??= this.match()).mismatches;
  }

  /** Used numbers of a unit with no payment of theirs in the account of their unit and year. */
  unpaidNumbers(): NumberFact[] {
    return (this.matched ??= this.match()).unpaid;
  }

  /**
   * Payments and book numbers matched in one pass: each number's first entry in its book by `${book}\t${no}`,
   * then each payment looks up its own; what matches whole (account, unit, void) needs nothing more, the rest
   * is looked at field by field (and records not posted are read as they are).
   */
  private match(): { mismatches: ReceiptMismatch[]; unpaid: NumberFact[] } {
    const first = new Map<string, { line: string; rest: string; paid: boolean }>();
    const others: string[] = []; // a number's later entries, or the numbers of a book not at its place
    let lastBook = '';
    let posted = false;
    for (const line of this.env.posted(CH.numbers)) {
      if (!lastBook || !line.startsWith(lastBook)) {
        lastBook = prefix(line, 1) + '\t';
        posted = this.books.has(lastBook.slice(0, -1));
      }
      const key = prefix(line, 2);
      if (!posted || first.has(key)) others.push(line);
      else first.set(key, { line, rest: prefix(line, 5).slice(key.length + 1), paid: false });
    }
    const mismatches: ReceiptMismatch[] = [];
    const paidAlso = new Set<string>(); // `${book}\t${no}\t${account}` of the payments not matched whole
    for (const line of this.env.posted(CH.payments)) {
      const key = prefix(line, 2);
      const e = first.get(key);
      if (e && prefix(line, 5).slice(key.length + 1) === e.rest) {
        e.paid = true; // registered to its unit, void in both or in neither; and the number has its payment
        continue;
      }
      paidAlso.add(prefix(line, 3));
      const p = paymentOf(line);
      const n = this.entry(p.book, p.receipt);
      if (n === null) mismatches.push({ p, problem: 'no-book' });
      else if (!n || n.unit !== p.unit) mismatches.push({ p, problem: 'not-registered' });
      else if ((n.status === 'void') !== p.void) mismatches.push({ p, problem: 'void', status: n.status });
    }
    let paid: Set<string> | undefined; // every payment's `${book}\t${no}\t${account}`, if a later entry needs it
    const unpaid: NumberFact[] = [];
    const look = (line: string, all: boolean): void => {
      const n = numberOf(line);
      if (n.status !== 'used' || !n.unit) return;
      const k = prefix(line, 3);
      if (paidAlso.has(k)) return;
      if (all) {
        paid ??= new Set(this.env.posted(CH.payments).map((l) => prefix(l, 3)));
        if (paid.has(k)) return;
      }
      // a posted account is all there is of it; any other is read as it is
      if (this.accounts.has(n.account) || !this.rawPaid(n.account, n.book, n.no)) unpaid.push(n);
    };
    for (const e of first.values()) if (!e.paid) look(e.line, false);
    for (const line of others) look(line, true);
    return { mismatches, unpaid };
  }

  days(): DayFact[] {
    return this.env.posted(CH.days).map((line) => {
      const f = line.split('\t');
      return {
        rel: f[0],
        date: f[1],
        cashier: f[2],
        digest: f[3],
        units: f[4]
          ? f[4].split(',').map((x) => {
              const [unit, year] = x.split('@');
              return { unit, year };
            })
          : [],
      };
    });
  }

  /** Where each posted account's payments are among the day lines: [from, to) runs (an account posts them together). */
  private runs?: Map<string, number[]>;

  /** The payments taken by a cashier on a date in these accounts. */
  ofDay(ids: ReadonlySet<string>, cashier: string, date: string): DayPayment[] {
    const lines = this.env.posted(CH.dayPayments);
    if (!this.runs) {
      this.runs = new Map();
      let last = '';
      lines.forEach((line, i) => {
        if (last && line.startsWith(last)) return;
        last = prefix(line, 1) + '\t';
        const id = last.slice(0, -1);
        const run = this.runs!.get(id);
        if (run) run.push(i);
        else this.runs!.set(id, [i]);
      });
    }
    const out: DayPayment[] = [];
    for (const id of ids) {
      if (!this.accounts.has(id)) {
        this.rawPayments(id).forEach((p, index) => {
          if (p.cashier === cashier && p.date === date)
            out.push({ account: id, receipt: p.receipt, index, json: p.json });
        });
        continue;
      }
      const head = `${id}\t${cashier}\t${date}\t`;
      const own = `${id}\t`;
      for (const start of this.runs.get(id) ?? [])
        for (let i = start; i < lines.length && lines[i].startsWith(own); i++) {
          if (!lines[i].startsWith(head)) continue;
          const f = fields(lines[i], 5);
          out.push({ account: id, receipt: f[3], index: Number(f[4]), json: f[5] });
        }
    }
    return out;
  }

  /** Receipt book `id`'s entry for a number: undefined when the book has none, null when there is no such book. */
  private entry(book: string, no: string): BookEntry | undefined | null {
    if (this.books.has(book)) {
      // the slow path of a mismatch: the book's first entry of the number, from what it posted
      if (!this.posted) {
        this.posted = new Map();
        for (const line of this.env.posted(CH.numbers)) {
          const key = prefix(line, 2);
          if (!this.posted.has(key)) {
            const n = numberOf(line);
            this.posted.set(key, { status: n.status, unit: n.unit });
          }
        }
      }
      return this.posted.get(`${book}\t${no}`);
    }
    let m = this.rawBooks.get(book);
    if (m === undefined) {
      const r = this.env.exists('receipt-book', book) ? this.env.get('receipt-book', book) : undefined;
      m = null;
      if (r) {
        m = new Map();
        for (const x of arr(r.data.numbers)) {
          const n = obj(x);
          if (!m.has(str(n.no))) m.set(str(n.no), { status: str(n.status), unit: str(n.unit) });
        }
      }
      this.rawBooks.set(book, m);
    }
    return m === null ? null : m.get(no);
  }

  private rawPaid(id: string, book: string, receipt: string): boolean {
    return this.rawPayments(id).some((p) => p.receipt === receipt && p.book === book);
  }

  /** An account read as it is (not posted): its payments, as far as they can be made out. */
  private rawPayments(id: string) {
    let ps = this.raw.get(id);
    if (ps === undefined) {
      const r = this.env.exists('fee-account', id) ? this.env.get('fee-account', id) : undefined;
      ps = arr(r?.data.payments).map((x) => {
        const p = obj(x);
        return {
          book: str(p.book),
          receipt: str(p.receipt),
          cashier: str(p.cashier),
          date: str(p.booked) || str(p.at).slice(0, 10), // the day it counts in (booked after a close)
          json: JSON.stringify(withoutReprints(p as unknown as Payment)),
        };
      });
      this.raw.set(id, ps);
    }
    return ps;
  }
}

const factsOf = new WeakMap<SettleEnv, Facts>();
/** The facts of this settle step, indexed once for the three fee checks. */
export function facts(env: SettleEnv): Facts {
  let f = factsOf.get(env);
  if (!f) factsOf.set(env, (f = new Facts(env)));
  return f;
}
