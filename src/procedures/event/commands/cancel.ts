// wuye event cancel HD2026-0004 --reason "暴雨预警，改期另行通知"
// Manual 三.6.8: an event of the plan that does not take place is cancelled with its reason (the quarter then
// still needs an event held to meet 三.6.7).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { stepCase } from '../../../core/case-engine.js';
import type { EventState } from '../../../core/enums.gen.js';
import { msg } from '../../../core/i18n.js';
import { EVENT_CASES } from '../cases.js';
import type { Event } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'event'), reason: l.text('reason')! });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    stepCase<Event, EventState>(
      tx,
      EVENT_CASES,
      actor(ctx),
      o.id,
      'cancel',
      () => ({ cancel_reason: o.reason }),
      o.reason,
    );
    return { message: `event: cancel ${o.id}`, summary: msg(`已取消 ${o.id}`, `${o.id} cancelled`) };
  });
}
