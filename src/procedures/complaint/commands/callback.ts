// wuye complaint callback TS2026-0007 --satisfied yes [--comments "晚上已经安静了"] [--how phone] [--at 2026-12-01T10:00]
// Manual 三.3.8: valid complaints get a return visit — after the resolution, never before it. An
// unsatisfied complainant sends the case back to handling (wuye complaint assign) or to the manager to close.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import type { ContactMethod } from '../../../core/enums.gen.js';
import { ACTS } from '../machine.js';
import { recordStep, stepLine } from '../step.js';

export const parse = (l: Line) => ({
  ...stepLine(l),
  satisfied: l.choice<'yes' | 'no'>('satisfied') === 'yes',
  comments: l.text('comments'),
  how: l.choice<ContactMethod>('how') ?? 'phone',
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await recordStep(
    ctx,
    o,
    ACTS.callback,
    (_c, who) => ({
      append: {
        callbacks: [
          {
            at: who.now,
            by: who.id,
            how: o.how,
            satisfied: o.satisfied,
            ...(o.comments ? { comments: o.comments } : {}),
          },
        ],
      },
    }),
    `${o.satisfied ? '满意' : '不满意'}${o.comments ? ` ${o.comments}` : ''}`,
    (c) => {
      if (!o.satisfied)
        ctx.warn(
          msg(
            `投诉人不满意：用 wuye complaint assign ${c.id} 重新处理，或由用户服务部经理决定结案`,
            `the complainant is not satisfied: send it back with wuye complaint assign ${c.id}, or let the manager close it`,
          ),
        );
      return {
        message: `complaint: callback ${c.id}`,
        summary: msg(
          `${c.id} 已回访（${o.satisfied ? '满意' : '不满意'}）${o.satisfied ? `，可结案：wuye complaint close ${c.id}` : ''}`,
          `${c.id}: return visit recorded (${o.satisfied ? 'satisfied' : 'not satisfied'})${o.satisfied ? `; close it with wuye complaint close ${c.id}` : ''}`,
        ),
      };
    },
  );
}
