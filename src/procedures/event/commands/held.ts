// wuye event held HD2026-0007 --count 86 [--units 1-1-0301,1-2-0502] --cost 735.50 [--photos a.jpg,b.jpg]
// Manual 二.5, 三.6.8: the event took place — who came (a count, or the units on the sign-in sheet), what it
// cost; its evaluation is then due within 14 calendar days.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import type { EventState } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { formatMoney } from '../../../core/money.js';
import { conf, EVENT_CASES } from '../cases.js';
import { evaluationDue, type Event } from '../rules.js';

export function parse(l: Line) {
  const units = (l.list('units') ?? []).map((u) => checkId('unit', u, '--units'));
  const count = l.int('count', 0, 100000);
  if (count === undefined && !units.length)
    throw new UsageError(msg('须给出参加人数 --count 或签到房屋 --units', 'give the participants: --count or --units'));
  if (count !== undefined && count < units.length)
    throw new UsageError(
      msg(
        `参加人数 ${count} 少于签到房屋数 ${units.length}`,
        `--count ${count} is less than the ${units.length} units signed in`,
      ),
    );
  return {
    id: l.id(0, 'event'),
    count: count ?? units.length,
    units,
    cost: l.money('cost'),
    expenses: l.list('expenses'),
    photos: l.list('photos'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  for (const u of o.units) ctx.store.read('unit', u); // not found: exit 3 before anything is written
  await ctx.write((tx) => {
    const e = readCase<Event>(tx, EVENT_CASES, o.id);
    if (e.date > today)
      throw new RuleError(
        msg(`${e.id} 定于 ${e.date} 举办，尚未到期`, `${e.id} takes place on ${e.date}; not yet`),
        msg('活动举办当天或之后再登记', 'record it on or after the day'),
      );
    stepCase<Event, EventState>(
      tx,
      EVENT_CASES,
      actor(ctx),
      o.id,
      'held',
      () => ({
        participants: { count: o.count, ...(o.units.length ? { units: o.units } : {}) },
        actual_cost: o.cost === undefined ? undefined : formatMoney(o.cost),
        expenses: o.expenses?.length ? o.expenses : undefined,
        photos: o.photos?.length ? o.photos : undefined,
      }),
      o.note,
    );
    const due = evaluationDue(today, today, conf(ctx)).due;
    return {
      message: `event: held ${o.id}`,
      summary: msg(
        `已登记 ${o.id} 举办（${o.count} 人）；请于 ${due} 前评估: wuye event evaluate ${o.id}`,
        `${o.id} held (${o.count} people); evaluate it by ${due}: wuye event evaluate ${o.id}`,
      ),
    };
  });
}
