// The vacant-unit rules (manual 四.5 空置房管理; spec procedures/05-vacant.md): every unsold or vacant unit is
// checked at least every `vacant.check_days` days (wuye.yaml, monthly by default), overdue past it; the fee
// discount applies only for the months an approved application covers, never before the month it was made in.
// e.g. discountMonths(rec) → Set { '2026-12', '2027-01', … } · checkState(unit, rec, '2026-11-28', 31).overdue
import { addDays, daysBetween } from '../../core/dates.js';
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';
import type { UnitRecord, VacantRecord } from '../../core/types.gen.js';

export type Vacant = VacantRecord;
export type VacantCheck = NonNullable<VacantRecord['checks']>[number];
export type Viewing = NonNullable<VacantRecord['viewings']>[number];
export type Discount = NonNullable<VacantRecord['discounts']>[number];

/** The unit states the center looks after as vacant: unsold, and handed over with nobody living in it. */
export const VACANT_STATES: readonly string[] = ['unsold', 'vacant'];
export const isVacantUnit = (u: Pick<UnitRecord, 'state' | 'type'>): boolean =>
  VACANT_STATES.includes(u.state) && u.type !== 'parking';

/** vacant.check_days of wuye.yaml (the manual's "at least monthly" when it is not set). */
export const checkDaysOf = (config: { vacant?: { check_days?: number } }): number =>
  config.vacant?.check_days ?? CONFIG_DEFAULTS.vacant.check_days;

/** The last check of a unit (by date), if any. */
export function lastCheck(rec: Vacant | undefined): VacantCheck | undefined {
  return [...(rec?.checks ?? [])].sort((a, b) => a.date.localeCompare(b.date)).pop();
}

export interface CheckState {
  last?: string;
  /** The day the next check is due (the last check, or the day the unit came under the center, + check_days). */
  due: string;
  overdue: boolean;
  daysOver: number;
}

/** When a vacant unit's next check is due, and whether it is overdue on asOf. `since`: when it came under the center. */
export function checkState(rec: Vacant | undefined, since: string, asOf: string, days: number): CheckState {
  const last = lastCheck(rec)?.date;
  const due = addDays(last ?? since, days);
  const over = daysBetween(due, asOf);
  return { ...(last ? { last } : {}), due, overdue: over > 0, daysOver: Math.max(0, over) };
}

const monthOf = (date: string) => date.slice(0, 7);
function* months(from: string, to: string): Generator<string> {
  let [y, m] = from.split('-').map(Number);
  for (;;) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    if (p > to) return;
    yield p;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * The months (YYYY-MM) the vacant discount applies to: those covered by an approved application, from the month
 * it was made in (never before it) to its last month. A unit with no approved application has none.
 */
export function discountMonths(rec: Vacant | undefined): Set<string> {
  const out = new Set<string>();
  for (const d of rec?.discounts ?? []) {
    if (d.state !== 'approved') continue;
    const first = d.from > monthOf(d.applied) ? d.from : monthOf(d.applied);
    for (const p of months(first, d.to)) out.add(p);
  }
  return out;
}

/** An application whose months meet an earlier one still standing (applied or approved). */
export function overlapping(rec: Vacant | undefined, from: string, to: string): Discount | undefined {
  return (rec?.discounts ?? []).find((d) => d.state !== 'refused' && d.from <= to && from <= d.to);
}

/** The on-site check an application rests on: the last check of the unit at most `days` before the application. */
export function siteCheck(rec: Vacant | undefined, applied: string, days: number): VacantCheck | undefined {
  return [...(rec?.checks ?? [])]
    .filter((c) => c.date <= applied && daysBetween(c.date, applied) <= days)
    .sort((a, b) => a.date.localeCompare(b.date))
    .pop();
}

/** Standard 四.5 (vacant units checked on schedule) over [from, to]. */
export interface VacantCheckStandard {
  units: number;
  checks: number;
  /** Units with a stretch longer than check_days without a check inside the period. */
  late: number;
  /** Unit ids (with the longest gap in days) of the late ones. */
  evidence: string[];
}

export function vacantCheckStandard(
  units: readonly { id: string; since: string; rec?: Vacant }[],
  from: string,
  to: string,
  days: number,
): VacantCheckStandard {
  let checks = 0;
  const evidence: string[] = [];
  for (const u of units) {
    const start = u.since > from ? u.since : from;
    if (start > to) continue;
    const dates = (u.rec?.checks ?? [])
      .map((c) => c.date)
      .filter((d) => d <= to)
      .sort();
    checks += dates.filter((d) => d >= from).length;
    // the gaps that fall in the period: from the last check before it (or the start) to each check, and to `to`
    let prev = [...dates].filter((d) => d < start).pop() ?? start;
    let worst = 0;
    for (const d of [...dates.filter((d) => d >= start), to]) {
      worst = Math.max(worst, daysBetween(prev, d));
      prev = d;
    }
    if (worst > days) evidence.push(`${u.id} (${worst})`);
  }
  return { units: units.filter((u) => u.since <= to).length, checks, late: evidence.length, evidence };
}

/** "2026-12..2027-11" spans of a set of months. */
export function spans(months: Set<string>): string {
  const list = [...months].sort();
  const out: string[] = [];
  let start = list[0];
  for (let i = 0; i < list.length; i++) {
    const next = list[i + 1];
    const [y, m] = list[i].split('-').map(Number);
    const follow = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    if (next !== follow) {
      out.push(start === list[i] ? start : `${start}..${list[i]}`);
      start = next;
    }
  }
  return out.join(', ');
}
