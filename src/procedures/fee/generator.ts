// Fee history for generated estates (07-fees.md; quality.md "The benchmark estate": 36 months of bills and
// payments): monthly bills by the same rules as `fee bill`, payments by a few habits (on time, late in bulk,
// stopped paying → arrears), receipt numbers from the cashiers' books in time order, one voided receipt,
// one waiver, closed cashier days; and the money the other procedures took at the counter (move-in fees,
// renovation charges: g.estate.counter), numbered with the rest. The demo estate gets a year for buildings 1,
// 2 and the shops, and the building in its move-in from the date on its notice.
// Registered in src/procedures/system/generate/index.ts: wuye demo generate DIR --units 5000 --seed 1
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { relPath } from '../../core/kinds.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import type { StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { CounterTake, GenContext, KindGenerator } from '../../kit/generate/context.js';
import { plannedMonths } from '../vacant/api.js';
import { cashierDayRecord, dayTotals, type DayEntry } from './cashday.js';
import {
  allocate,
  billLine,
  lastDay,
  nextAdjustmentId,
  type Account,
  type Bill,
  type Book,
  type FeesConfig,
  type Method,
  type Payment,
} from './rules.js';
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';

const BOOK_SIZE = 50;
const METHOD_WEIGHTS: [Method, number][] = [
  ['wechat', 40],
  ['cash', 20],
  ['alipay', 20],
  ['card', 12],
  ['transfer', 8],
];

