// The fee rules, pure (spec procedures/07-fees.md "Rules", "Amounts, exactly"; manual 四.7, 四.9, 四.2 4.5):
// which rate is in force, a bill line (prorated first month, vacant discount, one half-up rounding),
// allocation of a payment oldest first, balances, ageing, late fees, dunning, receipt numbers.
// No I/O here: commands read the records and pass plain data in. e.g. billLine(unit, item, '2026-11', cfg)
import { RuleError } from '../../core/errors.js';
import { nextInSequence } from '../../core/ids.js';
import { msg } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import { addDays, daysBetween, daysInMonth } from '../../core/dates.js';
import { divRoundHalfUp, formatMoney, parseDecimal, parseMoney, type Fen } from '../../core/money.js';
import type { ConfigRecord, FeeAccountRecord, ReceiptBookRecord, UnitRecord } from '../../core/types.gen.js';

export type FeesConfig = NonNullable<ConfigRecord['fees']>;
export type FeeItem = NonNullable<FeesConfig['items']>[number];
export type Bill = NonNullable<FeeAccountRecord['bills']>[number];
export type Payment = NonNullable<FeeAccountRecord['payments']>[number];
export type Adjustment = NonNullable<FeeAccountRecord['adjustments']>[number];
export type Dunning = NonNullable<FeeAccountRecord['dunning']>[number];
export type Account = FeeAccountRecord;
export type Book = ReceiptBookRecord;
export type Cycle = 'monthly' | 'quarterly' | 'yearly';

export type { PayMethod as Method } from '../../core/enums.gen.js';

// ---------- periods ----------

export const periodOf = (date: string): string => date.slice(0, 7);
export const firstDay = (period: string): string => `${period}-01`;
export function lastDay(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${period}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}
export function addMonths(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number);
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}
export const cycleMonths = (c: Cycle): number => (c === 'monthly' ? 1 : c === 'quarterly' ? 3 : 12);
/** Is this period the first month of a billing cycle (quarterly: 01, 04, 07, 10; yearly: 01)? */
export function isCycleStart(period: string, c: Cycle): boolean {
  const m = Number(period.slice(5));
  return (m - 1) % cycleMonths(c) === 0;
}

/**
 * The latest period a command may name on `today` (07-fees.md "Billing"; issue 12 "Bad records" 15): the
 * start of the billing cycle `ahead` cycles after the current one — monthly with ahead 1, next month
 * (2026-11-28 → 2026-12); quarterly, the next quarter (→ 2027-01). `fee bill --period 2999-01` is a typo.
 */
export function latestPeriod(today: string, c: Cycle, ahead: number): string {
  const n = cycleMonths(c);
  const m = Number(today.slice(5, 7));
  const start = addMonths(periodOf(today), -((m - 1) % n));
  return addMonths(start, ahead * n);
}

/** Refuse (exit 1) a --period past the horizon: later periods are planned only when they come near. */
export function checkPeriodAhead(period: string, today: string, c: Cycle, ahead: number, flag = '--period'): void {
  const last = latestPeriod(today, c, ahead);
  if (period <= last) return;
  throw new RuleError(
    msg(
      `${flag} ${period} 太远：今天是 ${today}，最远只能到 ${last}（wuye.yaml 的 fees.periods_ahead 为 ${ahead}）`,
      `${flag} ${period} is too far ahead: today is ${today}, and the latest period allowed is ${last} (fees.periods_ahead in wuye.yaml is ${ahead})`,
    ),
    msg(
      `检查输入的期间（是否打错年份？）；确需提前计费时调大 fees.periods_ahead`,
      'check the period typed (a wrong year?); to bill further ahead, raise fees.periods_ahead',
    ),
  );
}

