// Staff training hours (manual 三.5.4: every staff member at least 8 hours of training every three months): the
// quarter a session belongs to (by its date: 31 March is Q1, 1 April Q2), each department member's hours in a
// quarter, and who is short. The target is wuye.yaml `standards.training_hours_quarter` (default 8).
// e.g. quarterOf('2026-03-31') → '2026-Q1' · trainingHours(sessions, staff, '2026-Q4') → [{ staff: 'S004', hours: 6, short: true }]
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { StaffRecord, TrainingRecord } from '../../core/types.gen.js';

export type Training = TrainingRecord;

export const TRAINING_HOURS = 8;

export const quarterOf = (date: string): string =>
  `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** The first and last day of a quarter ('2026-Q2' → 2026-04-01, 2026-06-30). */
export function quarterDays(q: string): { from: string; to: string } {
  const y = q.slice(0, 4);
  const n = Number(q.slice(6));
  const last = ['03-31', '06-30', '09-30', '12-31'][n - 1];
  return { from: `${y}-${String(n * 3 - 2).padStart(2, '0')}-01`, to: `${y}-${last}` };
}

/** Was a staff member on the staff for any of these days? */
export const activeIn = (s: Pick<StaffRecord, 'active_from' | 'active_to'>, from: string, to: string): boolean =>
  (!s.active_from || s.active_from <= to) && (!s.active_to || s.active_to >= from);

export interface HoursRow {
  staff: string;
  name: string;
  hours: number;
  sessions: string[];
  short: boolean;
}

/** Each department member's training hours in a quarter (the customer service department by default). */
export function trainingHours(
  sessions: readonly Training[],
  staff: readonly StaffRecord[],
  quarter: string,
  target = TRAINING_HOURS,
  department = 'customer-service',
): HoursRow[] {
  const { from, to } = quarterDays(quarter);
  const inQ = sessions.filter((s) => s.date >= from && s.date <= to);
  return staff
    .filter((s) => s.department === department && activeIn(s, from, to))
    .map((s) => {
      const mine = inQ.filter((x) => x.attendees.some((a) => a.staff === s.id));
      const hours = Math.round(mine.reduce((a, x) => a + x.hours, 0) * 100) / 100;
      return { staff: s.id, name: s.name, hours, sessions: mine.map((x) => x.id), short: hours < target };
    });
}

/** The quarters that end inside a period (a quarter still running is not judged). */
export function quartersEnded(from: string, to: string, today: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    for (let n = 1; n <= 4; n++) {
      const q = `${y}-Q${n}`;
      const d = quarterDays(q);
      if (d.to >= from && d.to <= to && d.to < today) out.push(q);
    }
  return out;
}

/** Scoring and approving an evaluation is the manager's (or the director's). */
export function mustBeManager(op: Pick<StaffRecord, 'id' | 'roles'>): void {
  if (!op.roles.some((r) => r === 'cs-manager' || r === 'director'))
    throw new RuleError(
      msg(`${op.id} 不是经理，不能评分或审批`, `${op.id} is not a manager: cannot score or approve`),
      msg('由用户服务部经理或主任操作（--as）', 'the CS manager or the director does it (--as)'),
    );
}
