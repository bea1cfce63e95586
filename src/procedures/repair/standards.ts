// The service standards the repair orders measure (spec standards.md 7.1 appointments at most 5 minutes early
// and 2 late; 7.6 minor and urgent repairs on time 100%, rework ≤ 1%, return-visit satisfaction ≥ 95%) as plain
// rows for the planned `wuye standards` (read through repair/api.ts); "no data" when the period has no orders.
// e.g. repairStandards(orders, cfg(config.repair), '2026-01-01', '2026-12-31')
import { msg } from '../../core/i18n.js';
import type { StandardRow } from '../../kit/standards.js';
import { figures, onTime, receivedIn, type Repair, type RepairConf } from './rules.js';

const pct = (r: number | undefined) => (r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);

export function repairStandards(orders: Iterable<Repair>, conf: RepairConf, from: string, to: string): StandardRow[] {
  const p = { from, to };
  const mine = [...orders].filter((r) => receivedIn(r, p));
  const f = figures(mine);
  const status = (n: number, ok: boolean): StandardRow['status'] => (n === 0 ? 'no-data' : ok ? 'met' : 'not-met');
  const ids = (xs: Repair[]) => xs.map((r) => r.id);
  const met76 =
    (f.onTimeRate ?? 1) >= conf.on_time_target &&
    (f.reworkRate ?? 0) <= conf.rework_max &&
    (f.satisfaction ?? 1) >= conf.satisfaction_target;
  return [
    {
      clause: '7.1',
      requirement: msg(
        `预约上门提前不超过 ${conf.early_minutes} 分钟、迟到不超过 ${conf.late_minutes} 分钟`,
        `appointments: at most ${conf.early_minutes} minutes early, ${conf.late_minutes} late`,
      ),
      measured: `${pct(f.punctualRate)} (${f.punctual}/${f.arrived})`,
      status: status(f.arrived, f.punctual === f.arrived),
      evidence: ids(mine.filter((r) => r.arrived_at && r.punctual === false)),
    },
    {
      clause: '7.6',
      requirement: msg(
        `零修、急修及时率 ${pct(conf.on_time_target)}，返修率不高于 ${pct(conf.rework_max)}，回访满意率不低于 ${pct(conf.satisfaction_target)}`,
        `repairs on time ${pct(conf.on_time_target)}, rework at most ${pct(conf.rework_max)}, satisfaction at least ${pct(conf.satisfaction_target)}`,
      ),
      measured: `${pct(f.onTimeRate)} / ${pct(f.reworkRate)} / ${pct(f.satisfaction)}`,
      status: status(f.orders, met76),
      evidence: ids(mine.filter((r) => onTime(r) === false || r.rework_of || r.callbacks?.at(-1)?.satisfied === false)),
    },
  ];
}
