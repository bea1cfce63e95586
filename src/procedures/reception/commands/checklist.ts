// wuye reception checklist JD2026-0001 [--done environment room-ready] [--at 08:28] [--out jd.pdf]
// Manual 四.1 1–3: the work order with its timeline (environment department and rooms 30 minutes before the arrival,
// tea within 5 minutes of seating, a round every 15 minutes); --done ticks items off with their time.
import { actorAt, atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import { writeFormFile } from '../../../kit/form-command.js';
import type { Line } from '../../../kit/line.js';
import { readCase, recordAct } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { conf, notClosed, RECEPTION_CASES } from '../cases.js';
import { receptionDate, receptionModel } from '../forms.js';
import { timeline, type Reception } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'reception'),
  done: l.values('done').filter(Boolean),
  at: l.localTime('at'),
  out: l.text('out'),
});

const TICK = {
  action: 'check',
  what: msg('勾掉工作单事项', 'tick off work order items'),
  states: ['requested', 'prepared', 'in-progress'] as Reception['state'][],
};

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const c = conf(ctx);
  if (o.done.length) {
    const when = atTime(ctx, o.at) ?? ctx.now();
    await ctx.write((tx) => {
      const r = readCase<Reception>(tx, RECEPTION_CASES, o.id);
      notClosed(r, msg('勾选事项', 'tick items'));
      const items = timeline(r, c).map((i) => i.item);
      const unknown = o.done.filter((d) => !items.includes(d));
      if (unknown.length)
        throw new RuleError(
          msg(`${r.id} 的工作单没有事项 ${unknown.join('、')}`, `${r.id} has no item ${unknown.join(', ')}`),
          msg(`可用: ${items.join(' ')}`, `items: ${items.join(' ')}`),
        );
      const who = actorAt(ctx, undefined);
      recordAct<Reception, Reception['state']>(
        tx,
        RECEPTION_CASES,
        who,
        o.id,
        TICK,
        (x) => ({
          checks: [
            ...(x.checks ?? []).filter((k) => !o.done.includes(k.item)),
            ...o.done.map((item) => ({ item, at: when, by: who.id })),
          ],
        }),
        o.done.join(' '),
      );
      return {
        message: `reception: checklist ${o.id}`,
        summary: msg(`${o.id} 已完成: ${o.done.join('、')}`, `${o.id} done: ${o.done.join(', ')}`),
      };
    });
  }
  const r = readCase<Reception>(ctx.shown, RECEPTION_CASES, o.id);
  await writeFormFile(
    ctx,
    'reception/order',
    { id: r.id, date: receptionDate(r), data: receptionModel(ctx.shown, r, c) },
    o.out,
    `${r.id}-order.pdf`,
  );
}
