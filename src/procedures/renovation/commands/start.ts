// wuye renovation start ZX2026-0007 [--date 2026-12-01]
// Work begins: from this day engineering inspects the unit every working day (manual 四.3).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { stepCase } from '../../../core/case-engine.js';
import { msg } from '../../../core/i18n.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import type { Case } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'renovation'), date: l.date('date'), note: l.text('note') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id } = o;
  const day = o.date ?? ctx.today();
  await ctx.write((tx) => {
    stepCase<Case, RenovationState>(tx, RENOVATION_CASES, actor(ctx), id, 'start', () => ({ started: day }), o.note);
    return { message: `renovation: start ${id}`, summary: msg(`${id} 已开工（${day}）`, `${id} started (${day})`) };
  });
}
