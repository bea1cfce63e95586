// The service standards the renovation records measure (spec standards.md: 11.1 approvals
// complete, 11.4 extinguishers ≥ 1 per 50 m² on site, 11.6 / 四.3 review ≤ 2 and decision ≤ 1
// working days, daily inspection) as plain rows; "no data" when the period has no records, never
// "met". No command prints them yet: they are the renovation part of the planned `wuye standards`
// (cli.md), which will read them from here; tests/procedures/renovation/rules.test.ts checks them.
// e.g. renovationStandards(cases, calendar, conf, '2026-01-01', '2026-12-31')
import type { WorkCalendar } from '../../core/calendar.js';
import { dateOf } from '../../core/dates.js';
import { msg, type Msg } from '../../core/i18n.js';
import { inspectionGaps, timeliness, type cfg, type Case } from './rules.js';
import type { StandardRow } from '../../kit/standards.js';

export type { StandardRow };

const within = (d: string, from: string, to: string) => d >= from && d <= to;
const status = (n: number, bad: number): StandardRow['status'] => (n === 0 ? 'no-data' : bad === 0 ? 'met' : 'not-met');

export function renovationStandards(
  cases: Case[],
  cal: WorkCalendar,
  conf: ReturnType<typeof cfg>,
  from: string,
  to: string,
  today: string,
): StandardRow[] {
  const permitted = cases.filter((c) => c.permit && within(dateOf(c.permit.at), from, to));
  const incomplete = permitted.filter(
    (c) =>
      !c.reviews?.some((r) => r.result === 'pass') ||
      !c.decisions?.some((d) => d.result === 'approve') ||
      !c.agreement ||
      !(c.workers ?? []).length ||
      !(c.charges ?? []).some((x) => x.item === 'deposit'),
  );
  const checked = cases.flatMap((c) =>
    (c.inspections ?? [])
      .filter((i) => i.extinguishers !== undefined && within(i.date, from, to))
      .map((i) => ({ c, i })),
  );
  const short = checked.filter(({ i }) => i.extinguishers! < (i.required_extinguishers ?? 1));
  const timed = cases
    .flatMap((c) => timeliness(c, cal, conf, today))
    .filter((x) => within(x.received, from, to) && (x.done || x.onTime === false));
  const late = (step: 'review' | 'decision') => timed.filter((x) => x.step === step && !x.onTime);
  const count = (step: 'review' | 'decision') => timed.filter((x) => x.step === step).length;
  const gaps = cases.flatMap((c) =>
    inspectionGaps(c, cal, today)
      .filter((d) => within(d, from, to))
      .map((d) => `${c.id}@${d}`),
  );
  const renovating = cases.filter((c) => c.started && c.started <= to).length;
  return [
    {
      clause: '11.1',
      requirement: msg('装修审批手续齐全', 'renovation approvals complete'),
      measured: `${permitted.length - incomplete.length}/${permitted.length}`,
      status: status(permitted.length, incomplete.length),
      evidence: incomplete.map((c) => c.id),
    },
    {
      clause: '11.4',
      requirement: msg('装修现场每50平方米至少1具灭火器', 'extinguishers ≥ 1 per 50 m² on site'),
      measured: `${checked.length - short.length}/${checked.length}`,
      status: status(checked.length, short.length),
      evidence: short.map(({ c, i }) => `${c.id}@${i.date}`),
    },
    {
      clause: '11.6',
      requirement: msg(
        `工程审核不超过 ${conf.review_workdays} 个工作日`,
        `engineering review within ${conf.review_workdays} working days`,
      ),
      measured: `${count('review') - late('review').length}/${count('review')}`,
      status: status(count('review'), late('review').length),
      evidence: late('review').map((x) => x.id),
    },
    {
      clause: '11.6',
      requirement: msg(
        `主任审批不超过 ${conf.decision_workdays} 个工作日`,
        `director's decision within ${conf.decision_workdays} working day(s)`,
      ),
      measured: `${count('decision') - late('decision').length}/${count('decision')}`,
      status: status(count('decision'), late('decision').length),
      evidence: late('decision').map((x) => x.id),
    },
    {
      clause: '四.3',
      requirement: msg('装修单位每个工作日巡查', 'every renovating unit inspected each working day'),
      measured: String(gaps.length),
      status: renovating === 0 ? 'no-data' : gaps.length ? 'not-met' : 'met',
      evidence: gaps,
    },
  ];
}
