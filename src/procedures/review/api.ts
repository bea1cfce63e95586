// What other procedures (and `wuye standards`) read of the monthly evaluations (manual 三.5.8 定期考评; 五, 六): for a
// month, who is due a sheet — staff on the staff that month whose role has an evaluation template, as `review month`
// drafts them — and each one's sheet and how far it has gone (draft, confirmed, approved), or none.
// e.g. evaluationsOfMonth(ctx, '2026-11') → [{ staff: 'S003', sheet: 'KP2026-0001', state: 'confirmed' }, { staff: 'S004', … 'draft' }]
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import { monthDays, positionOf, type Evaluation } from './evaluation.js';
import { activeIn } from './rules.js';

export interface MonthSheet {
  staff: string;
  /** The sheet's id, none when it was never drafted. */
  sheet?: string;
  state?: Evaluation['state'];
}

/** The evaluations of a month: every staff member due one, with their sheet (if any). */
export function evaluationsOfMonth(ctx: Ctx, month: string): MonthSheet[] {
  const { from, to } = monthDays(month);
  const sheets = new Map(
    [...ctx.shown.all<Evaluation>('evaluation')]
      .filter((r) => r.data.month === month)
      .map((r) => [r.data.staff, r.data]),
  );
  const due = [...ctx.shown.all<StaffRecord>('staff')]
    .map((r) => r.data)
    .filter((s) => sheets.has(s.id) || (activeIn(s, from, to) && positionOf(ctx, s)));
  return due.map((s) => {
    const e = sheets.get(s.id);
    return { staff: s.id, ...(e ? { sheet: e.id, state: e.state } : {}) };
  });
}

/** Any sheet at all for the month (a month nobody was evaluated in is not recorded in wuye). */
export const monthEvaluated = (ctx: Ctx, month: string): boolean =>
  [...ctx.shown.all<Evaluation>('evaluation')].some((r) => r.data.month === month);
