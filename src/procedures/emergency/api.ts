// What other procedures (`wuye standards`, through emergency/standards.ts) read from emergencies: the service standards the emergency
// records measure (spec standards.md 4.3 reported within 1 working day; 四.13 closed with cause analysis and
// prevention) as plain rows — "no data" when the period has no emergencies, never "met" — and the timeliness of
// each report for a combined 4.3 with the major complaints.
// e.g. emergencyStandards(ctx.store, ctx.calendar, { from: '2026-01-01', to: '2026-12-31' }, ctx.today(), ctx.config)
import { allCases, type Timed } from '../../core/case-engine.js';
import type { WorkCalendar } from '../../core/calendar.js';
import { dateOf } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import type { Store } from '../../core/store.js';
import type { StandardRow } from '../../kit/standards.js';
import { EMERGENCY_CASES } from './cases.js';
import {
  cfg,
  firstReport,
  openMeasures,
  reportDue,
  reportedOnTime,
  type Emergency,
  type EmergencyConf,
} from './rules.js';

export type { StandardRow };

/** The emergencies discovered in a period (dates inclusive). */
export const emergenciesIn = (store: Store, p: { from: string; to: string }): Emergency[] =>
  allCases<Emergency>(store, EMERGENCY_CASES).filter((e) => {
    const d = dateOf(e.discovered_at);
    return d >= p.from && d <= p.to;
  });

/** The report of each emergency of the period: discovered, due, first reported (the time it was made, as recorded with
 * --at, not when it was entered), on time — undefined while none is made and the day has not passed. */
export function emergencyReportTimes(
  store: Store,
  cal: WorkCalendar,
  p: { from: string; to: string },
  today: string,
  config: { emergency?: Partial<EmergencyConf> },
): Timed[] {
  const c = cfg(config.emergency);
  return emergenciesIn(store, p).map((e) => {
    const r = firstReport(e);
    return {
      id: e.id,
      deadline: 'report',
      received: dateOf(e.discovered_at),
      due: reportDue(cal, e.discovered_at, c),
      ...(r ? { done: dateOf(r.at) } : {}),
      onTime: reportedOnTime(e, cal, c, today),
    };
  });
}

/** Standards 4.3 (emergencies: reported upward within 1 working day) and 四.13 for a period, measured on `today`. */
export function emergencyStandards(
  store: Store,
  cal: WorkCalendar,
  p: { from: string; to: string },
  today: string,
  config: { emergency?: Partial<EmergencyConf> },
): StandardRow[] {
  const c = cfg(config.emergency);
  const times = emergencyReportTimes(store, cal, p, today, config);
  const decided = times.filter((t) => t.onTime !== undefined); // a report still inside its day counts once made
  const late = decided.filter((t) => !t.onTime);
  const all = emergenciesIn(store, p);
  const closed = all.filter((e) => e.state === 'closed');
  const incomplete = closed.filter(
    (e) => !e.analysis?.cause || !e.analysis.responsibility || !(e.measures ?? []).length,
  );
  const measuresLate = closed.filter((e) => openMeasures(e, today).some((m) => m.overdue));
  const bad = [...new Set([...incomplete, ...measuresLate].map((e) => e.id))];
  return [
    {
      clause: '4.3',
      requirement: msg(
        `紧急事件在发现后 ${c.report_workdays} 个工作日内向公司和有关部门报告`,
        `emergencies reported upward within ${c.report_workdays} working day(s) of discovery`,
      ),
      part: msg('突发事件', 'emergencies'),
      measured: `${decided.length - late.length}/${decided.length}`,
      status: decided.length === 0 ? 'no-data' : late.length ? 'not-met' : 'met',
      evidence: late.length ? late.map((t) => t.id) : decided.map((t) => t.id),
    },
    {
      clause: '四.13',
      requirement: msg(
        '紧急事件结案时有原因分析和预防措施，措施按期落实',
        'emergencies closed with cause analysis and preventive measures, seen done in time',
      ),
      measured: `${closed.length - bad.length}/${closed.length}`,
      status: closed.length === 0 ? 'no-data' : bad.length ? 'not-met' : 'met',
      evidence: bad.length ? bad : closed.map((e) => e.id),
    },
  ];
}
