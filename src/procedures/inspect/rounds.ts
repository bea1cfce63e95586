// The rounds of the checklists, filtered, each with its checklist and score (inspect list and report; the
// monthly evaluation reads a staff member's conduct deductions through api.ts).
// e.g. roundsOf(ctx, { checklist: 'conduct', staff: 'S004', from: '2026-11-01', to: '2026-11-30' })
import type { Tx } from '../../core/store.js';
import { nextCaseId } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import { loadChecklist, type Checklist } from './checklist.js';
import { entryFields, type Entry } from './entry.js';
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

/** A new round of a checklist with the results entered (inspect new, review conduct): one record, in the caller's commit. */
export function createRound(
  ctx: Ctx,
  tx: Tx,
  o: { cl: Checklist; date: string; by: string; where: Round['where']; entry: Entry },
): Round {
  const id = nextCaseId(ctx, tx, 'inspection', o.date.slice(0, 4));
  const f = entryFields(o.cl, { results: [] }, o.entry);
  const rec: Round = {
    kind: 'inspection',
    id,
    checklist: o.cl.name,
    date: o.date,
    by: o.by,
    where: o.where,
    results: f.results,
    ...(f.photos.length ? { photos: f.photos } : {}),
    ...(f.follow.length ? { follow_ups: f.follow } : {}),
    ...(f.roundNote ? { notes: f.roundNote } : {}),
  };
  tx.create('inspection', id, rec);
  return rec;
}
