// wuye renovation revise ZX2026-0007 --drawings electrical --scope-notes "取消拆改承重墙"
// Manual 四.3: engineering returns an application with reasons; the applicant
// revises it, and a complete revision goes straight back to review.
import { optDate } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import { caseId, readCase, takeStep } from '../cases.js';
import { DRAWING_CODES, listOpt, SCOPE_CODES } from '../options.js';
import { missingForSubmit } from '../rules.js';
import { missingText, submitIn } from './submit.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const scope = listOpt(opts, 'scope', SCOPE_CODES, '--scope');
  const drawings = listOpt(opts, 'drawings', DRAWING_CODES, '--drawings');
  const start = optDate(opts, 'start', '--start');
  const end = optDate(opts, 'end', '--end');
  let sent = false;
  await ctx.write((tx) => {
    const c = readCase(tx, id);
    const planned = start || end ? { start: start ?? c.planned.start, end: end ?? c.planned.end } : undefined;
    takeStep(
      ctx,
      tx,
      id,
      'revise',
      () => ({ scope, planned, scope_notes: typeof opts.scopeNotes === 'string' ? opts.scopeNotes : undefined }),
      typeof opts.note === 'string' ? opts.note : undefined,
    );
    const after = readCase(tx, id);
    const all = [...new Set([...(after.drawings ?? []), ...(drawings ?? [])])] as typeof after.drawings;
    if (missingForSubmit({ ...after, drawings: all }).length === 0) {
      submitIn(ctx, tx, id, drawings);
      sent = true;
    } else ctx.warn(missingText(missingForSubmit({ ...after, drawings: all })));
    return {
      message: `renovation: revise ${id}`,
      summary: sent
        ? msg(`${id} 已修改并重新送工程部审核`, `${id} revised and sent back to engineering review`)
        : msg(`${id} 已修改，资料仍不全`, `${id} revised; still incomplete`),
    };
  });
}
