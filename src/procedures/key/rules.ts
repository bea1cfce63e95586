// The key register's rules (manual 三.12 钥匙管理; spec procedures/01-registry-and-archive.md "Rules"):
// one loan out at a time, a key lent is due back by the end of that day (keys.day_end in wuye.yaml),
// a key not back by then is overdue; standard 12.2 counts loans registered and not returned.
// e.g. isOverdue(loan, '2026-11-28T19:00:00+08:00') → true for a loan out that morning and not back
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';
import type { KeyRecord } from '../../core/types.gen.js';

export type Key = KeyRecord;
export type KeyLoan = NonNullable<KeyRecord['loans']>[number];

/** The loan that is out now (no `in`, not lost), if any. */
export function openLoan(k: Key): KeyLoan | undefined {
  return (k.loans ?? []).find((l) => !l.in && !l.lost);
}

/** Where a key is now: out on loan, in the cabinet, returned to its owner, or lost. */
export type Whereabouts = 'out' | 'in' | 'returned' | 'lost';
export function whereabouts(k: Key): Whereabouts {
  if (k.state === 'returned') return 'returned';
  if (k.state === 'lost') return 'lost';
  return openLoan(k) ? 'out' : 'in';
}

/** The ISO offset of a time written by wuye (+08:00). */
const offsetOf = (iso: string): string => /([+-]\d{2}:\d{2}|Z)$/.exec(iso)?.[1] ?? '+08:00';

/** Due back: the given date's day_end, or the end (day_end) of the day it went out. */
export function dueOf(out: string, dayEnd: string, dueDate?: string): string {
  return `${dueDate ?? out.slice(0, 10)}T${dayEnd}:00${offsetOf(out)}`;
}

const ms = (iso: string): number => Date.parse(iso);

/** A loan not back by its due time (the end of the day it went out, unless a later due was approved). */
export function isOverdue(l: KeyLoan, now: string, dayEnd: string): boolean {
  if (l.lost) return false;
  const due = l.due ?? dueOf(l.out, dayEnd);
  return l.in ? ms(l.in) > ms(due) : ms(now) > ms(due);
}

/** Returned late (back, but after the due time). */
export function returnedLate(l: KeyLoan, dayEnd: string): boolean {
  return !!l.in && ms(l.in) > ms(l.due ?? dueOf(l.out, dayEnd));
}

export interface LoanRow {
  key: string;
  label: string;
  unit?: string;
  index: number;
  loan: KeyLoan;
  overdue: boolean;
}

/** Every loan of these keys that went out between from and to (dates, inclusive), oldest first. */
export function loansBetween(keys: readonly Key[], from: string, to: string, now: string, dayEnd: string): LoanRow[] {
  const rows: LoanRow[] = [];
  for (const k of keys)
    (k.loans ?? []).forEach((loan, index) => {
      const d = loan.out.slice(0, 10);
      if (d >= from && d <= to)
        rows.push({ key: k.id, label: k.label, unit: k.unit, index, loan, overdue: isOverdue(loan, now, dayEnd) });
    });
  return rows.sort((a, b) => ms(a.loan.out) - ms(b.loan.out) || a.key.localeCompare(b.key));
}

/** Standard 12.2 (key loans registered): loans in the period, those not back, those back late, with evidence. */
export interface KeyLoanStandard {
  loans: number;
  notReturned: number;
  overdue: number;
  returnedLate: number;
  /** `K-3-1-0101#2` for each loan not returned or returned late. */
  evidence: string[];
}

export function keyLoanStandard(
  keys: readonly Key[],
  from: string,
  to: string,
  now: string,
  dayEnd: string,
): KeyLoanStandard {
  const rows = loansBetween(keys, from, to, now, dayEnd);
  const open = rows.filter((r) => !r.loan.in && !r.loan.lost);
  const late = rows.filter((r) => returnedLate(r.loan, dayEnd));
  return {
    loans: rows.length,
    notReturned: open.length,
    overdue: open.filter((r) => r.overdue).length,
    returnedLate: late.length,
    evidence: [...open, ...late].map((r) => `${r.key}#${r.index + 1}`),
  };
}

/** Unit keys a procedure may lend for that unit (a vacant unit's set first, then a kept entrance key). */
export function keysOfUnit(keys: readonly Key[], unit: string): Key[] {
  const order = { 'unit-set': 0, 'unit-entrance': 1 } as Record<string, number>;
  return keys
    .filter((k) => k.unit === unit && k.state === 'held')
    .sort((a, b) => (order[a.type] ?? 2) - (order[b.type] ?? 2) || a.id.localeCompare(b.id));
}

/** keys.day_end of wuye.yaml, the manual's end of the working day when it is not set. */
export const dayEndOf = (config: { keys?: { day_end?: string } }): string =>
  config.keys?.day_end ?? CONFIG_DEFAULTS.keys.day_end;
