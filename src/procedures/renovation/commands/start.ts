// wuye renovation start ZX2026-0007 [--date 2026-12-01]
// Work begins: from this day engineering inspects the unit every working day (manual 四.3).
import { optDate, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import { caseId, takeStep } from '../cases.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const day = optDate(opts, 'date', '--date') ?? ctx.today();
  await ctx.write((tx) => {
    takeStep(ctx, tx, id, 'start', () => ({ started: day }), str(opts, 'note'));
    return { message: `renovation: start ${id}`, summary: msg(`${id} 已开工（${day}）`, `${id} started (${day})`) };
  });
}
