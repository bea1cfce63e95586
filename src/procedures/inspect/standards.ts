// The standards the checklist rounds measure (manual 一 conduct, 三.8 shops, 三.14 signage, 三.15 canteen): one row
// per checklist — its rounds in the period and those with an item failed, each failure (round@item) the evidence;
// no round in the period is "no data", never "met". A new checklist (a YAML file) grows a row without code.
// e.g. inspectStandards(ctx, { from: '2026-01-01', to: '2026-12-31', … }) → [{ clause: '8', measured: '5/6 (83.3%)', … }]
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import {
  ratioText,
  statusOf,
  type StandardPeriod,
  type StandardRow,
  type StandardSource,
} from '../../kit/standards.js';
import { checklistNames, loadChecklist } from './checklist.js';
import { roundsOf } from './rounds.js';

/** The standards clause a checklist answers for: 三.8 → 8 (standards.md numbers section 三 without its prefix). */
export const clauseOf = (clause: string): string => clause.replace(/^三\./, '');

export function inspectStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  return checklistNames(ctx).map((name) => {
    const cl = loadChecklist(ctx, name);
    const rounds = roundsOf(ctx, { checklist: name, from: p.from, to: p.to }).reverse();
    const failed = rounds.filter((x) => x.s.failed.length > 0);
    return {
      clause: clauseOf(cl.clause),
      requirement: msg(`${cl.title}：每次检查各项合格`, `${cl.title_en ?? cl.title}: every item passed on each round`),
      measured: ratioText(rounds.length - failed.length, rounds.length),
      status: statusOf(rounds.length, failed.length),
      evidence: failed.map((x) => `${x.r.id}@${x.s.failed.join('+')}`),
    };
  });
}

// the shipped checklists' clauses; a center's own checklist adds its row after the manual's list
export const sources: readonly StandardSource[] = [{ clauses: ['一', '8', '14', '15'], measure: inspectStandards }];
