// The plain steps of the renovation machine that only log (manual 四.3: suspend, resume, report
// completion, close): one helper, so each of those command files names its step and what it says.
// e.g. export const { parse, run } = simpleStep('suspend', 'reason', (id) => msg(`${id} 已停工`, `${id} suspended`))
import { actor } from '../../kit/case.js';
import type { Ctx } from '../../kit/context.js';
import type { Line } from '../../kit/line.js';
import { stepCase, type Changes } from '../../core/case-engine.js';
import type { Msg } from '../../core/i18n.js';
import { RENOVATION_CASES } from './cases.js';
import type { RenovationState } from './machine.js';
import type { Case } from './rules.js';

export function simpleStep(
  action: string,
  noteKey: 'note' | 'reason',
  done: (id: string) => Msg,
  changes?: (ctx: Ctx, c: Case) => Changes<Case>,
) {
  const parse = (l: Line) => ({ id: l.id(0, 'renovation'), note: l.text(noteKey) });
  async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
    await ctx.write((tx) => {
      stepCase<Case, RenovationState>(
        tx,
        RENOVATION_CASES,
        actor(ctx),
        o.id,
        action,
        (c) => (changes ? changes(ctx, c) : {}),
        o.note,
      );
      return { message: `renovation: ${action} ${o.id}`, summary: done(o.id) };
    });
  }
  return { parse, run };
}
