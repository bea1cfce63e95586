// What other procedures use of the checklist rounds (manual 一): the conduct deductions of a staff member in a
// period — each round through the one checklist engine, its points deducted and the round ids as evidence — for
// the monthly evaluation (review month).
// e.g. conductDeductions(ctx, 'S004', '2026-11-01', '2026-11-30') → { rounds: 2, deducted: 4, evidence: ['JC2026-0003'] }
import type { Ctx } from '../../kit/context.js';
import { roundsOf } from './rounds.js';

export { checklistNames, loadChecklist, type Checklist } from './checklist.js';

export function conductDeductions(
  ctx: Ctx,
  staff: string,
  from: string,
  to: string,
  checklist = 'conduct',
): { rounds: number; deducted: number; evidence: string[] } {
  const rs = roundsOf(ctx, { checklist, staff, from, to });
  return {
    rounds: rs.length,
    deducted: rs.reduce((a, x) => a + x.s.deducted, 0),
    evidence: rs.filter((x) => x.s.deducted > 0).map((x) => `${x.r.id}(-${x.s.deducted})`),
  };
}
