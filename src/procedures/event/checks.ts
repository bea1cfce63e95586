// The event procedure's domain checks (validate layer 4; manual 三.6.7–6.8): the case log follows the machine;
// an evaluated event has its evaluation and a cancelled one its reason; the units signed in are no more than
// the participants counted; an event's plan item exists in the plan of its year, and plan item numbers are unique.
// e.g. wuye validate events/2026
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { EVENT, planId, type Event, type Plan } from './rules.js';

const eventRules = defineCheck<Event>({
  name: 'event/case',
  kinds: ['event'],
  description: msg(
    '已评估的活动有评估，已取消的有原因；签到房屋数不超过参加人数；计划项存在',
    'an evaluated event has its evaluation, a cancelled one its reason; units signed in ≤ participants; the plan item exists',
  ),
  record(r, env) {
    const e = r.data;
    const out: Problem[] = [];
    if (e.state === 'evaluated' && !e.evaluation)
      out.push(
        problemAt(
          r,
          '/state',
          'event-evaluation',
          msg('已评估的活动没有评估内容', 'an evaluated event without its evaluation'),
          msg('补记 evaluation，或改回 held', 'add the evaluation, or set the state back to held'),
        ),
      );
    if (e.state === 'cancelled' && !e.cancel_reason)
      out.push(
        problemAt(
          r,
          '/state',
          'event-cancel-reason',
          msg('已取消的活动没有写原因', 'a cancelled event without its reason'),
          msg('补记 cancel_reason', 'add cancel_reason'),
        ),
      );
    const units = e.participants?.units?.length ?? 0;
    if (e.participants && units > e.participants.count)
      out.push(
        problemAt(
          r,
          '/participants/count',
          'event-participants',
          msg(
            `参加人数 ${e.participants.count} 少于签到房屋数 ${units}`,
            `participants ${e.participants.count} fewer than the ${units} units signed in`,
          ),
        ),
      );
    if (e.plan_item !== undefined) {
      const plan = env.get<Plan>('event-plan', planId(Number(e.date.slice(0, 4))));
      if (!plan?.data.items.some((i) => i.no === e.plan_item))
        out.push(
          problemAt(
            r,
            '/plan_item',
            'event-plan-item',
            msg(
              `${e.date.slice(0, 4)} 年计划中没有第 ${e.plan_item} 项`,
              `the ${e.date.slice(0, 4)} plan has no item ${e.plan_item}`,
            ),
            msg('改正 plan_item，或在计划中补上该项', 'fix plan_item, or add the item to the plan'),
          ),
        );
    }
    return out;
  },
});

const planRules = defineCheck<Plan>({
  name: 'event/plan',
  kinds: ['event-plan'],
  description: msg('计划编号与年度一致，计划项序号不重复', "the plan's id matches its year; item numbers are unique"),
  record(r) {
    const p = r.data;
    const out: Problem[] = [];
    if (p.id !== planId(p.year))
      out.push(
        problemAt(
          r,
          '/year',
          'plan-year',
          msg(`年度 ${p.year} 与编号 ${p.id} 不符`, `year ${p.year} does not match id ${p.id}`),
        ),
      );
    const seen = new Set<number>();
    p.items.forEach((i, k) => {
      if (seen.has(i.no))
        out.push(
          problemAt(r, `/items/${k}/no`, 'plan-item-no', msg(`序号 ${i.no} 重复`, `item number ${i.no} used twice`)),
        );
      seen.add(i.no);
      if (i.month && Math.floor((i.month - 1) / 3) + 1 !== i.quarter)
        out.push(
          problemAt(
            r,
            `/items/${k}/month`,
            'plan-item-quarter',
            msg(`${i.month} 月不在第 ${i.quarter} 季度`, `month ${i.month} is not in quarter ${i.quarter}`),
          ),
        );
    });
    return out;
  },
});

export const checks: Check[] = [caseLogCheck('event', EVENT), eventRules, planRules];
