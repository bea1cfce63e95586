// What other procedures use of the complaint procedure: its case opener for `hotline log --open complaint`
// (the desk entry and the complaint it opens are one command, one commit; manual 三.6.6, 三.3.5–3.6).
// e.g. const opener = await OPENERS.complaint!(); const o = opener.parse(line); opener.open(tx, ctx, call, o)
import type { CaseOpener } from '../hotline/api.js';
import { allCases } from '../../core/case-engine.js';
import type { Ctx } from '../../kit/context.js';
import { COMPLAINT_CASES, conf } from './cases.js';
import { openComplaint, openedSummary, parseIntake, type Intake } from './open.js';
import { callbackAfterResolution, figures, lastResolution, receivedIn, type Complaint } from './rules.js';

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

/** One staff member's complaints received in a period (those they own now) for the monthly evaluation:
 *  feedback on time (三.3.6) and return visits after a valid complaint's result (三.3.8), each with the ids
 *  that missed. e.g. complaintFiguresOf(ctx, 'S004', { from: '2026-11-01', to: '2026-11-30' }) */
export function complaintFiguresOf(ctx: Ctx, staff: string | undefined, p: { from: string; to: string }) {
  const c = conf(ctx);
  const mine = allCases<Complaint>(ctx.shown, COMPLAINT_CASES).filter(
    (x) => receivedIn(x, p) && (!staff || x.owner === staff),
  );
  const late: string[] = [];
  let timed = 0;
  for (const x of mine) {
    const g = figures([x], p, ctx.calendar, c, ctx.today());
    timed += g.feedbackOnTime + g.feedbackLate;
    if (g.feedbackLate) late.push(x.id);
  }
  const resolved = mine.filter((x) => x.valid && lastResolution(x));
  return {
    feedback: { done: timed - late.length, of: timed, missed: late },
    visits: {
      done: resolved.filter((x) => callbackAfterResolution(x)).length,
      of: resolved.length,
      missed: resolved.filter((x) => !callbackAfterResolution(x)).map((x) => x.id),
    },
  };
}
