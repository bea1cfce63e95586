// The plain steps of the machine that only log (suspend, resume, complete, close,
// withdraw): one helper so each command file stays a line.
// e.g. wuye renovation suspend ZX2026-0007 --reason "违规拆改承重墙"
import { str } from '../../kit/options.js';
import type { Ctx } from '../../kit/context.js';
import type { Opts } from '../../kit/spec.js';
import { msg, type Msg } from '../../core/i18n.js';
import { caseId, takeStep, type Changes } from './cases.js';
import type { Case } from './rules.js';

export function simpleStep(action: string, done: (id: string) => Msg, changes?: (ctx: Ctx, c: Case) => Changes) {
  return async (ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> => {
    const id = caseId(arg);
    await ctx.write((tx) => {
      takeStep(ctx, tx, id, action, (c) => (changes ? changes(ctx, c) : {}), str(opts, 'reason') ?? str(opts, 'note'));
      return { message: `renovation: ${action} ${id}`, summary: done(id) };
    });
  };
}
export { msg };
