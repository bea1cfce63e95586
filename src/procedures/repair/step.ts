// How a repair order's step is taken by its command (manual 三.7.1, 三.7.6): at the time it happened (`--at`, a
// local time, default now — never in the future, never before the order was received or its last step), by the
// operator, through the one case engine; one commit per step. Also the appointment as a local time, which may
// lie in the future (`--promised`, `--due`).
// e.g. await takeStep(ctx, o, 'arrive', msg('到场', 'arrival'), (r, who) => ({ arrived_at: who.now }), …)
import { actorAt, atTime } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import type { Line } from '../../kit/line.js';
import { stepCase, type Actor, type Changes } from '../../core/case-engine.js';
import { RuleError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { Tx } from '../../core/store.js';
import { REPAIR_CASES } from './cases.js';
import type { RepairState } from './machine.js';
import type { Repair } from './rules.js';

export interface StepLine {
  id: string;
  at?: string;
}

export const stepLine = (l: Line): StepLine => ({ id: l.id(0, 'repair'), at: l.localTime('at') });

/** A local time (Line.localTime) as an ISO time with the center's offset, future allowed (an appointment). */
export function localIso(ctx: Ctx, local: string): string {
  const now = ctx.now();
  return `${local.startsWith('T') ? ctx.today() : ''}${local}${now.slice(19)}`;
}

const hm = (at: string) => at.slice(0, 16).replace('T', ' ');

/** A step at `at` comes after the order was received and after its last step (exit 1 with both times). */
export function checkStepTime(r: Repair, at: string, what: Msg): void {
  if (Date.parse(at) < Date.parse(r.received_at))
    throw new RuleError(
      msg(
        `${what.zh}的时间 ${hm(at)} 早于报修时间 ${hm(r.received_at)}`,
        `the time of ${what.en} (${hm(at)}) is before the repair was reported (${hm(r.received_at)})`,
      ),
      msg('检查 --at（默认为现在）', 'check --at (default: now)'),
    );
  const last = r.log.at(-1);
  if (last && Date.parse(at) < Date.parse(last.at))
    throw new RuleError(
      msg(
        `${what.zh}的时间 ${hm(at)} 早于维修单 ${r.id} 的上一步（${last.action}，${hm(last.at)}）`,
        `the time of ${what.en} (${hm(at)}) is before the last step of ${r.id} (${last.action} at ${hm(last.at)})`,
      ),
      msg(
        '按发生的先后记录：--at 不早于上一步',
        'record steps in the order they happened: --at no earlier than the last step',
      ),
    );
}

export interface Done {
  message: string;
  summary: Msg;
}

/** A transition of the machine, checked in time, with more checks and writes in the same transaction. */
export async function takeStep(
  ctx: Ctx,
  o: StepLine,
  action: string,
  what: Msg,
  changes: (r: Repair, who: Actor, tx: Tx) => Changes<Repair>,
  note: string | undefined,
  done: (r: Repair, who: Actor) => Done,
): Promise<void> {
  const who = actorAt(ctx, atTime(ctx, o.at));
  await ctx.write((tx) => {
    const { after } = stepCase<Repair, RepairState>(
      tx,
      REPAIR_CASES,
      who,
      o.id,
      action,
      (r) => {
        checkStepTime(r, who.now, what);
        return changes(r, who, tx);
      },
      note,
    );
    return done(after, who);
  });
}
