// wuye event announce HD2026-0007 --places 小区公告栏,会所门口 [--out poster.pdf]
// Manual 二.5, 二.8: the event is made known before it takes place — a poster-style notice (活动通知) posted
// where owners see it; the places and the date are recorded, and the A4 poster is printed.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import type { EventState } from '../../../core/enums.gen.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { EVENT_CASES } from '../cases.js';
import { eventDate, eventModel, writeForm } from '../forms.js';
import type { Event } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'event'),
  places: l.list('places'),
  out: l.text('out'),
  note: l.text('note'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const places = o.places?.length
    ? o.places
    : ((ctx.config.notices as { places?: string[] } | undefined)?.places ?? []);
  await ctx.write((tx) => {
    const e = readCase<Event>(tx, EVENT_CASES, o.id);
    if (e.state === 'planned' && e.date < today)
      throw new RuleError(
        msg(`${e.id} 的活动日期 ${e.date} 已过，不能再发通知`, `${e.id} was due on ${e.date}; too late to announce it`),
        msg(
          '请取消（wuye event cancel），或按新的日期重新登记',
          'cancel it (wuye event cancel) or register it again with its new date',
        ),
      );
    stepCase<Event, EventState>(
      tx,
      EVENT_CASES,
      actor(ctx),
      o.id,
      'announce',
      () => ({ notice: { date: today, places } }),
      o.note,
    );
    return {
      message: `event: announce ${o.id}`,
      summary: msg(`已发布活动通知 ${o.id}（${places.join('、')}）`, `${o.id} announced (${places.join(', ')})`),
    };
  });
  const e = readCase<Event>(ctx.shown, EVENT_CASES, o.id);
  await writeForm(
    ctx,
    'event/poster',
    { id: e.id, date: eventDate(e), data: eventModel(ctx.shown, e) },
    o.out,
    `${e.id}-poster.pdf`,
  );
}
