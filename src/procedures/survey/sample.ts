// Who a survey asks (spec 13-survey.md "sample plan"): the households of an owners' survey — units lived in
// (occupied or let) that have an owner, shops and offices included, parking spaces and store rooms not — and the
// staff in post on a day, by department, for an anonymous staff survey.
// e.g. surveyedUnits(ctx.store) → ['1-1-0101', …]; staffInPost(ctx.store, '2026-11-28') → { 'customer-service': 4, … }
import { idOfPath } from '../../core/kinds.js';
import type { Store } from '../../core/store.js';
import type { StaffRecord, UnitRecord } from '../../core/types.gen.js';

const LIVED_IN = new Set(['occupied', 'let']);
const ASKED = new Set(['residential', 'shop', 'office']);

export const isSurveyed = (u: UnitRecord): boolean =>
  LIVED_IN.has(u.state) && ASKED.has(u.type) && (u.owners?.length ?? 0) > 0;

/** Every unit an owners' survey may draw, in id order. */
export function surveyedUnits(store: Store): string[] {
  const out: string[] = [];
  for (const rel of store.unitRels()) {
    const u = store.readRel<UnitRecord>(rel, 'unit', idOfPath(rel)).data;
    if (isSurveyed(u)) out.push(u.id);
  }
  return out;
}

export const inPost = (s: StaffRecord, day: string): boolean =>
  !(s.active_from && s.active_from > day) && !(s.active_to && s.active_to < day);

/** Staff in post on a day, counted by department. */
export function staffInPost(store: Store, day: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of store.all<StaffRecord>('staff'))
    if (inPost(r.data, day)) out[r.data.department] = (out[r.data.department] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
