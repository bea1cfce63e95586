// Pure rules of the renovation procedure (manual 四.3, 三.11): what a complete
// application is, the working-day deadlines of review and decision (declared on the
// machine) and the daily inspection, the extinguisher rule ceil(area/50), permitted
// hours, the money due and the refund invariant.
// No I/O: every function takes the case, the config section and the calendar.
// e.g. nextDue(c, calendar, cfg(config.renovation), '2026-11-28') → { step: 'review', due: '2026-11-26', overdue: true }
import { rangesOn, timeWithin, type DayHours } from '../../core/hours.js';
import type { WorkCalendar } from '../../core/calendar.js';
import { lastEntry, pendingDeadline, timeliness as caseTimeliness } from '../../core/case-engine.js';
import { addDays, dateOf, daysBetween } from '../../core/dates.js';
import { RuleError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { formatYuan, parseDecimal, parseMoney, divRoundHalfUp, type Fen } from '../../core/money.js';
import type { ConfigRecord, RenovationRecord } from '../../core/types.gen.js';
import { RENOVATION } from './machine.js';
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';

export type RenovationConfig = NonNullable<ConfigRecord['renovation']>;
export type Case = RenovationRecord;
export type Drawing = NonNullable<Case['drawings']>[number];
export type ChargeItem = NonNullable<Case['charges']>[number]['item'];

export const DEFAULTS = CONFIG_DEFAULTS.renovation;

export function cfg(
  c: RenovationConfig | undefined,
): Required<Omit<RenovationConfig, 'hours'>> & { hours: { weekdays: string[]; weekends: string[] } } {
  const r = { ...DEFAULTS, ...(c ?? {}) } as typeof DEFAULTS & RenovationConfig;
  return {
    ...r,
    hours: {
      weekdays: r.hours?.weekdays ?? DEFAULTS.hours.weekdays,
      weekends: r.hours?.weekends ?? DEFAULTS.hours.weekends,
    },
  } as never;
}

/** Drawings the engineering department needs (manual 3.2): all kinds for a special project. */
export function requiredDrawings(special: boolean): Drawing[] {
  return special
    ? ['floor-plan', 'elevations', 'air-conditioning', 'electrical', 'water-drainage', 'materials']
    : ['floor-plan', 'electrical', 'water-drainage'];
}

/** What still keeps an application from going to engineering review (empty: complete). */
export function missingForSubmit(c: Pick<Case, 'applicant' | 'drawings' | 'special'>): string[] {
  const out: string[] = [];
  if (c.applicant.role === 'tenant' && !c.applicant.owner_consent) out.push('owner-consent');
  const have = new Set(c.drawings ?? []);
  for (const d of requiredDrawings(!!c.special)) if (!have.has(d)) out.push(`drawing:${d}`);
  return out;
}

/** Trades whose workers need a special-operation certificate (三.11.2–11.3). */
export const CERTIFIED_TRADES: readonly string[] = ['electrician', 'welder'];

/** The permit's number: XK and the case id without its prefix (ZX2026-0007 → XK2026-0007). */
export const permitNumber = (id: string): string => `XK${id.replace(/^[A-Z]+/, '')}`;

/** Fire extinguishers required on site: one 2 kg dry-powder per 50 m², a part counting whole (三.11.4). */
export function extinguishersRequired(area: string, perArea = 50): number {
  const centi = Number(parseDecimal(area, 2));
  return Math.max(1, Math.ceil(centi / (perArea * 100)));
}

/** Is a local time (ISO with offset, its wall-clock time) within the permitted working hours of its day? */
export function withinHours(hours: DayHours, cal: WorkCalendar, at: string): boolean {
  return timeWithin(rangesOn(hours, cal, dateOf(at)), at.slice(11, 16));
}

/** The money due for a case: deposit, management fee by area, debris fee if entrusted, pass fee and deposit per worker. */
export function chargesDue(
  c: Pick<Case, 'special' | 'debris_entrusted' | 'workers' | 'charges'>,
  area: string,
  conf: ReturnType<typeof cfg>,
): { item: ChargeItem; amount: Fen }[] {
  const byArea = (rate: string) => Number(divRoundHalfUp(parseDecimal(area, 2) * parseDecimal(rate, 6), 10n ** 6n));
  const workers = (c.workers ?? []).length; // every pass ever issued is charged once
  const out: { item: ChargeItem; amount: Fen }[] = [
    { item: 'deposit', amount: parseMoney(c.special ? conf.deposit_special : conf.deposit) },
    { item: 'management-fee', amount: byArea(conf.management_fee_per_m2) },
  ];
  // a debris fee paid at move-in (四.2 4.5 3), held on the fee account, is this case's debris fee: not asked again
  const heldDebris = (c.charges ?? []).filter((x) => x.item === 'debris-fee' && x.held);
  if (c.debris_entrusted)
    out.push({
      item: 'debris-fee',
      amount: heldDebris.length
        ? heldDebris.reduce((t, x) => t + parseMoney(x.amount), 0)
        : byArea(conf.debris_fee_per_m2),
    });
  if (workers) {
    out.push({ item: 'pass-fee', amount: workers * parseMoney(conf.pass_fee) });
    out.push({ item: 'pass-deposit', amount: workers * parseMoney(conf.pass_deposit) });
  }
  return out;
}

export function collected(c: Pick<Case, 'charges'>, item?: ChargeItem): Fen {
  return (c.charges ?? []).filter((x) => !item || x.item === item).reduce((s, x) => s + parseMoney(x.amount), 0);
}

/** Items still owed (due minus paid), only those above zero. */
export function outstanding(c: Case, area: string, conf: ReturnType<typeof cfg>): { item: ChargeItem; amount: Fen }[] {
  return chargesDue(c, area, conf)
    .map((d) => ({ item: d.item, amount: d.amount - collected(c, d.item) }))
    .filter((d) => d.amount > 0);
}

/** Violations not yet put right (no rectified date): they block acceptance and a full refund (5.2.1). */
export const openViolations = (c: Pick<Case, 'violations'>): NonNullable<Case['violations']> =>
  (c.violations ?? []).filter((v) => !v.rectified);

/** Why works with open violations cannot be accepted (undefined: nothing open). */
export function acceptBlocker(c: Pick<Case, 'id' | 'violations'>): Msg | undefined {
  const open = openViolations(c);
  if (!open.length) return undefined;
  const list = open.map((v) => `${v.notice}（期限 ${v.deadline}）`).join('、');
  return msg(
    `${c.id} 有未整改的违规 ${list}：整改复查前不能验收合格`,
    `${c.id} has violations not put right (${open.map((v) => v.notice).join(', ')}): no acceptance before they are`,
  );
}

/**
 * The open violations a refund must still answer for: each either deducted per the agreement (its own
 * deduction taken, or a deduction given whose reason names its notice) or refused until it is rectified.
 */
export function refundBlockers(
  c: Pick<Case, 'violations'>,
  deductions: readonly { reason: string }[],
): NonNullable<Case['violations']> {
  return openViolations(c).filter((v) => !deductions.some((d) => d.reason.includes(v.notice)));
}

/** Deposits held for the case: the renovation deposit and the pass deposits. */
export const depositsCollected = (c: Pick<Case, 'charges'>): Fen =>
  collected(c, 'deposit') + collected(c, 'pass-deposit');

/**
 * The refund: deposits collected minus the itemised deductions. Refused when
 * the deductions exceed what was collected — a refund is never negative and
 * never more than was collected.
 */
export function refundAmount(held: Fen, deductions: readonly Fen[]): Fen {
  if (deductions.some((d) => d < 0)) throw new RuleError(msg('扣款金额不能为负', 'a deduction cannot be negative'));
  const total = deductions.reduce((s, d) => s + d, 0);
  if (total > held) {
    throw new RuleError(
      msg(
        `扣款合计 ${formatYuan(total)} 超过已收押金 ${formatYuan(held)}`,
        `deductions of ${formatYuan(total)} exceed the deposits collected (${formatYuan(held)})`,
      ),
      msg(
        '扣款不能超过已收押金；超出部分另行追缴',
        'deductions cannot exceed the deposits held; claim any excess separately',
      ),
    );
  }
  return held - total;
}

export interface NextDue {
  step: 'review' | 'decision' | 'inspection';
  since: string;
  due: string;
  overdue: boolean;
}

/**
 * The deadline of the case's next step, if the manual sets one: the review and the decision as the
 * machine declares them (machine.ts, counted by the case engine), and today's inspection of a unit
 * in progress (the daily round of 四.3, this procedure's own).
 */
export function nextDue(c: Case, cal: WorkCalendar, conf: ReturnType<typeof cfg>, today: string): NextDue | undefined {
  const d = pendingDeadline(RENOVATION, c, cal, today, conf);
  if (d) return { step: d.deadline as 'review' | 'decision', since: d.since, due: d.due, overdue: d.overdue };
  if (c.state === 'in-progress') {
    const gaps = inspectionGaps(c, cal, today);
    if (gaps.length) return { step: 'inspection', since: gaps[0], due: gaps[0], overdue: true };
    const inspectedToday = (c.inspections ?? []).some((i) => i.date === today && engineeringRound(i));
    if (!inspectedToday && cal.isWorkday(today))
      return { step: 'inspection', since: today, due: today, overdue: false };
  }
  return undefined;
}

/** Intervals [from, to) of days the case was suspended, from its log. */
function suspendedDays(c: Case): Set<string> {
  const out = new Set<string>();
  let from: string | undefined;
  for (const e of c.log) {
    if (e.action === 'suspend') from = dateOf(e.at);
    if (e.action === 'resume' && from) {
      for (let d = addDays(from, 1); d < dateOf(e.at); d = addDays(d, 1)) out.add(d);
      from = undefined;
    }
  }
  if (from) out.add(`${from}+`); // still suspended: marker, see below
  return out;
}

/**
 * Does an inspection count as the daily round of 5.2.2? Only engineering's (设备维护部技工): security's
 * patrols (5.2.1 巡视监控) are recorded too, but they are not the engineering inspection the manual asks for.
 */
export const engineeringRound = (i: Pick<NonNullable<Case['inspections']>[number], 'patrol'>): boolean =>
  (i.patrol ?? 'engineering') === 'engineering';

/** Who patrols, by the inspector's roles: engineering when they hold the engineer role, else security. */
export const patrolOf = (roles: readonly string[]): 'engineering' | 'security' =>
  roles.includes('engineer') ? 'engineering' : 'security';

/**
 * Working days on which a renovating unit had no engineering inspection (5.2.2): from the day work
 * started to yesterday (today is still open) or the completion day, skipping whole days of
 * suspension. Security's patrols do not count.
 */
export function inspectionGaps(c: Case, cal: WorkCalendar, today: string): string[] {
  const started = lastEntry(c, ['start']);
  const start = c.started ?? (started ? dateOf(started.at) : undefined);
  if (!start) return [];
  const endEv = lastEntry(c, ['complete', 'withdraw']);
  const last = addDays(endEv && dateOf(endEv.at) < today ? dateOf(endEv.at) : today, -1); // the completion day and today are still open
  const susp = suspendedDays(c);
  const openSuspension = [...susp].find((d) => d.endsWith('+'))?.slice(0, 10);
  const seen = new Set((c.inspections ?? []).filter(engineeringRound).map((i) => i.date));
  const out: string[] = [];
  for (let d = start; d <= last; d = addDays(d, 1)) {
    if (!cal.isWorkday(d) || seen.has(d) || susp.has(d)) continue;
    if (openSuspension && d > openSuspension) continue;
    out.push(d);
  }
  return out;
}

/** Deadline of a step taken: event date, due date, done date, on time? (timeliness report, standards 11.6). */
export interface Timed {
  id: string;
  step: 'review' | 'decision';
  received: string;
  due: string;
  done?: string;
  onTime?: boolean;
}

/** The review and decision deadlines of a case, met, missed or still running (counted by the case engine). */
export function timeliness(c: Case, cal: WorkCalendar, conf: ReturnType<typeof cfg>, today: string): Timed[] {
  return caseTimeliness(RENOVATION, c, cal, today, conf).map(({ deadline, ...x }) => ({
    id: x.id,
    step: deadline as Timed['step'],
    received: x.received,
    due: x.due,
    ...(x.done !== undefined ? { done: x.done } : {}),
    ...(x.onTime !== undefined ? { onTime: x.onTime } : {}),
  }));
}

/**
 * Can a permit still be issued for the planned period (5.1.7: the permit and the approval notice let the
 * contractor in for the approved works and dates)? Refused once the planned end has passed or more than half
 * of the planned days are gone — a permit for a period mostly over would send the works past the dates on it;
 * the dates are agreed again with the applicant first (permit --start/--end). A start already passed, less
 * than half gone, is a warning.
 */
export function permitTiming(planned: { start: string; end: string }, today: string): { refuse?: Msg; warn?: Msg } {
  const { start, end } = planned;
  if (today <= start) return {};
  const total = daysBetween(start, end) + 1;
  const gone = daysBetween(start, today); // whole days before today
  if (today > end)
    return {
      refuse: msg(
        `计划工期 ${start} 至 ${end} 已结束，不能按此工期发施工许可证`,
        `the planned period ${start} to ${end} is over; no permit can be issued for it`,
      ),
    };
  if (gone * 2 > total)
    return {
      refuse: msg(
        `计划工期 ${start} 至 ${end} 已过去 ${gone}/${total} 天（过半），不能按原工期发施工许可证`,
        `${gone} of the ${total} planned days (${start} to ${end}) are gone, more than half; no permit for the old dates`,
      ),
    };
  return {
    warn: msg(
      `计划开工日 ${start} 已过（工期 ${total} 天已过去 ${gone} 天），许可证仍按原完工日 ${end}`,
      `the planned start ${start} has passed (${gone} of ${total} days gone); the permit keeps the planned end ${end}`,
    ),
  };
}

/** A violation of hours is only a violation outside the permitted hours. */
export function checkHoursViolation(
  hours: { weekdays: string[]; weekends: string[] },
  cal: WorkCalendar,
  at: string,
): void {
  if (withinHours(hours, cal, at)) {
    const ranges = rangesOn(hours, cal, dateOf(at));
    throw new RuleError(
      msg(
        `${at.slice(0, 16).replace('T', ' ')} 在允许施工时间内（${ranges.join('、')}），不是违规施工时间`,
        `${at.slice(0, 16).replace('T', ' ')} is within the permitted hours (${ranges.join(', ')}); not a violation of hours`,
      ),
      msg('检查 --at 的时间，或选择其他违规类别', 'check --at, or choose another kind of violation'),
    );
  }
}

/** The states in which a renovation case is over: a unit may then have a new one (one open case per unit). */
export const CLOSED_STATES: ReadonlySet<string> = new Set(['closed', 'withdrawn', 'refunded']);
