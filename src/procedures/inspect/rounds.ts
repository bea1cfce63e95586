// The rounds of the checklists, filtered, each with its checklist and score (inspect list and report; the
// monthly evaluation reads a staff member's conduct deductions through api.ts).
// e.g. roundsOf(ctx, { checklist: 'conduct', staff: 'S004', from: '2026-11-01', to: '2026-11-30' })
import type { Ctx } from '../../kit/context.js';
import { loadChecklist, type Checklist } from './checklist.js';
import { scoreRound, type Round } from './rules.js';

/** The rounds matching the filters, each with its checklist and score, newest first. */
export function roundsOf(ctx: Ctx, o: { checklist?: string; staff?: string; from?: string; to?: string }) {
  const lists = new Map<string, Checklist>();
  const cl = (n: string) => lists.get(n) ?? (lists.set(n, loadChecklist(ctx, n)), lists.get(n)!);
  return [...ctx.shown.all<Round>('inspection')]
    .map((r) => r.data)
    .filter(
      (r) =>
        (!o.checklist || r.checklist === o.checklist) &&
        (!o.staff || r.where.staff === o.staff) &&
        (!o.from || r.date >= o.from) &&
        (!o.to || r.date <= o.to),
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1))
    .map((r) => ({ r, cl: cl(r.checklist), s: scoreRound(cl(r.checklist), r.results) }));
}
