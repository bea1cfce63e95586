// The complaint procedure's rules as pure functions (manual 三.3.6–3.9, 三.4.3; spec 14 "Rules"): the
// configuration with the manual's numbers as defaults, the clocks of a case (from the machine), what stands
// in the way of closing (a resolution; a return visit after it for a valid complaint; feedback given; a
// major complaint reported upward), a step's time checked against the case, and the statistics —
// valid-complaint handling rate (closed ÷ received, valid ones) and feedback timeliness, by period,
// category and month, against the previous period.
// e.g. cfg(undefined).feedback_workdays → 2; previousPeriod({from:'2026-11-01', to:'2026-11-30'}) → October
import type { WorkCalendar } from '../../core/calendar.js';
import { pendingDeadlines, timeliness, type Due, type Timed } from '../../core/case-engine.js';
import { addDays, daysInMonth, dateOf, daysBetween } from '../../core/dates.js';
import { RuleError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { CONFIG_DEFAULTS, COMPLAINT_CATEGORY, type ComplaintCategory } from '../../core/enums.gen.js';
import type { ComplaintRecord, ConfigRecord } from '../../core/types.gen.js';
import { COMPLAINT, type ComplaintConf } from './machine.js';

export type Complaint = ComplaintRecord;
export const DEFAULTS = CONFIG_DEFAULTS.complaint;

/** wuye.yaml `complaint` with the manual's values where the center wrote none. */
export function cfg(c: ConfigRecord['complaint'] | undefined): ComplaintConf {
  return { ...DEFAULTS, ...(c ?? {}) } as ComplaintConf;
}

/** The clocks the case now runs on (feedback, the upward report of a major complaint), due and overdue. */
export function clocks(c: Complaint, cal: WorkCalendar, conf: ComplaintConf, today: string): Due[] {
  return pendingDeadlines(COMPLAINT, c, cal, today, conf);
}

/** The last day feedback may be given for a complaint received at `receivedAt` (三.3.6: 2 working days). */
export const feedbackDue = (cal: WorkCalendar, receivedAt: string, conf: ComplaintConf): string =>
  cal.addWorkdays(dateOf(receivedAt), conf.feedback_workdays);

/** The last day a major complaint received at `receivedAt` may be reported upward (三.4.3: 1 working day). */
export const reportDue = (cal: WorkCalendar, receivedAt: string, conf: ComplaintConf): string =>
  cal.addWorkdays(dateOf(receivedAt), conf.major_report_workdays);

export const lastResolution = (c: Complaint) => c.resolutions?.at(-1);

/** The return visit made after the last resolution (the one closing needs), if any. */
export function callbackAfterResolution(c: Complaint) {
  const r = lastResolution(c);
  if (!r) return undefined;
  return (c.callbacks ?? []).filter((v) => Date.parse(v.at) >= Date.parse(r.at)).at(-1);
}

/** Why a complaint may not be closed yet (none: it may). Manual 三.3.6–3.8, 三.4.3. */
export function closeBlockers(c: Complaint): { what: Msg; todo: Msg }[] {
  const out: { what: Msg; todo: Msg }[] = [];
  if (!lastResolution(c))
    out.push({
      what: msg('没有处理结果', 'it has no resolution'),
      todo: msg(
        `先用 wuye complaint resolve ${c.id} --resolution … 记录处理结果`,
        `record it with wuye complaint resolve ${c.id} --resolution …`,
      ),
    });
  if (!(c.feedback ?? []).length)
    out.push({
      what: msg('尚未反馈投诉人', 'the complainant has had no feedback'),
      todo: msg(`用 wuye complaint feedback ${c.id} 记录反馈`, `record it with wuye complaint feedback ${c.id}`),
    });
  if (c.valid && lastResolution(c) && !callbackAfterResolution(c))
    out.push({
      what: msg('有效投诉须回访后才能结案', 'a valid complaint is closed only after a return visit'),
      todo: msg(
        `用 wuye complaint callback ${c.id} --satisfied yes|no 记录回访`,
        `record the visit with wuye complaint callback ${c.id} --satisfied yes|no`,
      ),
    });
  if (c.severity === 'major' && !(c.reports ?? []).length)
    out.push({
      what: msg('重大投诉尚未向上通报', 'the major complaint was never reported upward'),
      todo: msg(
        `用 wuye complaint escalate ${c.id} 记录通报`,
        `record the report with wuye complaint escalate ${c.id}`,
      ),
    });
  return out;
}

/**
 * A step recorded at `at` must come after the complaint was received and after the case's last entry (its
 * log is in time order); refused with both times and what to do (exit 1).
 */
export function checkStepTime(c: Complaint, at: string, what: Msg): void {
  if (Date.parse(at) < Date.parse(c.received_at))
    throw new RuleError(
      msg(
        `${what.zh}的时间 ${at.slice(0, 16).replace('T', ' ')} 早于收到投诉的时间 ${c.received_at.slice(0, 16).replace('T', ' ')}`,
        `the time of ${what.en} (${at.slice(0, 16)}) is before the complaint was received (${c.received_at.slice(0, 16)})`,
      ),
      msg('检查 --at（默认为现在）', 'check --at (default: now)'),
    );
  const last = c.log.at(-1);
  if (last && Date.parse(at) < Date.parse(last.at))
    throw new RuleError(
      msg(
        `${what.zh}的时间 ${at.slice(0, 16).replace('T', ' ')} 早于案卷 ${c.id} 的上一步（${last.action}，${last.at.slice(0, 16).replace('T', ' ')}）`,
        `the time of ${what.en} (${at.slice(0, 16)}) is before the last step of ${c.id} (${last.action} at ${last.at.slice(0, 16)})`,
      ),
      msg(
        '按发生的先后记录：--at 不早于上一步',
        'record steps in the order they happened: --at no earlier than the last step',
      ),
    );
}

// ---- statistics (三.3.7–3.9: every complaint recorded, analysed periodically; valid-complaint handling rate 100%)

export interface Period {
  from: string;
  to: string;
}

const ym = (d: string) => d.slice(0, 7);
/** The last day of a month: 2026-02 → 2026-02-28. */
export const monthEnd = (period: string) =>
  `${period}-${String(daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)))).padStart(2, '0')}`;
function addMonths(period: string, n: number): string {
  const k = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** The months of a period (YYYY-MM), oldest first. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  for (let m = ym(p.from); m <= ym(p.to); m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The period just before: whole months → as many months before; otherwise as many days before. */
export function previousPeriod(p: Period): Period {
  const months = monthsOf(p);
  if (p.from.endsWith('-01') && p.to === monthEnd(ym(p.to))) {
    const first = addMonths(months[0], -months.length);
    return { from: `${first}-01`, to: monthEnd(addMonths(months[0], -1)) };
  }
  const n = daysBetween(p.from, p.to) + 1;
  return { from: addDays(p.from, -n), to: addDays(p.from, -1) };
}

/** The trend a chart shows: the period's months, and at least the 12 months up to its end. */
export function trendMonths(p: Period): string[] {
  const start = addMonths(ym(p.to), -11);
  return monthsOf({ from: `${start < ym(p.from) ? start : ym(p.from)}-01`, to: p.to });
}

export const receivedIn = (c: Complaint, p: Period) => dateOf(c.received_at) >= p.from && dateOf(c.received_at) <= p.to;

export interface Figures {
  received: number;
  valid: number;
  invalid: number;
  major: number;
  /** Valid complaints received in the period that are closed (as of the report's day). */
  validClosed: number;
  /** validClosed ÷ valid (三.3.9, target 100%); undefined with no valid complaint. */
  handlingRate?: number;
  /** Complaints whose feedback clock has run out or was met: on time, late. */
  feedbackOnTime: number;
  feedbackLate: number;
  /** feedbackOnTime ÷ (on time + late); undefined when none is due yet. */
  feedbackRate?: number;
  /** Major complaints reported within one working day, and late. */
  reportOnTime: number;
  reportLate: number;
  callbacks: number;
  satisfied: number;
  /** Satisfied ÷ return visits (the last visit of each case). */
  satisfaction?: number;
}

const rate = (a: number, b: number) => (b ? a / b : undefined);

/** Each deadline of a complaint, met or missed or still running (the engine's timeliness). */
export const timedOf = (c: Complaint, cal: WorkCalendar, conf: ComplaintConf, today: string): Timed[] =>
  timeliness(COMPLAINT, c, cal, today, conf);

/** The figures of the complaints received in a period, as of `today`. */
export function figures(
  cases: readonly Complaint[],
  p: Period,
  cal: WorkCalendar,
  conf: ComplaintConf,
  today: string,
): Figures {
  const f: Figures = {
    received: 0,
    valid: 0,
    invalid: 0,
    major: 0,
    validClosed: 0,
    feedbackOnTime: 0,
    feedbackLate: 0,
    reportOnTime: 0,
    reportLate: 0,
    callbacks: 0,
    satisfied: 0,
  };
  for (const c of cases) {
    if (!receivedIn(c, p)) continue;
    f.received++;
    if (c.valid) f.valid++;
    else f.invalid++;
    if (c.severity === 'major') f.major++;
    if (c.valid && c.state === 'closed') f.validClosed++;
    for (const t of timedOf(c, cal, conf, today)) {
      if (t.onTime === undefined) continue;
      if (t.deadline === 'feedback') t.onTime ? f.feedbackOnTime++ : f.feedbackLate++;
      if (t.deadline === 'report') t.onTime ? f.reportOnTime++ : f.reportLate++;
    }
    const visit = (c.callbacks ?? []).at(-1);
    if (visit) {
      f.callbacks++;
      if (visit.satisfied) f.satisfied++;
    }
  }
  f.handlingRate = rate(f.validClosed, f.valid);
  f.feedbackRate = rate(f.feedbackOnTime, f.feedbackOnTime + f.feedbackLate);
  f.satisfaction = rate(f.satisfied, f.callbacks);
  return f;
}

export interface CategoryRow extends Figures {
  category: ComplaintCategory;
  previous: number;
}

/** Per category (every category, in the catalog's order): this period's figures and last period's count. */
export function byCategory(
  cases: readonly Complaint[],
  p: Period,
  cal: WorkCalendar,
  conf: ComplaintConf,
  today: string,
): CategoryRow[] {
  const prev = previousPeriod(p);
  return COMPLAINT_CATEGORY.map((category) => {
    const mine = cases.filter((c) => c.category === category);
    return {
      category,
      ...figures(mine, p, cal, conf, today),
      previous: mine.filter((c) => receivedIn(c, prev)).length,
    };
  });
}

export interface MonthRow extends Figures {
  month: string;
}

/** Per month of the given months. */
export function byMonth(
  cases: readonly Complaint[],
  months: readonly string[],
  cal: WorkCalendar,
  conf: ComplaintConf,
  today: string,
): MonthRow[] {
  return months.map((m) => ({ month: m, ...figures(cases, { from: `${m}-01`, to: monthEnd(m) }, cal, conf, today) }));
}
