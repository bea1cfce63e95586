// A cashier's day (07-fees.md "Cashier days"): the payment entries of one cashier on one date, their totals by
// method, and a digest of those entries so that a change after the day was closed is caught (audit verify,
// validate). e.g. dayDigest(dayEntries(store, '2026-11-28', 'S003'))
import { createHash } from 'node:crypto';
import { formatMoney, parseMoney, type Fen } from '../../core/money.js';
import type { Store } from '../../core/store.js';
import type { CashierDayRecord } from '../../core/types.gen.js';
import { scanAccounts } from './accounts.js';
import type { Account, Payment } from './rules.js';

/** A cashier day's record id: <date>-<cashier>, e.g. 2026-11-28-S003. */
export const dayId = (date: string, cashier: string): string => `${date}-${cashier}`;

/** Whether a cashier's day is closed (a closed day's entries are never edited, nor added to). */
export function dayClosed(store: Store, date: string, cashier: string): boolean {
  return store.exists('cashier-day', dayId(date, cashier));
}

export interface DayEntry {
  unit: string;
  payment: Payment;
}

/** The payments of a cashier on a date, in receipt order. */
export function dayEntries(
  store: Store,
  date: string,
  cashier: string,
  units?: Iterable<{ unit: string; accounts: Account[] }>,
): DayEntry[] {
  const out: DayEntry[] = [];
  for (const { unit, accounts } of units ?? scanAccounts(store)) {
    for (const a of accounts)
      if (a.year === Number(date.slice(0, 4)))
        for (const p of a.payments ?? [])
          if (p.cashier === cashier && p.at.slice(0, 10) === date) out.push({ unit, payment: p });
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
