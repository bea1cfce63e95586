// The units a person belongs to (spec 01: households and units, derived, never stored twice), found
// without parsing every unit file: a raw text test first, then a parse of the few that match.
// e.g. wuye person show P000123 → 房屋 1-2-0801（业主）
import { readFileSync } from 'node:fs';
import type { Ctx } from '../../kit/context.js';
import { idOfPath } from '../../core/kinds.js';
import type { UnitRecord } from '../../core/types.gen.js';

export function* unitsMentioning(ctx: Ctx, personId: string): Generator<UnitRecord> {
  for (const rel of ctx.store.listRel('unit')) {
    if (!readFileSync(ctx.store.abs(rel), 'latin1').includes(personId)) continue;
    const id = idOfPath(rel);
    yield ctx.shown.readRel<UnitRecord>(rel, 'unit', id).data;
  }
}
