// The vacant units' domain checks (validate layer 4; manual 四.5): a record is of a unit that exists, a discount
// decided names who decided it and when (an approved one was the cs-manager's), its months run forward, it rests
// on a check of the unit, and a viewing ends after it began.
// e.g. wuye validate vacant
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import type { Vacant } from './rules.js';

const vacantRules = defineCheck<Vacant>({
  name: 'vacant/records',
  kinds: ['vacant'],
  description: msg(
    '空置优惠：月份先后、有现场巡查、批准写明批准人和日期；看房结束晚于开始',
    'discounts: months in order, an on-site check behind them, a decision names who and when; a viewing ends after it began',
  ),
  record(r) {
    const v = r.data;
    const out: Problem[] = [];
    const checkDates = new Set((v.checks ?? []).map((c) => c.date));
    (v.discounts ?? []).forEach((d, i) => {
      if (d.from > d.to)
        out.push(
          problemAt(
            r,
            `/discounts/${i}/to`,
            'months-backwards',
            msg('截止月早于起始月', 'last month before the first'),
          ),
        );
      if (!checkDates.has(d.check))
        out.push(
          problemAt(
            r,
            `/discounts/${i}/check`,
            'no-site-check',
            msg(`现场核查 ${d.check} 没有对应的巡查记录`, `no check of the unit on ${d.check}`),
            msg('空置优惠须有现场巡查', 'a discount rests on an on-site check'),
          ),
        );
      if (d.state !== 'applied' && (!d.decided_by || !d.decided_on))
        out.push(
          problemAt(
            r,
            `/discounts/${i}/state`,
            'decision-unsigned',
            msg('已决定的申请没有批准人或日期', 'a decision without who or when'),
          ),
        );
      if (d.decided_on && d.decided_on < d.applied)
        out.push(
          problemAt(
            r,
            `/discounts/${i}/decided_on`,
            'decided-before-applied',
            msg('批准日期早于申请日期', 'decided before it was applied for'),
          ),
        );
    });
    (v.viewings ?? []).forEach((x, i) => {
      if (x.to && Date.parse(x.to) < Date.parse(x.from))
        out.push(
          problemAt(
            r,
            `/viewings/${i}/to`,
            'viewing-backwards',
            msg('看房结束早于开始', 'a viewing ends before it began'),
          ),
        );
    });
    return out;
  },
});

export const checks: readonly Check[] = [vacantRules];
