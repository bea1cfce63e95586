// The service standards the repair orders measure (manual 三.7.1, 三.7.6; spec standards.md): arrival at most 5
// minutes early and 2 late; minor and urgent repairs on time 100%, rework ≤ 1%, return-visit satisfaction ≥ 95%
// (targets from wuye.yaml `repair`). Read by `wuye standards`.
// e.g. repairStandards(ctx, { from: '2026-01-01', to: '2026-12-31', today, now })
import { allCases } from '../../core/case-engine.js';
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import {
  rateStatus,
  ratioText,
  statusOf,
  type StandardPeriod,
  type StandardRow,
  type StandardSource,
} from '../../kit/standards.js';
import { conf, REPAIR_CASES } from './cases.js';
import { figures, onTime, receivedIn, type Repair } from './rules.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export function repairStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const c = conf(ctx);
  const orders = allCases<Repair>(ctx.shown, REPAIR_CASES).filter((r) => receivedIn(r, p));
  const f = figures(orders);
  const ids = (pred: (r: Repair) => boolean) => orders.filter(pred).map((r) => r.id);
  return [
    {
      clause: '7.1',
      requirement: msg(
        '预约上门：提前不超过 5 分钟，迟到不超过 2 分钟',
        'appointments: at most 5 minutes early, 2 late',
      ),
      measured: ratioText(f.punctual, f.arrived),
      status: statusOf(f.arrived, f.arrived - f.punctual),
      evidence: ids((r) => !!r.arrived_at && !r.punctual),
    },
    {
      clause: '7.6',
      requirement: msg(
        `零修、急修及时率 ${pct(c.on_time_target)}`,
        `minor and urgent repairs on time ${pct(c.on_time_target)}`,
      ),
      measured: ratioText(f.onTime, f.done),
      status: rateStatus(f.onTimeRate, c.on_time_target),
      evidence: ids((r) => onTime(r) === false),
    },
    {
      clause: '7.6',
      requirement: msg(`返修率不高于 ${pct(c.rework_max)}`, `rework at most ${pct(c.rework_max)}`),
      measured: ratioText(f.reworks, f.orders),
      status: rateStatus(f.reworkRate, c.rework_max, true),
      evidence: ids((r) => !!r.rework_of),
    },
    {
      clause: '7.6',
      requirement: msg(
        `回访满意率不低于 ${pct(c.satisfaction_target)}`,
        `return-visit satisfaction at least ${pct(c.satisfaction_target)}`,
      ),
      measured: ratioText(f.satisfied, f.callbacks),
      status: rateStatus(f.satisfaction, c.satisfaction_target),
      evidence: ids((r) => r.callbacks?.at(-1)?.satisfied === false),
    },
  ];
}

export const sources: readonly StandardSource[] = [{ clauses: ['7.1', '7.6'], measure: repairStandards }];