interface Rng {
  next(): number;
  int(a: number, b: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
}

interface PayEvent {
  unit: string;
  date: string;
  amount: number;
  method: Method;
  seq: number;
}

function weighted<T>(rng: Rng, xs: readonly [T, number][]): T {
  const total = xs.reduce((a, [, w]) => a + w, 0);
  let r = rng.next() * total;
  for (const [x, w] of xs) {
    r -= w;
    if (r < 0) return x;
  }
  return xs[xs.length - 1][0];
}

const two = (n: number) => String(n).padStart(2, '0');

/** The fee history as files (relative path → record), for any set of units. */
export function feeHistory(x: {
  units: UnitRecord[];
  staff: StaffRecord[];
  fees: FeesConfig;
  periods: string[];
  asOf: string;
  rng: Rng;
  /** Money the other procedures took at the counter (move-in fees, renovation charges): numbered here, filled in. */
  takes?: CounterTake[];
  /** Units that pay their bills by habit (default all); a building in its move-in pays at the counter only. */
  habitual?: (unit: string) => boolean;
  /** The months of each unit's approved vacant discount (vacant/api.ts plannedMonths); none means it pays in full. */
  vacantMonths?: ReadonlyMap<string, ReadonlySet<string>>;
}): Map<string, Record<string, unknown>> {
  const { fees, rng, asOf } = x;
  const items = (fees.items ?? []).filter((i) => i.kind === 'periodic');
  const accounts = new Map<string, Account>(); // `${year}-${unit}`
  const acc = (year: number, unit: string): Account => {
    const id = `${year}-${unit}`;
    let a = accounts.get(id);
    if (!a) {
      a = { kind: 'fee-account', id, year, unit, bills: [], payments: [], adjustments: [] };
      accounts.set(id, a);
    }
    return a;
  };
  // 1. bills, exactly as `fee bill` makes them
  const billsOf = new Map<string, Bill[]>();
  for (const u of x.units) {
    if (!u.fee_start) continue;
    const list: Bill[] = [];
    for (const p of x.periods) {
      if (`${p}-01` > asOf) continue;
      for (const item of items) {
        const b = billLine({
          unit: u,
          item,
          period: p,
          cycle: 'monthly',
          proration: fees.proration ?? 'prorate',
          dueDay: fees.due_day ?? CONFIG_DEFAULTS.fees.due_day,
          vacant: fees.vacant,
          vacantMonths: x.vacantMonths?.get(u.id),
          run: `R${p}`,
        });
        if (b) {
          list.push(b);
          acc(Number(p.slice(0, 4)), u.id).bills!.push(b);
        }
      }
    }
    if (list.length) billsOf.set(u.id, list);
  }
  // 2. payment events by habit
  const events: PayEvent[] = [];
  let seq = 0;
  for (const [unit, bills] of billsOf) {
    if (x.habitual && !x.habitual(unit)) continue;
    const habit = rng.next();
    const stopAt = habit > 0.93 ? rng.int(Math.max(0, x.periods.length - 14), x.periods.length - 1) : Infinity; // stopped paying → arrears
    const every = habit > 0.8 ? rng.int(2, 3) : 1; // late payers pay in bulk
    const periods = [...new Set(bills.map((b) => b.period))];
    for (let i = 0; i < periods.length; i += every) {
      if (i >= stopAt) break;
      const group = periods.slice(i, i + every);
      const last = group[group.length - 1];
      const day = every === 1 ? rng.int(1, 25) : rng.int(10, 28);
      const date = `${last}-${two(Math.min(day, Number(lastDay(last).slice(8))))}`;
      if (date > asOf || (every === 1 && i === periods.length - 1 && rng.chance(0.3))) continue; // the current month is often still open
      const amount = bills.filter((b) => group.includes(b.period)).reduce((a, b) => a + parseMoney(b.amount), 0);
      events.push({ unit, date, amount, method: weighted(rng, METHOD_WEIGHTS), seq: seq++ });
    }
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
  // 3. receipt numbers from each cashier's books, in time order
  const cashiers = x.staff.filter((s) => (s.roles as string[]).includes('cashier'));
  const issuer = x.staff.find((s) => (s.roles as string[]).includes('cs-manager')) ?? x.staff[0];
  const director = x.staff.find((s) => (s.roles as string[]).includes('director')) ?? issuer;
  const books: Book[] = [];
  const current = new Map<string, Book>();
  let nextNo = 1;
  const outstanding = new Map<string, number>(); // `${unit}|${bill}` → owing
  for (const [unit, bills] of billsOf) for (const b of bills) outstanding.set(`${unit}|${b.id}`, parseMoney(b.amount));
  const minuteOf = new Map<string, number>();
  const days = new Map<string, DayEntry[]>();
  let voided = false;
  let waived = false;
  /** The cashier's current book, or a new one issued that morning when it is used up (the full one returned and checked the evening it filled). */
  const bookOf = (cashier: StaffRecord, date: string): Book => {
    let book = current.get(cashier.id);
    if (!book || (book.numbers ?? []).length >= BOOK_SIZE) {
      if (book) {
        const filled = book.numbers!.at(-1)!.at.slice(0, 10);
        book.returned = { at: `${filled}T17:30:00+08:00`, by: issuer.id };
        book.checked = { at: `${filled}T17:45:00+08:00`, by: issuer.id };
      }
      const from = nextNo;
      nextNo += BOOK_SIZE;
      book = {
        kind: 'receipt-book',
        id: `SJ-${String(books.length + 1).padStart(4, '0')}`,
        from: String(from).padStart(7, '0'),
        to: String(from + BOOK_SIZE - 1).padStart(7, '0'),
        issued: { to: cashier.id, at: `${date}T08:30:00+08:00`, by: issuer.id },
        numbers: [],
      };
      books.push(book);
      current.set(cashier.id, book);
    }
    return book;
  };
  const take = (ev: PayEvent, cashier: StaffRecord, note?: string): Payment => {
    const book = bookOf(cashier, ev.date);
    const no = String(Number(book.from) + book.numbers!.length).padStart(7, '0');
    const dayKey = `${ev.date}-${cashier.id}`;
    const minute = (minuteOf.get(dayKey) ?? 8 * 60 + 40) + 1 + (ev.seq % 7);
    minuteOf.set(dayKey, minute);
    const at = `${ev.date}T${two(Math.floor(minute / 60) % 24)}:${two(minute % 60)}:00+08:00`;
    const open = billsOf.get(ev.unit)!.map((b) => ({ id: b.id, outstanding: outstanding.get(`${ev.unit}|${b.id}`)! }));
    const { allocations, prepaid } = allocate(ev.amount, open);
    for (const a of allocations)
      outstanding.set(`${ev.unit}|${a.bill}`, outstanding.get(`${ev.unit}|${a.bill}`)! - a.amount);
    const p: Payment = {
      receipt: no,
      book: book.id,
      at,
      amount: formatMoney(ev.amount),
      method: ev.method,
      cashier: cashier.id,
      allocations: allocations.map((a) => ({ bill: a.bill, amount: formatMoney(a.amount) })),
      ...(prepaid ? { prepaid: formatMoney(prepaid) } : {}),
      ...(note ? { note } : {}),
    };
    book.numbers!.push({ no, status: 'used', at, unit: ev.unit, amount: p.amount });
    acc(Number(ev.date.slice(0, 4)), ev.unit).payments!.push(p);
    days.set(dayKey, [...(days.get(dayKey) ?? []), { unit: ev.unit, payment: p }]);
    return p;
  };
  /** A counter take: its bills charged (or the ones already raised paid), or its deposit held, on the next receipt. */
  const takeCounter = (t: CounterTake): void => {
    const cashier = x.staff.find((s) => s.id === t.cashier);
    if (!cashier) throw new Error(`fees: counter take of ${t.unit} by unknown cashier ${t.cashier}`);
    const date = t.at.slice(0, 10);
    if (t.adjustment) {
      const a = acc(Number(date.slice(0, 4)), t.unit);
      a.adjustments!.push({ id: nextAdjustmentId(a), at: t.at, ...t.adjustment, by: cashier.id });
      return;
    }
    const book = bookOf(cashier, date);
    const no = String(Number(book.from) + book.numbers!.length).padStart(7, '0');
    const list = billsOf.get(t.unit) ?? [];
    billsOf.set(t.unit, list);
    const allocations: { bill: string; amount: number }[] = [];
    for (const b of t.bills ?? []) {
      const key = `${t.unit}|${b.id}`;
      if (!outstanding.has(key)) {
        list.push(b);
        acc(Number(b.period.slice(0, 4)), t.unit).bills!.push(b);
        outstanding.set(key, parseMoney(b.amount));
      }
      const owing = outstanding.get(key)!;
      if (owing > 0) allocations.push({ bill: b.id, amount: owing });
      outstanding.set(key, 0);
    }
    const amount = t.deposit ? parseMoney(t.deposit.amount) : allocations.reduce((a, y) => a + y.amount, 0);
    if (amount <= 0) return;
    const p: Payment = {
      receipt: no,
      book: book.id,
      at: t.at,
      amount: formatMoney(amount),
      method: t.method,
      ...(t.payer ? { payer: t.payer } : {}),
      cashier: cashier.id,
      allocations: allocations.map((a) => ({ bill: a.bill, amount: formatMoney(a.amount) })),
      ...(t.deposit ? { deposit: t.deposit.code } : {}),
      ...(t.note ? { note: t.note } : {}),
    };
    book.numbers!.push({ no, status: 'used', at: t.at, unit: t.unit, amount: p.amount });
    acc(Number(date.slice(0, 4)), t.unit).payments!.push(p);
    const dayKey = `${date}-${cashier.id}`;
    days.set(dayKey, [...(days.get(dayKey) ?? []), { unit: t.unit, payment: p }]);
    t.receipt = no;
    t.book = book.id;
  };
  // the counter's takes of a day come after that day's other payments, in their time order
  const takes = [...(x.takes ?? [])].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let nextTake = 0;
  const takesBefore = (date: string) => {
    while (nextTake < takes.length && takes[nextTake].at.slice(0, 10) < date) takeCounter(takes[nextTake++]);
  };
  for (const ev of events) {
    takesBefore(ev.date);
    const active = cashiers.filter((c) => (c.active_from ?? '') <= ev.date && (!c.active_to || c.active_to >= ev.date));
    if (!active.length) continue;
    const cashier = active[Number(ev.date.slice(8)) % active.length];
    const p = take(ev, cashier);
    // one receipt voided (wrong amount written) and re-issued with the next number
    if (!voided && ev.date >= x.periods[Math.max(0, x.periods.length - 4)] && ev.amount > 10000) {
      voided = true;
      for (const a of p.allocations ?? [])
        outstanding.set(`${ev.unit}|${a.bill}`, outstanding.get(`${ev.unit}|${a.bill}`)! + parseMoney(a.amount));
      p.void = { at: p.at, by: cashier.id, reason: '金额填写错误，收回全部三联作废' };
      const book = books.find((b) => b.id === p.book)!;
      const n = book.numbers!.find((y) => y.no === p.receipt)!;
      n.status = 'void';
      n.reason = p.void.reason;
      take({ ...ev, seq: ev.seq + 1 }, cashier, `重开作废收据 ${p.receipt}`);
    }
  }
  takesBefore('9999-12-31');
  // every cashier on duty today holds a book with numbers left, so the first payment taken on the demo prints a receipt
  for (const c of cashiers) if ((c.active_from ?? '') <= asOf && (!c.active_to || c.active_to >= asOf)) bookOf(c, asOf);
  // 4. one waiver on an overdue bill, approved by the director
  for (const [key, owing] of outstanding) {
    if (waived || owing <= 0) continue;
    const [unit, bill] = key.split('|');
    if (bill.slice(0, 7) >= x.periods[x.periods.length - 2]) continue;
    const a = acc(Number(bill.slice(0, 4)), unit);
    a.adjustments!.push({
      id: nextAdjustmentId(a),
      at: `${x.periods[x.periods.length - 2]}-20T10:00:00+08:00`,
      type: 'waiver',
      bill,
      amount: formatMoney(owing),
      reason: '楼上漏水导致房屋长期无法使用，经核实减免当期管理费',
      approved_by: director.id,
      by: issuer.id,
    });
    outstanding.set(key, 0);
    waived = true;
  }
  // 5. closed cashier days (every day but today)
  const files = new Map<string, Record<string, unknown>>();
  for (const [key, entries] of days) {
    const date = key.slice(0, 10);
    const cashier = key.slice(11);
    if (date >= asOf) continue;
    entries.sort((a, b) => a.payment.receipt.localeCompare(b.payment.receipt));
    const { cash } = dayTotals(entries);
    const rec = cashierDayRecord(
      date,
      cashier,
      `${date}T17:20:00+08:00`,
      entries,
      cash ? `YH${date.replace(/-/g, '')}-${cashier}` : undefined,
    );
    files.set(relPath('cashier-day', key), rec as unknown as Record<string, unknown>);
  }
  for (const a of accounts.values()) {
    const clean: Record<string, unknown> = { kind: a.kind, id: a.id, year: a.year, unit: a.unit };
    if (a.bills!.length) clean.bills = a.bills;
    if (a.payments!.length) clean.payments = a.payments;
    if (a.adjustments!.length) clean.adjustments = a.adjustments;
    files.set(relPath('fee-account', a.id), clean);
  }
  for (const b of books) files.set(relPath('receipt-book', b.id), b as unknown as Record<string, unknown>);
  return files;
}

/**
 * The generator of `wuye demo generate`: demo — the last 12 months of buildings 1, 2 and the shops, and the
 * building in its move-in from its notice's date; bench — every unit, the whole window. It works in `finish`,
 * after the move-in and renovation generators have put their money on the counter (g.estate.counter).
 */
export const feesGenerator: KindGenerator = {
  name: 'fees',
  run() {},
  finish(g: GenContext) {
    const cfg = jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as {
      fees?: FeesConfig;
    };
    const fees: FeesConfig = { due_day: 15, proration: 'prorate', ...(cfg.fees ?? {}) };
    const demo = g.opts.profile === 'demo';
    const moving = new Set(g.estate.plans.filter((p) => p.phase === 'movein').map((p) => p.code));
    const building = new Map(g.estate.units.map((u) => [u.id, u.building]));
    const units = g.estate.units.filter(
      (u) => !demo || u.building === '1' || u.building === '2' || u.type === 'shop' || moving.has(u.building),
    );
    const periods = demo ? g.estate.history.periods.slice(-12) : g.estate.history.periods;
    const files = feeHistory({
      units,
      staff: g.estate.staff,
      fees,
      periods,
      asOf: g.opts.asOf,
      rng: g.rng as unknown as Rng,
      takes: g.estate.counter,
      habitual: (unit) => !moving.has(building.get(unit) ?? ''),
      vacantMonths: plannedMonths(g.estate, g.opts.asOf),
    });
    for (const [rel, data] of files) g.out.record(rel, data);
  },
};
