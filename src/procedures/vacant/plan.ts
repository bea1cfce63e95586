// The vacant-fee discounts of a generated estate (demo and bench; manual 四.5, issue 10 item 6): every third unit
// handed over and standing empty applied about two weeks after its fee start (a unit empty for long: in the last year),
// on a check of the day before, and the
// cs-manager approved it two days later for twelve months. The fee generator bills by this plan and the vacant
// generator writes the applications — one plan per estate (computed once, before move-in changes any state).
// e.g. discountPlan(g.estate, '2026-11-28').get('1-1-0302') → { check: '2025-12-15', applied: '2025-12-16', … }
import { addDays } from '../../core/dates.js';
import type { UnitRecord } from '../../core/types.gen.js';
import { discountMonths } from './rules.js';

export interface PlannedDiscount {
  check: string;
  applied: string;
  decided: string;
  from: string;
  to: string;
  applicant: string;
}

const plans = new WeakMap<object, Map<string, PlannedDiscount>>();

const plusMonths = (p: string, n: number) => {
  const i = Number(p.slice(0, 4)) * 12 + Number(p.slice(5)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

export function discountPlan(estate: { units: readonly UnitRecord[] }, asOf: string): Map<string, PlannedDiscount> {
  const known = plans.get(estate);
  if (known) return known;
  const plan = new Map<string, PlannedDiscount>();
  const empty = estate.units
    .filter((u) => u.state === 'vacant' && u.type !== 'parking' && u.fee_start && u.owners?.length)
    .filter((u) => addDays(u.fee_start!, 45) <= asOf)
    .sort((a, b) => a.id.localeCompare(b.id));
  empty.forEach((u, i) => {
    if (i % 3) return;
    // two weeks after the fee start, or (a unit empty for long) some months into the last year
    const late = addDays(asOf, -330 + ((i / 3) % 6) * 30);
    const early = addDays(u.fee_start!, 15);
    const applied = early > late ? early : late;
    const from = applied.slice(0, 7);
    plan.set(u.id, {
      check: addDays(applied, -1),
      applied,
      decided: addDays(applied, 2),
      from,
      to: plusMonths(from, 11),
      applicant: u.owners![0].person,
    });
  });
  plans.set(estate, plan);
  return plan;
}

/** The months each planned unit's discount covers (what billing reads from the approved applications). */
export function plannedMonths(estate: { units: readonly UnitRecord[] }, asOf: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [unit, d] of discountPlan(estate, asOf))
    out.set(
      unit,
      discountMonths({
        kind: 'vacant',
        id: unit,
        discounts: [
          { no: 1, applied: d.applied, from: d.from, to: d.to, check: d.check, state: 'approved', by: 'S001' },
        ],
      }),
    );
  return out;
}
