// The rules of emergencies (spec procedures/12-emergency.md; manual 四.13, 三.4.3 emergencies reported to the
// company and the departments concerned within one working day, 三.3.10–3.12 cause, responsibility and prevention):
// the emergency machine with its report clock running from the discovery (not from when it was recorded), what
// stands in the way of closing it, the response checklist of a kind read from its template text, and the
// measures still to be done.
// e.g. reportDue(cal, '2026-09-30T22:10:00+08:00', conf) → 2026-10-08 (the National Day holiday is not counted)
import type { WorkCalendar } from '../../core/calendar.js';
import { defineMachine, type Role } from '../../core/case.js';
import { dateOf } from '../../core/dates.js';
import { CONFIG_DEFAULTS, type EmergencyState } from '../../core/enums.gen.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { EmergencyRecord } from '../../core/types.gen.js';

export type Emergency = EmergencyRecord;

/** wuye.yaml `emergency` with the manual's values as defaults. */
export interface EmergencyConf {
  report_workdays: number;
  report_to: string;
  contacts: readonly { name: string; phone: string; note?: string }[];
}

export function cfg(c: Partial<EmergencyConf> | undefined): EmergencyConf {
  return { ...(CONFIG_DEFAULTS.emergency as EmergencyConf), ...(c ?? {}) };
}

/** The desk, the director, and the departments on duty when it happens (engineering, security). */
export const CS: readonly Role[] = ['cs-manager', 'cs-assistant', 'director'];
export const RESPONDERS: readonly Role[] = [...CS, 'engineer', 'security'];
/** Closing with the analysis: the department manager or the director (三.3.10–3.12). */
export const CLOSERS: readonly Role[] = ['cs-manager', 'director'];

export const EMERGENCY = defineMachine<EmergencyState, EmergencyConf>({
  name: 'emergency',
  initial: 'responding',
  states: { responding: msg('处置中', 'responding'), closed: msg('已结案', 'closed') },
  open: { roles: RESPONDERS, label: msg('登记紧急事件', 'record an emergency') },
  transitions: [
    {
      action: 'close',
      from: ['responding'],
      to: 'closed',
      roles: CLOSERS,
      label: msg('结案（原因、责任、预防措施）', 'close (cause, responsibility, measures)'),
    },
  ],
  deadlines: [
    {
      // 三.4.3: reported to the company and the departments concerned within one working day — of the discovery
      name: 'report',
      label: msg('向公司和有关部门报告', 'report upward'),
      states: ['responding', 'closed'],
      from: ['open'],
      met: ['report'],
      since: (c: Emergency) => c.discovered_at,
      days: (c) => c.report_workdays,
    },
  ],
});

/** Acts on an emergency that are not a change of state. */
export const ACTS = {
  log: {
    action: 'log',
    what: msg('记录处置经过', 'log an action'),
    states: ['responding'] as EmergencyState[],
    roles: RESPONDERS,
  },
  notify: {
    action: 'notify',
    what: msg('记录通知', 'record who was notified'),
    states: ['responding', 'closed'] as EmergencyState[],
    roles: RESPONDERS,
  },
  report: {
    action: 'report',
    what: msg('记录向上报告', 'record the report upward'),
    states: ['responding', 'closed'] as EmergencyState[],
    roles: CS,
  },
  measure: {
    action: 'measure-done',
    what: msg('确认预防措施已落实', 'confirm a preventive measure done'),
    states: ['closed'] as EmergencyState[],
    roles: CS,
  },
};

/** The last day the report upward of an emergency discovered at `discoveredAt` is due (三.4.3: 1 working day). */
export const reportDue = (cal: WorkCalendar, discoveredAt: string, c: Pick<EmergencyConf, 'report_workdays'>): string =>
  cal.addWorkdays(dateOf(discoveredAt), c.report_workdays);

/** The first report upward, if any. */
export const firstReport = (e: Pick<Emergency, 'reports'>) =>
  [...(e.reports ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];

/** Reported in time: the first report on or before the due day (undefined while none is made and none is due yet). */
export function reportedOnTime(e: Emergency, cal: WorkCalendar, c: EmergencyConf, today: string): boolean | undefined {
  const due = reportDue(cal, e.discovered_at, c);
  const r = firstReport(e);
  if (r) return dateOf(r.at) <= due;
  return today > due ? false : undefined;
}

/** Why an emergency may not be closed yet (none: it may). Manual 三.3.10–3.12, 三.4.3. */
export function closeBlockers(
  e: Pick<Emergency, 'id' | 'reports'>,
  a: { cause?: string; responsibility?: string; measures: readonly string[] },
): { what: Msg; todo: Msg }[] {
  const out: { what: Msg; todo: Msg }[] = [];
  if (!a.cause?.trim())
    out.push({
      what: msg('没有原因分析', 'no cause analysis'),
      todo: msg('用 --cause 写明原因', 'give the cause with --cause'),
    });
  if (!a.responsibility?.trim())
    out.push({
      what: msg('没有责任认定', 'no responsibility stated'),
      todo: msg('用 --responsibility 写明责任', 'state it with --responsibility'),
    });
  if (!a.measures.some((m) => m.trim()))
    out.push({
      what: msg('没有预防措施', 'no preventive measures'),
      todo: msg('用 --measure 写明预防措施（可多次）', 'give them with --measure (repeatable)'),
    });
  if (!(e.reports ?? []).length)
    out.push({
      what: msg('尚未向公司和有关部门报告', 'never reported upward'),
      todo: msg(
        `先用 wuye emergency report ${e.id} --to … 记录报告`,
        `record it first: wuye emergency report ${e.id} --to …`,
      ),
    });
  return out;
}

/** Preventive measures not yet done, with whether each is past its due day. */
export function openMeasures(e: Pick<Emergency, 'measures'>, today: string) {
  return (e.measures ?? []).filter((m) => !m.done_at).map((m) => ({ ...m, overdue: !!m.due && today > m.due }));
}

/** A response checklist: the title and numbered steps of templates/texts/emergency/<kind>.md. */
export interface Checklist {
  title: string;
  steps: string[];
}

/** Read a checklist text: `# title`, then `1. step` lines (other lines are ignored). */
export function parseChecklist(text: string): Checklist {
  const lines = text.split(/\r?\n/);
  const title =
    lines
      .find((l) => l.startsWith('# '))
      ?.slice(2)
      .trim() ?? '';
  const steps = lines.map((l) => /^\s*\d+[.、]\s*(.+)$/.exec(l)?.[1].trim()).filter((s): s is string => !!s);
  return { title, steps };
}
