// wuye event new --title 元宵灯谜会 --type festival --date 2027-02-20 --time 14:30-16:30 --venue 会所多功能厅 --plan-item 1
// Manual 二.5–6, 三.6.8: events follow the year's plan; an event is registered (planned) before it is announced.
import { actor, nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { openCase } from '../../../core/case-engine.js';
import type { EventType } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, parseMoney } from '../../../core/money.js';
import { EVENT_CASES } from '../cases.js';
import { readPlan } from '../forms.js';
import { planId, type Event } from '../rules.js';

export const TIME = /^([01]\d|2[0-3]):[0-5]\d(-([01]\d|2[0-3]):[0-5]\d)?$/;

export function parse(l: Line) {
  const time = l.text('time');
  if (time !== undefined && !TIME.test(time))
    throw new UsageError(
      msg(
        `--time 应形如 14:30 或 14:30-16:30，而不是 "${time}"`,
        `--time looks like 14:30 or 14:30-16:30, not "${time}"`,
      ),
    );
  return {
    title: l.text('title')!,
    type: l.choice<EventType>('type')!,
    date: l.date('date')!,
    time,
    venue: l.text('venue')!,
    organiser: l.idOpt('organiser', 'staff'),
    partners: l.list('partners'),
    budget: l.money('budget'),
    planItem: l.int('planItem', 1, 999),
    description: l.text('description'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const year = Number(o.date.slice(0, 4));
  let budget = o.budget;
  if (o.planItem !== undefined) {
    const plan = readPlan(ctx.store, planId(year));
    const item = plan.items.find((i) => i.no === o.planItem);
    if (!item)
      throw new RuleError(
        msg(`${plan.id} 没有第 ${o.planItem} 项`, `${plan.id} has no item ${o.planItem}`),
        msg(`查看计划: wuye event plan --year ${year}`, `see the plan: wuye event plan --year ${year}`),
      );
    budget ??= parseMoney(item.budget);
  }
  if (o.organiser) ctx.store.read('staff', o.organiser);
  await ctx.write((tx) => {
    const who = actor(ctx);
    const id = nextCaseId(ctx, tx, 'event', String(year));
    openCase<Event, Event['state']>(
      tx,
      EVENT_CASES,
      who,
      {
        kind: 'event',
        id,
        ...(o.planItem !== undefined ? { plan_item: o.planItem } : {}),
        title: o.title,
        type: o.type,
        date: o.date,
        ...(o.time ? { time: o.time } : {}),
        venue: o.venue,
        organiser: o.organiser ?? who.id,
        ...(o.partners?.length ? { partners: o.partners } : {}),
        ...(budget !== undefined ? { budget: formatMoney(budget) } : {}),
        ...(o.description ? { description: o.description } : {}),
      },
      'open',
      o.note,
    );
    return {
      message: `event: new ${id}`,
      summary: msg(
        `已登记活动 ${id}「${o.title}」（${o.date}）；发通知: wuye event announce ${id}`,
        `event ${id} "${o.title}" (${o.date}) registered; announce it with wuye event announce ${id}`,
      ),
    };
  });
}
