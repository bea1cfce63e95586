// The renovation cases in the one case engine (src/core/case-engine.ts; records.md "Case records"):
// their kind and machine (steps, roles, the review and decision deadlines), and what is the
// procedure's own — id allocation under the lock (ZX2026-0007, station-coded ZX2026-B0007, never
// reused), the unit of a case, the configuration with its defaults.
// e.g. await ctx.write((tx) => stepCase(tx, RENOVATION_CASES, actor(ctx), id, 'review-pass', (c) => ({ … })))
import type { Ctx } from '../../kit/context.js';
import { defineCases } from '../../core/case-engine.js';
import type { Store, Tx } from '../../core/store.js';
import type { UnitRecord } from '../../core/types.gen.js';
import { RENOVATION } from './machine.js';
import { cfg, type Case } from './rules.js';

export const RENOVATION_CASES = defineCases({ kind: 'renovation', machine: RENOVATION });

/** The renovation section of wuye.yaml with its defaults. */
export const conf = (ctx: Ctx) => cfg(ctx.config.renovation);

/** The next case id of the year: <PREFIX><YEAR>-[station]<SEQ>; the sequence counts every id ever allocated in the folder. */
export function unitOf(src: Tx | Store, c: Pick<Case, 'unit'>): UnitRecord {
  return src.read<UnitRecord>('unit', c.unit).data;
}
