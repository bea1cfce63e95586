// What other procedures read of the vacant units (manual 四.5; spec 05-vacant.md): billing reads the months an
// approved discount application covers (issue 10 item 6: no approved application, no discount), and
// `wuye standards` computes row 四.5 (vacant units checked on schedule) from the checks.
// e.g. discountMonthsOf(ctx.store, '3-1-0101').has('2026-11') · vacantCheckFigures(store, '2026-01-01', '2026-11-30', 31)
import { idOfPath } from '../../core/kinds.js';
import type { Store, Tx } from '../../core/store.js';
import type { UnitRecord } from '../../core/types.gen.js';
import { discountMonths, isVacantUnit, vacantCheckStandard, type Vacant, type VacantCheckStandard } from './rules.js';

export type { Vacant, VacantCheckStandard } from './rules.js';
export { checkDaysOf, discountMonths } from './rules.js';

/** The months (YYYY-MM) the unit's vacant discount applies to (approved applications only; empty when none). */
export function discountMonthsOf(src: Store | Tx, unit: string): Set<string> {
  return discountMonths(src.tryRead<Vacant>('vacant', unit)?.data);
}

export interface VacantUnit {
  unit: UnitRecord;
  rec?: Vacant;
  /** Since when the center looks after it: the fee start of a handed-over unit, else the first record we have. */
  since: string;
}

/** Every vacant or unsold unit (optionally of one building), by id, with its vacant record. */
export function vacantUnits(store: Store, building?: string): VacantUnit[] {
  const out: VacantUnit[] = [];
  for (const rel of store.unitRels(building)) {
    const unit = store.readRel<UnitRecord>(rel, 'unit', idOfPath(rel)).data;
    if (!isVacantUnit(unit)) continue;
    const rec = store.tryRead<Vacant>('vacant', unit.id)?.data;
    const first = [...(rec?.checks ?? [])].map((c) => c.date).sort()[0];
    out.push({ unit, ...(rec ? { rec } : {}), since: unit.fee_start ?? first ?? '2000-01-01' });
  }
  return out.sort((a, b) => a.unit.id.localeCompare(b.unit.id));
}

/** Standard 四.5 over [from, to] for the units vacant now: units, checks made, units left unchecked too long. */
export function vacantCheckFigures(store: Store, from: string, to: string, days: number): VacantCheckStandard {
  return vacantCheckStandard(
    vacantUnits(store).map((v) => ({ id: v.unit.id, since: v.since, rec: v.rec })),
    from,
    to,
    days,
  );
}

/** The discounts of a generated estate, for the fee generator to bill by (demo and bench). */
export { plannedMonths } from './plan.js';
