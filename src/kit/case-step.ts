// A command's step on a case, taken through the one case engine (src/core/case-engine.ts): at the time it
// happened (`--at`, a local time, default now — never in the future, never before the case was opened, never
// before its last step), by the operator; a transition of the machine or an act recorded in the states and by the
// roles the procedure names; checks and more writes in the same transaction; one commit per step.
// e.g. await caseStep(ctx, WARRANTY_CASES, o, { action: 'route', what }, (w, who, tx) => ({ routed: … }), note, done)
import { recordAct, stepCase, type Actor, type CaseKind, type CaseRecord, type Changes } from '../core/case-engine.js';
import type { Role } from '../core/case.js';
import { RuleError } from '../core/errors.js';
import { msg, type Msg } from '../core/i18n.js';
import type { Tx } from '../core/store.js';
import { actorAt, atTime } from './case.js';
import type { Ctx } from './context.js';

export interface StepLine {
  id: string;
  /** A local time (Line.localTime), or undefined for now. */
  at?: string;
}

export interface StepDone {
  message: string;
  summary: Msg;
}

const hm = (at: string) => at.slice(0, 16).replace('T', ' ');

/** A step at `at` comes after the case was opened (its first log entry) and after its last step (exit 1). */
export function checkStepTime(c: CaseRecord, at: string, what: Msg): void {
  const first = c.log[0];
  if (first && Date.parse(at) < Date.parse(first.at))
    throw new RuleError(
      msg(
        `${what.zh}的时间 ${hm(at)} 早于立案时间 ${hm(first.at)}`,
        `the time of ${what.en} (${hm(at)}) is before the case was opened (${hm(first.at)})`,
      ),
      msg('检查 --at（默认为现在）', 'check --at (default: now)'),
    );
  const last = c.log.at(-1);
  if (last && Date.parse(at) < Date.parse(last.at))
    throw new RuleError(
      msg(
        `${what.zh}的时间 ${hm(at)} 早于 ${c.id} 的上一步（${last.action}，${hm(last.at)}）`,
        `the time of ${what.en} (${hm(at)}) is before the last step of ${c.id} (${last.action} at ${hm(last.at)})`,
      ),
      msg(
        '按发生的先后记录：--at 不早于上一步',
        'record steps in the order they happened: --at no earlier than the last step',
      ),
    );
}

/**
 * A transition (`step.action`) or, with `step.act`, an act that is not a change of state: checked in time, then
 * `changes` (which may refuse, read and write more in the same transaction), then `done` says what happened.
 */
export async function caseStep<R extends CaseRecord, S extends string>(
  ctx: Ctx,
  k: CaseKind<S>,
  o: StepLine,
  step: { action: string; what: Msg; act?: { states: readonly S[]; roles?: readonly Role[] } },
  changes: (c: R, who: Actor, tx: Tx) => Changes<R>,
  note: string | undefined,
  done: (c: R, who: Actor) => StepDone,
): Promise<void> {
  const who = actorAt(ctx, atTime(ctx, o.at));
  await ctx.write((tx) => {
    const change = (c: R) => {
      checkStepTime(c, who.now, step.what);
      return changes(c, who, tx);
    };
    const after = step.act
      ? recordAct<R, S>(tx, k, who, o.id, { action: step.action, what: step.what, ...step.act }, change, note)
      : stepCase<R, S>(tx, k, who, o.id, step.action, change, note).after;
    return done(after, who);
  });
}
