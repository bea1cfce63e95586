// How a complaint's step is taken by its command (manual 三.3.6–3.8): at the time it happened (`--at`, a
// local time, default now — never in the future, never before the complaint was received or before the
// case's last step), by the operator, through the one case engine: a transition of the machine, or an act
// recorded in the states and by the roles machine.ts names. One commit per step.
// e.g. await recordStep(ctx, o, ACTS.feedback, (c, who) => ({ append: { feedback: [{ at: who.now, … }] } }), …)
import { actorAt, atTime } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import type { Line } from '../../kit/line.js';
import { recordAct, stepCase, type Actor, type Changes } from '../../core/case-engine.js';
import type { Msg } from '../../core/i18n.js';
import { COMPLAINT_CASES } from './cases.js';
import type { Act, ComplaintState } from './machine.js';
import { checkStepTime, type Complaint } from './rules.js';

export interface StepLine {
  id: string;
  /** A local time (Line.localTime), or undefined for now. */
  at?: string;
}

export const stepLine = (l: Line): StepLine => ({ id: l.id(0, 'complaint'), at: l.localTime('at') });

export interface Done {
  message: string;
  summary: Msg;
}

/** An act that is not a change of state (feedback, follow-up, escalation, return visit). */
export async function recordStep(
  ctx: Ctx,
  o: StepLine,
  act: Act,
  changes: (c: Complaint, who: Actor) => Changes<Complaint>,
  note: string | undefined,
  done: (c: Complaint, who: Actor) => Done,
): Promise<void> {
  const who = actorAt(ctx, atTime(ctx, o.at));
  await ctx.write((tx) => {
    const after = recordAct<Complaint, ComplaintState>(
      tx,
      COMPLAINT_CASES,
      who,
      o.id,
      act,
      (c) => {
        checkStepTime(c, who.now, act.what);
        return changes(c, who);
      },
      note,
    );
    return done(after, who);
  });
}

/** A transition of the machine (assign, resolve, close). */
export async function takeStep(
  ctx: Ctx,
  o: StepLine,
  action: string,
  what: Msg,
  changes: (c: Complaint, who: Actor) => Changes<Complaint>,
  note: string | undefined,
  done: (c: Complaint, who: Actor) => Done,
): Promise<void> {
  const who = actorAt(ctx, atTime(ctx, o.at));
  await ctx.write((tx) => {
    const { after } = stepCase<Complaint, ComplaintState>(
      tx,
      COMPLAINT_CASES,
      who,
      o.id,
      action,
      (c) => {
        checkStepTime(c, who.now, what);
        return changes(c, who);
      },
      note,
    );
    return done(after, who);
  });
}
