// wuye complaint close TS2026-0007 [--note "业主满意"] [--at 2026-12-01T10:30]
// Manual 三.3.7–3.8, 三.4.3: closed only with a resolution, after feedback to the complainant, a valid one
// only after a return visit made after that resolution, a major one only once it was reported upward;
// when the return visit found the complainant unsatisfied, only the manager or the director closes it.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requireRole } from '../../../core/case.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { callbackAfterResolution, closeBlockers } from '../rules.js';
import { stepLine, takeStep } from '../step.js';

export const parse = (l: Line) => ({ ...stepLine(l), note: l.text('note') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await takeStep(
    ctx,
    o,
    'close',
    msg('结案', 'closing'),
    (c, who) => {
      const why = closeBlockers(c);
      if (why.length)
        throw new RuleError(
          msg(
            `${c.id} 不能结案：${why.map((w) => w.what.zh).join('；')}`,
            `${c.id} cannot be closed: ${why.map((w) => w.what.en).join('; ')}`,
          ),
          msg(why.map((w) => w.todo.zh).join('；'), why.map((w) => w.todo.en).join('; ')),
        );
      const visit = callbackAfterResolution(c);
      if (c.valid && visit && !visit.satisfied)
        requireRole(
          who.roles,
          ['cs-manager', 'director'],
          msg('回访不满意的投诉结案', 'closing a complaint whose complainant is not satisfied'),
        );
      return { closed_at: who.now };
    },
    o.note,
    (c) => ({ message: `complaint: close ${c.id}`, summary: msg(`${c.id} 已结案`, `${c.id} closed`) }),
  );
}
