// What other procedures use of the repair procedure: its case opener for `hotline log --open repair` (the desk
// entry and the order it opens are one command, one commit; manual 三.6.6), and the opening of a paid repair
// from a warranty report found out of warranty (the same commit as the report).
// e.g. const opener = await OPENERS.repair.load!(); opener.open(tx, ctx, call, opener.parse(line))
import type { CaseOpener } from '../hotline/api.js';
import { openRepair, openedSummary, parseIntake, type Intake } from './open.js';

export const repairOpener: CaseOpener<Intake> = {
  kind: 'repair',
  parse: (l) => parseIntake(l),
  open(tx, ctx, call, o) {
    const r = openRepair(tx, ctx, call, o);
    return { id: r.id, summary: openedSummary(r) };
  },
};

export { openRepair, openRepairWithEntry, type Intake as RepairIntake } from './open.js';
export type { Repair } from './rules.js';
export { repairStandards } from './standards.js';
export { cfg as repairConf } from './rules.js';
