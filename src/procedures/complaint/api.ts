// What other procedures use of the complaint procedure: its case opener for `hotline log --open complaint`
// (the desk entry and the complaint it opens are one command, one commit; manual 三.6.6, 三.3.5–3.6).
// e.g. const opener = await OPENERS.complaint!(); const o = opener.parse(line); opener.open(tx, ctx, call, o)
import type { CaseOpener } from '../hotline/api.js';
import { openComplaint, openedSummary, parseIntake, type Intake } from './open.js';

export const complaintOpener: CaseOpener<Intake> = {
  kind: 'complaint',
  parse: (l) => parseIntake(l, '--open complaint '),
  open(tx, ctx, call, o) {
    const c = openComplaint(tx, ctx, call, o);
    return { id: c.id, summary: openedSummary(ctx, c) };
  },
};

// The generated estates build complaints from their desk calls the way the commands do (hotline/generator.ts).
export { ComplaintBuild, openStory } from './story.js';
export { cfg as complaintConf, feedbackDue, reportDue, type Complaint } from './rules.js';
export type { Intake } from './open.js';
export type { ComplaintConf } from './machine.js';