/** Whole calendar months from a to b (2026-01-31 → 2026-03-02: 1). */
export function monthsBetween(a: string, b: string): number {
  const [y1, m1, d1] = a.split('-').map(Number);
  const [y2, m2, d2] = b.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

// ---------- rates and lines ----------

/** The rate entry in force on a date (the latest one starting on or before it, if it has not ended), or undefined. */
export function rateEntryOn(item: Pick<FeeItem, 'rates'>, date: string): FeeItem['rates'][number] | undefined {
  let best: FeeItem['rates'][number] | undefined;
  for (const r of item.rates) if (r.from <= date && (!r.to || date <= r.to) && (!best || r.from > best.from)) best = r;
  return best;
}

/** The rate in force on a date, or undefined. */
export const rateOn = (item: Pick<FeeItem, 'rates'>, date: string): string | undefined => rateEntryOn(item, date)?.rate;

export type Rate = FeeItem['rates'][number];

/**
 * A fee item's rates with a new one from a date (a price change, 三.7.5: published with its document): the
 * rate in force the day before ends then, a rate already set from the same date is replaced, and one set for
 * later keeps its date (the new one ends the day before it). The date must open a billing cycle — a bill takes
 * the rate in force on its period's first day — and must not touch a billed period (checked by the caller,
 * who reads the accounts). e.g. scheduleRate(item.rates, { rate: '2.30', from: '2027-01-01', document: '…' }, 'monthly')
 */
export function scheduleRate(rates: readonly Rate[], next: Rate & { document: string }, cycle: Cycle): Rate[] {
  if (!next.from.endsWith('-01') || !isCycleStart(periodOf(next.from), cycle))
    throw new RuleError(
      msg(
        `新单价须从计费周期的第一天起执行（${cycle === 'monthly' ? '某月 1 日' : cycle === 'quarterly' ? '1、4、7、10 月 1 日' : '1 月 1 日'}），而不是 ${next.from}`,
        `a new rate starts on the first day of a billing cycle, not ${next.from}`,
      ),
      msg('每期账单按该期第一天生效的单价计算', "each bill takes the rate in force on its period's first day"),
    );
  const dayBefore = addDays(next.from, -1);
  const out: Rate[] = [];
  let later: string | undefined;
  for (const r of [...rates].sort((a, b) => cmp(a.from, b.from))) {
    if (r.from === next.from) continue; // replaced
    if (r.from > next.from) {
      later ??= r.from;
      out.push(r);
      continue;
    }
    out.push(!r.to || r.to >= next.from ? { ...r, to: dayBefore } : r);
  }
  out.push({ rate: next.rate, from: next.from, ...(later ? { to: addDays(later, -1) } : {}), document: next.document });
  return out.sort((a, b) => cmp(a.from, b.from));
}

/** Does the item apply to this unit type? */
export const appliesTo = (item: FeeItem, type: string): boolean =>
  !item.unit_types?.length || item.unit_types.includes(type as never);

/** The base of a line: the area for per-m² rules, one unit (or space) otherwise. */
export const baseOf = (item: FeeItem, unit: Pick<UnitRecord, 'area'>): string =>
  item.rule === 'per-area-month' ? unit.area : '1.00';

/**
 * Days charged in the month of the start date: from the start to the month's end, both included
 * (start 2026-11-17: 14 of 30 days).
 */
export function prorate(start: string): { days: number; dim: number } {
  const [y, m, d] = start.split('-').map(Number);
  const dim = daysInMonth(y, m);
  return { days: dim - d + 1, dim };
}

/** round(base × rate × num ÷ den) to the fen, half-up, once. */
export function roundLine(base: string, rate: string, num: bigint, den: bigint): Fen {
  const a = parseDecimal(base, 2);
  const r = parseDecimal(rate, 6);
  return Number(divRoundHalfUp(a * r * num, 1_000_000n * den));
}

export interface LineInput {
  unit: Pick<UnitRecord, 'id' | 'type' | 'area' | 'state' | 'fee_start'>;
  item: FeeItem;
  period: string; // the cycle's first month
  cycle: Cycle;
  proration: 'prorate' | 'whole-month';
  dueDay: number;
  vacant?: { discount_percent?: number; items?: string[]; states?: string[] };
  /**
   * The months (YYYY-MM) an approved vacant-discount application covers (vacant/api.ts discountMonthsOf): the
   * discount applies to these months only — never because of the unit's state alone (issue 10 item 6).
   */
  vacantMonths?: ReadonlySet<string>;
  run?: string;
}

/**
 * One bill line for a unit, item and cycle, or undefined when nothing is due
 * (fee not started by the cycle's end, item not for this unit type, no rate in force).
 */
export function billLine(x: LineInput): Bill | undefined {
  const { unit, item, period, cycle } = x;
  if (item.kind !== 'periodic' || !unit.fee_start || !appliesTo(item, unit.type)) return undefined;
  const n = cycleMonths(cycle);
  const endPeriod = addMonths(period, n - 1);
  if (unit.fee_start > lastDay(endPeriod)) return undefined;
  const rate = rateOn(item, firstDay(period) < unit.fee_start ? unit.fee_start : firstDay(period));
  if (rate === undefined) return undefined;
  const base = baseOf(item, unit);
  // months of the cycle: whole ones after the start month, and the start month prorated (or whole)
  let full = 0;
  let days: number | undefined;
  let dim: number | undefined;
  const covered: { whole: number; part: boolean } = { whole: 0, part: false }; // months under an approved discount
  for (let i = 0; i < n; i++) {
    const p = addMonths(period, i);
    if (lastDay(p) < unit.fee_start) continue;
    const onDiscount = !!x.vacantMonths?.has(p);
    if (firstDay(p) < unit.fee_start && x.proration === 'prorate') {
      ({ days, dim } = prorate(unit.fee_start));
      covered.part = onDiscount;
    } else {
      full++;
      if (onDiscount) covered.whole++;
    }
  }
  const den = BigInt(dim ?? 1);
  const num = BigInt(full) * den + BigInt(days ?? 0);
  const gross = roundLine(base, rate, num, den);
  const v = x.vacant;
  const pct =
    v && (v.discount_percent ?? 0) > 0 && (!v.items?.length || v.items.includes(item.code)) ? v.discount_percent! : 0;
  const off = BigInt(covered.whole) * den + BigInt(covered.part ? (days ?? 0) : 0);
  const amount = pct && off > 0n ? roundLine(base, rate, num * 100n - off * BigInt(pct), den * 100n) : gross;
  const dueStd = `${period}-${String(x.dueDay).padStart(2, '0')}`;
  const due = unit.fee_start > dueStd ? lastDay(periodOf(unit.fee_start)) : dueStd;
  return {
    id: `${period}/${item.code}`,
    item: item.code,
    period,
    rate,
    base,
    ...(days !== undefined ? { days, days_in_month: dim } : {}),
    ...(n > 1 ? { months: full + (days ? 1 : 0) } : {}),
    ...(amount !== gross ? { gross: formatMoney(gross), discount: formatMoney(gross - amount) } : {}),
    amount: formatMoney(amount),
    due,
    ...(x.run ? { run: x.run } : {}),
  };
}

/**
 * The bills of a periodic item for `months` months from a start date, as the billing run would raise them
 * (manual 四.2 4.5: the management fee collected at move-in counts from the date on the notice): one line per
 * billing cycle the months touch, the first prorated from the start. Their ids are the run's, so a later run
 * bills none of them again. e.g. billsFrom({ unit, item, start: '2026-11-16', months: 3, ... }) → 2026-11 (15/30 days), 2026-12, 2027-01
 */
export function billsFrom(
  x: Omit<LineInput, 'period' | 'unit'> & { unit: Omit<LineInput['unit'], 'fee_start'>; start: string; months: number },
): Bill[] {
  const unit = { ...x.unit, fee_start: x.start };
  const n = cycleMonths(x.cycle);
  const cycles = new Set<string>();
  for (let i = 0; i < x.months; i++) {
    const p = addMonths(periodOf(x.start), i);
    const m = Number(p.slice(5)) - 1;
    cycles.add(addMonths(p, -(m % n)));
  }
  const out: Bill[] = [];
  for (const period of cycles) {
    const b = billLine({ ...x, unit, period });
    if (b) out.push(b);
  }
  return out;
}

/**
 * The name of a fee item by its code: the configured item, else the catalog's label; a second charge of one item
 * in a period (`parking-pass-2`, fee/api.ts chargeOneOff) is named as the item; the code itself when unknown.
 */
export function itemName(items: readonly FeeItem[], code: string): string {
  for (const c of [code, code.replace(/-\d+$/, '')]) {
    const name = items.find((i) => i.code === c)?.name ?? labelZh('feeItem', c);
    if (name !== c) return name;
  }
  return code;
}

// ---------- balances ----------

export interface BillState {
  bill: Bill;
  year: number;
  amount: Fen;
  paid: Fen;
  adjusted: Fen;
  outstanding: Fen;
  lateAccrued: Fen;
  latePaid: Fen;
  lateWaived: Fen;
}

export interface Balance {
  bills: BillState[]; // every bill, oldest first
  billed: Fen;
  paid: Fen;
  adjusted: Fen;
  outstanding: Fen;
  credit: Fen; // prepayment left
  deposits: Map<string, Fen>; // held per deposit item
  lateOutstanding: Fen;
}

export const live = (p: Payment): boolean => !p.void;

// Dates, periods and item codes ([a-z0-9-]) sort the same by code unit as by locale, and the first
// localeCompare of a process loads ICU's collator, which a read command would otherwise pay for.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Bills in the order payments go to them: oldest due date first, then period, then item code. */
export function billOrder(a: Bill, b: Bill): number {
  return cmp(a.due, b.due) || cmp(a.period, b.period) || cmp(a.item, b.item);
}

/** The balances of a unit over all its accounts (every year), as of now. */
export function balance(accounts: readonly Account[]): Balance {
  const states = new Map<string, BillState>();
  for (const acc of accounts)
    for (const b of acc.bills ?? []) {
      states.set(b.id, {
        bill: b,
        year: acc.year,
        amount: parseMoney(b.amount),
        paid: 0,
        adjusted: 0,
        outstanding: 0,
        lateAccrued: b.late_fee ? parseMoney(b.late_fee.amount) : 0,
        latePaid: 0,
        lateWaived: 0,
      });
    }
  let credit = 0;
  const deposits = new Map<string, Fen>();
  for (const acc of accounts) {
    for (const p of acc.payments ?? []) {
      if (!live(p)) continue;
      for (const a of p.allocations ?? []) {
        const s = states.get(a.bill);
        if (!s) continue; // validate reports it
        if (a.late_fee) s.latePaid += parseMoney(a.amount);
        else s.paid += parseMoney(a.amount);
      }
      if (p.prepaid) credit += parseMoney(p.prepaid);
      if (p.deposit) deposits.set(p.deposit, (deposits.get(p.deposit) ?? 0) + parseMoney(p.amount));
    }
    for (const a of acc.adjustments ?? []) {
      const v = parseMoney(a.amount);
      const s = a.bill ? states.get(a.bill) : undefined;
      switch (a.type) {
        case 'waiver':
        case 'correction':
          if (s) s.adjusted += v;
          break;
        case 'late-fee-waiver':
          if (s) s.lateWaived += v;
          break;
        case 'prepayment':
          if (s) s.adjusted += v;
          credit -= v;
          break;
        case 'refund':
          credit -= v;
          break;
        case 'deposit-refund':
        case 'deposit-deduction':
          if (a.deposit) deposits.set(a.deposit, (deposits.get(a.deposit) ?? 0) - v);
          break;
      }
    }
  }
  const bills = [...states.values()].sort((a, b) => billOrder(a.bill, b.bill));
  let billed = 0,
    paid = 0,
    adjusted = 0,
    outstanding = 0,
    lateOutstanding = 0;
  for (const s of bills) {
    s.outstanding = s.amount - s.paid - s.adjusted;
    billed += s.amount;
    paid += s.paid;
    adjusted += s.adjusted;
    outstanding += s.outstanding;
    lateOutstanding += Math.max(0, s.lateAccrued - s.latePaid - s.lateWaived);
  }
  return { bills, billed, paid, adjusted, outstanding, credit, deposits, lateOutstanding };
}

// ---------- statements ----------

/**
 * The date a statement asks the owner to pay by: a real date after the statement date — the earliest due date
 * of this period's open lines still ahead, else the next due day (wuye.yaml fees.due_day) after the statement
 * date. Lines whose due date has passed read as overdue and are not given a past date to pay by.
 * e.g. as of 2026-11-30, lines due 11-15 (overdue), due day 15 → 2026-12-15; as of 11-28, a line due 11-30 → 11-30.
 */
export function payByDate(asOf: string, openDues: readonly string[], dueDay: number): string {
  const ahead = openDues.filter((d) => d > asOf).sort()[0];
  if (ahead) return ahead;
  const day = (p: string) => `${p}-${String(dueDay).padStart(2, '0')}`;
  const here = day(periodOf(asOf));
  return here > asOf ? here : day(addMonths(periodOf(asOf), 1));
}

// ---------- allocation ----------

export interface Allocation {
  bill: string;
  amount: Fen;
  late_fee?: boolean;
}

/**
 * Share a payment among open bills: oldest first, or only the bills the payer names (in their order of age);
 * what is left over becomes prepayment (预存).
 */
export function allocate(
  amount: Fen,
  open: readonly { id: string; outstanding: Fen }[],
  only?: readonly string[],
): { allocations: Allocation[]; prepaid: Fen } {
  if (amount < 0) throw new RangeError('negative payment');
  const out: Allocation[] = [];
  let left = amount;
  for (const b of open) {
    if (left === 0) break;
    if (b.outstanding <= 0) continue;
    if (only && !only.includes(b.id)) continue;
    const a = Math.min(left, b.outstanding);
    out.push({ bill: b.id, amount: a });
    left -= a;
  }
  return { allocations: out, prepaid: left };
}

/** Apply prepayment credit to open bills, oldest first (done when bills are raised). */
export const applyCredit = (credit: Fen, open: readonly { id: string; outstanding: Fen }[]): Allocation[] =>
  allocate(Math.max(0, credit), open).allocations;

// ---------- ageing and late fees ----------

export type AgeBucket = '0-3' | '3-6' | '6-12' | '12+';
export const AGE_BUCKETS: readonly AgeBucket[] = ['0-3', '3-6', '6-12', '12+'];

/** The ageing bucket of a bill overdue since its due date, as of a date (months overdue: <3, <6, <12, ≥12). */
export function ageBucket(due: string, asOf: string): AgeBucket {
  const m = monthsBetween(due, asOf);
  return m < 3 ? '0-3' : m < 6 ? '3-6' : m < 12 ? '6-12' : '12+';
}

export interface LateRule {
  enabled?: boolean;
  grace_days?: number;
  daily_rate?: string;
  cap_at_principal?: boolean;
}

/**
 * Late fee of one bill: round(overdue × daily_rate × days), days from the day after the due date
 * (after grace) to the as-of date, both included (due 2026-01-31, as of 2026-03-02: 30 days).
 */
export function lateFee(overdue: Fen, due: string, asOf: string, rule: LateRule): { days: number; amount: Fen } {
  if (!rule.enabled || !rule.daily_rate || overdue <= 0) return { days: 0, amount: 0 };
  const start = addDays(due, rule.grace_days ?? 0);
  const days = Math.max(0, daysBetween(start, asOf));
  let amount = Number(divRoundHalfUp(BigInt(overdue) * parseDecimal(rule.daily_rate, 6) * BigInt(days), 1_000_000n));
  if (rule.cap_at_principal !== false && amount > overdue) amount = overdue;
  return { days, amount };
}

// ---------- dunning ----------

export interface DunningStage {
  stage: string;
  after_months: number;
  pay_within_days?: number;
}

/**
 * The bills a notice of a stage presses (民法典 art. 944 催告, the ladder of wuye.yaml fees.dunning in its order):
 * overdue at least the stage's months, not yet in a notice of this stage, and — past the first stage — pressed
 * by the stage before with its deadline gone by. So no formal notice or final demand without the ones before it.
 */
export function dunningDue(
  b: Balance,
  notices: readonly Dunning[],
  stages: readonly DunningStage[],
  stageName: string,
  asOf: string,
): { due: BillState[]; waiting: BillState[] } {
  const i = stages.findIndex((s) => s.stage === stageName);
  const stage = stages[i];
  const prev = i > 0 ? stages[i - 1] : undefined;
  const done = new Set(notices.filter((n) => n.stage === stageName).flatMap((n) => n.bills));
  const pressed = new Map<string, string>(); // bill → the latest deadline of the stage before
  for (const n of notices)
    if (prev && n.stage === prev.stage)
      for (const id of n.bills) if ((pressed.get(id) ?? '') < n.deadline) pressed.set(id, n.deadline);
  const candidates = b.bills.filter(
    (s) =>
      s.outstanding > 0 &&
      s.bill.due < asOf &&
      monthsBetween(s.bill.due, asOf) >= stage.after_months &&
      !done.has(s.bill.id),
  );
  const ready = (s: BillState) => !prev || (pressed.has(s.bill.id) && pressed.get(s.bill.id)! < asOf);
  return { due: candidates.filter(ready), waiting: candidates.filter((s) => !ready(s)) };
}

/** The whole debt overdue on a date: every bill past its due date with something outstanding, oldest first. */
export const overdueOn = (b: Balance, asOf: string): BillState[] =>
  b.bills.filter((s) => s.outstanding > 0 && s.bill.due < asOf);

/** The number of the next notice of a unit's account: CJ2026-1-2-0801-01, -02, … */
export const dunningNumber = (year: number, unit: string, notices: readonly Dunning[]): string =>
  `CJ${year}-${unit}-${String(notices.length + 1).padStart(2, '0')}`;

/** Which wording a stage gets: the first is a reminder, the last the final demand naming the consequence, the rest formal. */
export function dunningTone(stages: readonly DunningStage[], stageName: string): 'reminder' | 'formal' | 'final' {
  const i = stages.findIndex((s) => s.stage === stageName);
  return i === stages.length - 1 && i > 0 ? 'final' : i === 0 ? 'reminder' : 'formal';
}

// ---------- receipt books ----------

/** The id of the next adjustment entry of an account: A001, A002, … (station-coded AB001 at desk B). */
export const nextAdjustmentId = (acc: Account, station = ''): string =>
  nextInSequence(
    `A${station}`,
    3,
    (acc.adjustments ?? []).map((a) => a.id),
  );

export const bookSize = (b: Pick<Book, 'from' | 'to'>): number => Number(b.to) - Number(b.from) + 1;
export const numberAt = (b: Pick<Book, 'from'>, i: number): string => String(Number(b.from) + i).padStart(7, '0');

/** The next free number of a book (numbers are used in sequence, no gaps), or undefined when full. */
export function nextNumber(b: Book): string | undefined {
  const used = (b.numbers ?? []).length;
  return used < bookSize(b) ? numberAt(b, used) : undefined;
}

/** The cashier's current book: issued to them, not returned, not full; the lowest number first. */
export function currentBook(books: readonly Book[], cashier: string): Book | undefined {
  return books
    .filter((b) => b.issued?.to === cashier && !b.returned && nextNumber(b) !== undefined)
    .sort((a, b) => a.from.localeCompare(b.from))[0];
}

/** The register of a book: every number as used, voided or not issued (free). */
export function bookRegister(
  b: Book,
): { no: string; status: 'used' | 'void' | 'free'; unit?: string; amount?: string; reason?: string }[] {
  const byNo = new Map((b.numbers ?? []).map((n) => [n.no, n]));
  const out = [];
  for (let i = 0; i < bookSize(b); i++) {
    const no = numberAt(b, i);
    const n = byNo.get(no);
    out.push(
      n ? { no, status: n.status, unit: n.unit, amount: n.amount, reason: n.reason } : { no, status: 'free' as const },
    );
  }
  return out;
}

/** Collection rate in per mille-free percent with two decimals: received ÷ billed (0 when nothing billed). */
export const rate = (received: Fen, billed: Fen): number =>
  billed === 0 ? 0 : Math.round((received * 10000) / billed) / 100;
