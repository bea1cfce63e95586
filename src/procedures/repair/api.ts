// What other procedures use of the repair procedure: its case opener for `hotline log --open repair` (the desk
// entry and the order it opens are one command, one commit; manual 三.6.6), and the opening of a paid repair
// from a warranty report found out of warranty (the same commit as the report).
// e.g. const opener = await OPENERS.repair.load!(); opener.open(tx, ctx, call, opener.parse(line))
import type { CaseOpener } from '../hotline/api.js';
import { allCases } from '../../core/case-engine.js';
import type { Ctx } from '../../kit/context.js';
import { REPAIR_CASES } from './cases.js';
import { openRepair, openedSummary, parseIntake, type Intake } from './open.js';
import { onTime, receivedIn, type Repair } from './rules.js';

export const repairOpener: CaseOpener<Intake> = {
  kind: 'repair',
  parse: (l) => parseIntake(l),
  open(tx, ctx, call, o) {
    const r = openRepair(tx, ctx, call, o);
    return { id: r.id, summary: openedSummary(r) };
  },
};

export { openRepair, openRepairWithEntry, type Intake as RepairIntake } from './open.js';
export type { Repair };
export { repairStandards } from './standards.js';
export { cfg as repairConf } from './rules.js';

/** The repair orders received in a period (a technician's, or all) and how many of those done were on time
 *  (三.7.6), with the late ids — for the monthly evaluation.
 *  e.g. repairsOnTimeOf(ctx, 'S009', { from: '2026-11-01', to: '2026-11-30' }) → { done: 3, of: 4, missed: [...] } */
export function repairsOnTimeOf(ctx: Ctx, technician: string | undefined, p: { from: string; to: string }) {
  const orders = allCases<Repair>(ctx.shown, REPAIR_CASES).filter(
    (r) => receivedIn(r, p) && (!technician || r.technician === technician),
  );
  const judged = orders.filter((r) => onTime(r) !== undefined);
  const missed = judged.filter((r) => onTime(r) === false).map((r) => r.id);
  return { done: judged.length - missed.length, of: judged.length, missed };
}
