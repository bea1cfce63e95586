// A cashier's day (07-fees.md "Cashier days"): the payment entries of one cashier on one date, their totals by
// method, and a digest of those entries so that a change after the day was closed is caught (audit verify,
// validate). A payment taken after its cashier's day was closed is booked to the next working day whose close is
// still to come (日结后的收款记到下一天: `booked`, 记账日期 on the receipt, `taken` in that day's file); the
// cs-manager may instead reopen a closed day with a reason (fee reopen-day), recorded in the day's file.
// e.g. dayDigest(dayEntries(store, '2026-11-28', 'S003'))
import { createHash } from 'node:crypto';
import { formatMoney, parseMoney, type Fen } from '../../core/money.js';
import type { WorkCalendar } from '../../core/calendar.js';
import type { Store } from '../../core/store.js';
import type { CashierDayRecord } from '../../core/types.gen.js';
import { scanAccounts } from './accounts.js';
import type { Account, Payment } from './rules.js';

/** A cashier day's record id: <date>-<cashier>, e.g. 2026-11-28-S003. */
export const dayId = (date: string, cashier: string): string => `${date}-${cashier}`;

/** Whether a cashier's day is closed (a closed day's entries are never edited, nor added to); a reopened day is not. */
export function dayClosed(store: Store, date: string, cashier: string): boolean {
  const id = dayId(date, cashier);
  return store.exists('cashier-day', id) && !store.read<CashierDayRecord>('cashier-day', id).data.open;
}

/** The day a payment counts in: its booking date (记账日期) when booked after a close, else the day it was taken. */
export const bookedOn = (p: Pick<Payment, 'at' | 'booked'>): string => p.booked ?? p.at.slice(0, 10);

/**
 * The day a payment taken at `at` is booked to: that day, or — when the cashier has closed it — the next
 * working day (the center's calendar) not closed yet.
 */
export function bookingDate(
  store: Store,
  calendar: Pick<WorkCalendar, 'addWorkdays'>,
  at: string,
  cashier: string,
): string {
  let day = at.slice(0, 10);
  while (dayClosed(store, day, cashier)) day = calendar.addWorkdays(day, 1);
  return day;
}

export interface DayEntry {
  unit: string;
  payment: Payment;
}

/** The payments of a cashier booked to a date, in receipt order (a payment booked across the new year stays on the account of the year it was taken). */
export function dayEntries(
  store: Store,
  date: string,
  cashier: string,
  units?: Iterable<{ unit: string; accounts: Account[] }>,
): DayEntry[] {
  const out: DayEntry[] = [];
  for (const { unit, accounts } of units ?? scanAccounts(store)) {
    for (const a of accounts)
      if (a.year === Number(date.slice(0, 4)) || a.year === Number(date.slice(0, 4)) - 1)
        for (const p of a.payments ?? [])
          if (p.cashier === cashier && bookedOn(p) === date) out.push({ unit, payment: p });
  }
  return out.sort((a, b) => a.payment.receipt.localeCompare(b.payment.receipt));
}

export function dayTotals(entries: readonly DayEntry[]): { totals: Record<string, Fen>; total: Fen; cash: Fen } {
  const totals: Record<string, Fen> = {};
  let total = 0;
  for (const e of entries) {
    if (e.payment.void) continue;
    const v = parseMoney(e.payment.amount);
    totals[e.payment.method] = (totals[e.payment.method] ?? 0) + v;
    total += v;
  }
  return { totals, total, cash: totals.cash ?? 0 };
}

/** A digest of the day's entries (reprints left out: a reprint changes nothing of the money). */
/** The closed day of a cashier (日结): its receipts, totals by method, cash to bank, and the digest that seals it. */
export function cashierDayRecord(
  date: string,
  cashier: string,
  closedAt: string,
  entries: readonly DayEntry[],
  slip?: string,
): CashierDayRecord {
  const { totals, total, cash } = dayTotals(entries);
  return {
    kind: 'cashier-day',
    id: dayId(date, cashier),
    date,
    cashier,
    closed_at: closedAt,
    receipts: entries.map((e) => ({
      no: e.payment.receipt,
      unit: e.unit,
      amount: e.payment.amount,
      method: e.payment.method,
      ...(e.payment.void ? { void: true } : {}),
      ...(e.payment.booked ? { taken: e.payment.at.slice(0, 10) } : {}),
    })),
    totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, formatMoney(v)])),
    total: formatMoney(total),
    cash_to_bank: formatMoney(cash),
    ...(slip ? { deposit_slip: slip } : {}),
    digest: dayDigest(entries),
  } as CashierDayRecord;
}

export function dayDigest(entries: readonly DayEntry[]): string {
  const canon = entries.map((e) => {
    const { reprints: _r, ...p } = e.payment;
    return [e.unit, p];
  });
  return createHash('sha256').update(JSON.stringify(canon)).digest('hex');
}

/** Closed days whose entries changed after closing: [day id, what]. */
export function closedDayChanges(
  store: Store,
  days: Iterable<CashierDayRecord>,
): { id: string; date: string; cashier: string }[] {
  const list = [...days];
  if (!list.length) return [];
  const units = [...scanAccounts(store)];
  return list
    .filter((d) => d.digest && dayDigest(dayEntries(store, d.date, d.cashier, units)) !== d.digest)
    .map((d) => ({ id: d.id, date: d.date, cashier: d.cashier }));
}
