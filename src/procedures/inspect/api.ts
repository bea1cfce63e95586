// What other procedures use of the checklist rounds (manual 一): the conduct deductions of a staff member in a
// period — each round through the one checklist engine, its points deducted and the round ids as evidence — for
// the monthly evaluation (review month).
// e.g. conductDeductions(ctx, 'S004', '2026-11-01', '2026-11-30', 'conduct', { badge: 5 }) → { rounds: 2, deducted: 4, evidence: ['JC2026-0003'] }
import type { Ctx } from '../../kit/context.js';
import type { Checklist } from './checklist.js';
import { roundsOf } from './rounds.js';
export { createRound } from './rounds.js';
export { parseEntry, type Entry } from './entry.js';
import { scoreRound, type Round, type Score } from './rules.js';

export { checklistNames, loadChecklist, type Checklist } from './checklist.js';
export { roundRows } from './view.js';
export { whereText, type Round } from './rules.js';

export function conductDeductions(
  ctx: Ctx,
  staff: string,
  from: string,
  to: string,
  checklist = 'conduct',
  points: Readonly<Record<string, number>> = {},
): { rounds: number; deducted: number; evidence: string[] } {
  const rs = roundsOf(ctx, { checklist, staff, from, to }).map((x) => ({ r: x.r, s: withPoints(x.cl, x.r, points) }));
  return {
    rounds: rs.length,
    deducted: rs.reduce((a, x) => a + x.s.deducted, 0),
    evidence: rs.filter((x) => x.s.deducted > 0).map((x) => `${x.r.id}(-${x.s.deducted})`),
  };
}

/** A round scored with the points a center's own table gives some items (wuye.yaml review.deductions). */
export function withPoints(cl: Checklist, r: Round, points: Readonly<Record<string, number>> = {}): Score {
  return scoreRound(pointsTable(cl, points), r.results);
}

/** A checklist with the points a center's own table gives some of its items. */
export const pointsTable = (cl: Checklist, points: Readonly<Record<string, number>> = {}): Checklist => ({
  ...cl,
  items: cl.items.map((it) => ({ ...it, points: points[it.id] ?? it.points })),
});
