// wuye event evaluate HD2026-0007 --feedback "…" --went-well "…" --to-improve "…" --satisfaction 92 [--out eval.pdf]
// Manual 三.6.8: events are evaluated afterwards (活动总结评估表) — only an event that was held, within 14
// calendar days of holding it (after that it is overdue, still allowed and shown late).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import type { EventState } from '../../../core/enums.gen.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney } from '../../../core/money.js';
import { EVENT_CASES } from '../cases.js';
import { eventDate, eventModel, writeForm } from '../forms.js';
import type { Event } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'event'),
  feedback: l.text('feedback')!,
  wentWell: l.text('wentWell')!,
  toImprove: l.text('toImprove')!,
  satisfaction: l.int('satisfaction', 0, 100),
  cost: l.money('cost'),
  out: l.text('out'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const e = readCase<Event>(tx, EVENT_CASES, o.id);
    if (e.state === 'planned' || e.state === 'announced')
      throw new RuleError(
        msg(
          `${e.id} 尚未举办（${e.state === 'planned' ? '计划中' : '已发通知'}），不能评估`,
          `${e.id} has not been held yet (${e.state}); it cannot be evaluated`,
        ),
        msg(
          `活动举办后先登记: wuye event held ${e.id} --count N，再评估`,
          `record it held first: wuye event held ${e.id} --count N, then evaluate`,
        ),
      );
    const who = actor(ctx);
    stepCase<Event, EventState>(tx, EVENT_CASES, who, o.id, 'evaluate', () => ({
      actual_cost: o.cost === undefined ? undefined : formatMoney(o.cost),
      evaluation: {
        at: ctx.today(),
        by: who.id,
        ...(o.satisfaction !== undefined ? { satisfaction: o.satisfaction } : {}),
        feedback: o.feedback,
        went_well: o.wentWell,
        to_improve: o.toImprove,
      },
    }));
    return { message: `event: evaluate ${o.id}`, summary: msg(`已评估 ${o.id}`, `${o.id} evaluated`) };
  });
  if (o.out) {
    const e = readCase<Event>(ctx.shown, EVENT_CASES, o.id);
    await writeForm(
      ctx,
      'event/evaluation',
      { id: e.id, date: eventDate(e), data: eventModel(ctx.shown, e) },
      o.out,
      `${e.id}-evaluation.pdf`,
    );
  }
}
