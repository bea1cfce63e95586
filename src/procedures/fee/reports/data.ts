// The rows of the fee reports, pure over scanned accounts (07-fees.md "Reports"): arrears ageing, the ledger
// (应收/实收/欠费 by unit, item, period), collection rates by building and month, the income disclosure.
// e.g. arrearsRows(scanAccounts(store), '2026-11-28', 0)
import { compareIds } from '../../../core/kinds.js';
import { parseMoney, type Fen } from '../../../core/money.js';
import { ageBucket, balance, monthsBetween, type Account, type AgeBucket } from '../rules.js';

export interface ArrearsRow {
  unit: string;
  oldest: string;
  bills: number;
  buckets: Record<AgeBucket, Fen>;
  total: Fen;
}

export function arrearsRows(
  units: Iterable<{ unit: string; accounts: Account[] }>,
  asOf: string,
  minMonths = 0,
): ArrearsRow[] {
  const out: ArrearsRow[] = [];
  for (const { unit, accounts } of units) {
    const bal = balance(accounts);
    const overdue = bal.bills.filter((s) => s.outstanding > 0 && s.bill.due < asOf);
    if (!overdue.length || monthsBetween(overdue[0].bill.due, asOf) < minMonths) continue;
    const buckets: Record<AgeBucket, Fen> = { '0-3': 0, '3-6': 0, '6-12': 0, '12+': 0 };
    for (const s of overdue) buckets[ageBucket(s.bill.due, asOf)] += s.outstanding;
    out.push({
      unit,
      oldest: overdue[0].bill.period,
      bills: overdue.length,
      buckets,
      total: overdue.reduce((a, s) => a + s.outstanding, 0),
    });
  }
  return out;
}

// types, not interfaces, so that a row is a row of the report model (Record<string, unknown>)
export type LedgerRow = {
  unit: string;
  building: string;
  item: string;
  period: string;
  billed: Fen;
  received: Fen;
  adjusted: Fen;
  owing: Fen;
};

/** One row per bill: 应收, 实收, 减免, 欠费 (a ledger the manager totals by unit, building, item, period). */
export function* ledgerRows(
  units: Iterable<{ unit: string; accounts: Account[] }>,
  year?: number,
): Generator<LedgerRow> {
  for (const { unit, accounts } of units) {
    for (const s of balance(accounts).bills) {
      if (year !== undefined && !s.bill.period.startsWith(String(year))) continue;
      yield {
        unit,
        building: unit.split('-')[0],
        item: s.bill.item,
        period: s.bill.period,
        billed: s.amount,
        received: s.paid,
        adjusted: s.adjusted,
        owing: s.outstanding,
      };
    }
  }
}

export type RateRow = {
  building: string;
  period: string;
  billed: Fen;
  received: Fen;
  rate: number;
};

/**
 * Collection rate (收缴率) by building and month: received for a period's bills ÷ billed for them — of the items
 * `keep` names (the report keeps the periodic service fees: a pass-through charge or a renovation fee taken at
 * the counter is not the fee whose collection is measured).
 */
export function collectionRows(rows: Iterable<LedgerRow>, keep: (item: string) => boolean = () => true): RateRow[] {
  const map = new Map<string, RateRow>();
  for (const r of rows) {
    if (!keep(r.item)) continue;
    const k = `${r.building}\u0000${r.period}`;
    const m = map.get(k) ?? { building: r.building, period: r.period, billed: 0, received: 0, rate: 0 };
    m.billed += r.billed;
    m.received += r.received;
    map.set(k, m);
  }
  const out = [...map.values()].sort((a, b) => compareIds(a.building, b.building) || compareIds(a.period, b.period));
  for (const r of out) r.rate = r.billed ? Math.round((r.received * 10000) / r.billed) / 100 : 0;
  return out;
}

/** Income of a year by item (收支情况公布: income by item; spending is entered by the center). */
export function incomeByItem(units: Iterable<{ unit: string; accounts: Account[] }>, year: number): Map<string, Fen> {
  const out = new Map<string, Fen>();
  for (const { accounts } of units) {
    for (const acc of accounts)
      for (const p of acc.payments ?? []) {
        if (p.void || !p.at.startsWith(String(year))) continue;
        for (const a of p.allocations ?? []) {
          const item = a.late_fee ? 'late-fee' : a.bill.split('/')[1];
          out.set(item, (out.get(item) ?? 0) + parseMoney(a.amount));
        }
        if (p.deposit) out.set(`deposit:${p.deposit}`, (out.get(`deposit:${p.deposit}`) ?? 0) + parseMoney(p.amount));
        if (p.prepaid) out.set('prepaid', (out.get('prepaid') ?? 0) + parseMoney(p.prepaid));
      }
  }
  return out;
}

export interface RateSummary {
  year: number;
  billed: Fen;
  received: Fen;
  currentReceived: Fen;
  arrearsAtStart: Fen;
  recovered: Fen;
}

/**
 * The three rates of 07-fees.md for a year: collection (received for the year's bills ÷ billed), current-period
 * (received by the end of each bill's own month ÷ billed), arrears recovered (paid in the year on bills of earlier
 * years ÷ what those bills owed on 1 January).
 */
export function rateSummary(
  units: Iterable<{ unit: string; accounts: Account[] }>,
  year: number,
  keep: (item: string) => boolean = () => true,
): RateSummary {
  const y = String(year);
  const s: RateSummary = { year, billed: 0, received: 0, currentReceived: 0, arrearsAtStart: 0, recovered: 0 };
  for (const { accounts } of units) {
    const bills = new Map(
      accounts
        .flatMap((a) => a.bills ?? [])
        .filter((b) => keep(b.item))
        .map((b) => [b.id, b]),
    );
    const paidBefore = new Map<string, Fen>();
    for (const b of bills.values()) if (b.period.startsWith(y)) s.billed += parseMoney(b.amount);
    for (const a of accounts) {
      for (const p of a.payments ?? []) {
        if (p.void) continue;
        const when = p.at.slice(0, 10);
        for (const al of p.allocations ?? []) {
          if (al.late_fee) continue;
          const b = bills.get(al.bill);
          if (!b) continue;
          const v = parseMoney(al.amount);
          if (b.period.startsWith(y)) {
            s.received += v;
            if (when.slice(0, 7) <= b.period) s.currentReceived += v;
          } else if (b.period < y) {
            if (when < `${y}-01-01`) paidBefore.set(b.id, (paidBefore.get(b.id) ?? 0) + v);
            else if (when.startsWith(y)) s.recovered += v;
          }
        }
      }
      for (const ad of a.adjustments ?? []) {
        if (!ad.bill || ad.type === 'late-fee-waiver' || ad.at.slice(0, 10) >= `${y}-01-01`) continue;
        paidBefore.set(ad.bill, (paidBefore.get(ad.bill) ?? 0) + parseMoney(ad.amount));
      }
    }
    for (const b of bills.values())
      if (b.period < y) s.arrearsAtStart += Math.max(0, parseMoney(b.amount) - (paidBefore.get(b.id) ?? 0));
  }
  return s;
}
