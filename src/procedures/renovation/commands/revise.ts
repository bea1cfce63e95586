// wuye renovation revise ZX2026-0007 --drawings electrical --scope-notes "取消拆改承重墙"
// Manual 四.3: engineering returns an application with reasons; the applicant
// revises it, and a complete revision goes straight back to review.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import { msg } from '../../../core/i18n.js';
import { missingText, submitIn } from '../application.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { DRAWING_CODES, SCOPE_CODES } from '../options.js';
import { missingForSubmit, type Case } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'renovation'),
  scope: l.list('scope', SCOPE_CODES),
  scopeNotes: l.text('scopeNotes'),
  drawings: l.list('drawings', DRAWING_CODES),
  start: l.date('start'),
  end: l.date('end'),
  note: l.text('note'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, start, end, drawings } = o;
  let sent = false;
  await ctx.write((tx) => {
    const c = readCase<Case>(tx, RENOVATION_CASES, id);
    const planned = start || end ? { start: start ?? c.planned.start, end: end ?? c.planned.end } : undefined;
    const after = stepCase<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      actor(ctx),
      id,
      'revise',
      () => ({ scope: o.scope, planned, scope_notes: o.scopeNotes }),
      o.note,
    ).after;
    const all = [...new Set([...(after.drawings ?? []), ...(drawings ?? [])])];
    const missing = missingForSubmit({ ...after, drawings: all });
    if (missing.length === 0) {
      submitIn(ctx, tx, id, drawings);
      sent = true;
    } else ctx.warn(missingText(missing));
    return {
      message: `renovation: revise ${id}`,
      summary: sent
        ? msg(`${id} 已修改并重新送工程部审核`, `${id} revised and sent back to engineering review`)
        : msg(`${id} 已修改，资料仍不全`, `${id} revised; still incomplete`),
    };
  });
}
