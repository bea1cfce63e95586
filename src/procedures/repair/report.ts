// The repair statistics (manual 三.7.6; spec standards.md 7.1, 7.6): for a period, the on-time rate (done by the
// promised time ÷ orders done, target 100%), rework rate (≤ 1%), return-visit satisfaction (≥ 95%) and
// punctuality of arrivals (三.7.1) against the targets of wuye.yaml `repair`; by month, by technician, and every
// order — one Report for the table, CSV, JSON and xlsx (src/kit/report.ts).
// e.g. statsReport(orders, { from: '2026-11-01', to: '2026-11-30' }, conf, head, store)
import type { Report } from '../../render/report.js';
import { dateOf } from '../../core/dates.js';
import { msg, t, type Msg } from '../../core/i18n.js';
import { LABELS } from '../../core/labels.js';
import type { Store } from '../../core/store.js';
import { REPAIR, type RepairState } from './machine.js';
import {
  figures,
  meets,
  onTime,
  receivedIn,
  type Figures,
  type Period,
  type Repair,
  type RepairConf,
} from './rules.js';
import { staffText, whereText } from './view.js';

const yes = (b: boolean | undefined): Msg | undefined =>
  b === undefined ? undefined : b ? msg('是', 'yes') : msg('否', 'no');
const verdict = (b: boolean | undefined) =>
  t(b === undefined ? msg('无数据', 'no data') : b ? msg('达标', 'met') : msg('未达标', 'not met'));

export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  let y = Number(p.from.slice(0, 4));
  let m = Number(p.from.slice(5, 7));
  const end = p.to.slice(0, 7);
  for (;;) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    if (k > end) break;
    out.push(k);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export interface RepairStats {
  period: Period;
  all: Figures;
  months: { month: string; f: Figures }[];
  technicians: { id: string; f: Figures }[];
  orders: Repair[];
}

export function computeStats(orders: readonly Repair[], p: Period): RepairStats {
  const mine = orders.filter((r) => receivedIn(r, p));
  const byMonth = new Map<string, Repair[]>();
  const byTech = new Map<string, Repair[]>();
  for (const r of mine) {
    const m = dateOf(r.received_at).slice(0, 7);
    (byMonth.get(m) ?? byMonth.set(m, []).get(m)!).push(r);
    if (r.technician) (byTech.get(r.technician) ?? byTech.set(r.technician, []).get(r.technician)!).push(r);
  }
  return {
    period: p,
    all: figures(mine),
    months: monthsOf(p).map((month) => ({ month, f: figures(byMonth.get(month) ?? []) })),
    technicians: [...byTech.keys()].sort().map((id) => ({ id, f: figures(byTech.get(id)!) })),
    orders: mine,
  };
}

const figureColumns = [
  { key: 'orders', header: msg('维修单', 'Orders'), type: 'integer' as const, total: true },
  { key: 'urgent', header: msg('急修', 'Urgent'), type: 'integer' as const, total: true },
  { key: 'paid', header: msg('有偿', 'Paid'), type: 'integer' as const, total: true },
  { key: 'done', header: msg('已完工', 'Done'), type: 'integer' as const, total: true },
  { key: 'onTime', header: msg('按时完工', 'On time'), type: 'integer' as const, total: true },
  { key: 'onTimeRate', header: msg('及时率', 'On-time rate'), type: 'percent' as const },
  { key: 'punctualRate', header: msg('准时到场率', 'Punctual'), type: 'percent' as const },
  { key: 'reworks', header: msg('返修', 'Reworks'), type: 'integer' as const, total: true },
  { key: 'reworkRate', header: msg('返修率', 'Rework rate'), type: 'percent' as const },
  { key: 'callbacks', header: msg('回访', 'Visits'), type: 'integer' as const, total: true },
  { key: 'satisfaction', header: msg('回访满意率', 'Satisfaction'), type: 'percent' as const },
  { key: 'charged', header: msg('收费', 'Charged'), type: 'money' as const, total: true },
];
const figureRow = (f: Figures) => ({ ...f });

export function statsReport(
  s: RepairStats,
  c: RepairConf,
  head: { center: string; generatedAt: string; generatedBy?: string },
  store: Store,
): Report {
  const a = s.all;
  const ok = meets(a, c);
  return {
    title: msg('维修统计（三.7.6）', 'repair statistics (三.7.6)'),
    center: head.center,
    period: `${s.period.from} — ${s.period.to}`,
    generatedAt: head.generatedAt,
    generatedBy: head.generatedBy,
    sheets: [
      {
        name: msg('指标', 'Standards'),
        columns: [
          { key: 'measure', header: msg('指标', 'Measure') },
          { key: 'value', header: msg('实际', 'Measured'), type: 'percent' },
          { key: 'target', header: msg('目标', 'Target') },
          { key: 'verdict', header: msg('结论', 'Verdict') },
          { key: 'basis', header: msg('依据', 'Basis') },
        ],
        rows: [
          {
            measure: t(msg('零修、急修及时率', 'on-time rate')),
            value: a.onTimeRate,
            target: `≥ ${c.on_time_target * 100}%`,
            verdict: verdict(ok.onTime),
            basis: `${a.onTime}/${a.done}`,
          },
          {
            measure: t(msg('返修率', 'rework rate')),
            value: a.reworkRate,
            target: `≤ ${c.rework_max * 100}%`,
            verdict: verdict(ok.rework),
            basis: `${a.reworks}/${a.orders}`,
          },
          {
            measure: t(msg('回访满意率', 'return-visit satisfaction')),
            value: a.satisfaction,
            target: `≥ ${c.satisfaction_target * 100}%`,
            verdict: verdict(ok.satisfaction),
            basis: `${a.satisfied}/${a.callbacks}`,
          },
          {
            measure: t(msg('准时到场率（三.7.1）', 'punctual arrivals (三.7.1)')),
            value: a.punctualRate,
            target: t(
              msg(
                `提前≤${c.early_minutes}分、迟到≤${c.late_minutes}分`,
                `≤${c.early_minutes} min early, ≤${c.late_minutes} late`,
              ),
            ),
            verdict: verdict(a.punctualRate === undefined ? undefined : a.punctual === a.arrived),
            basis: `${a.punctual}/${a.arrived}`,
          },
        ],
      },
      {
        name: msg('按月', 'By month'),
        columns: [{ key: 'month', header: msg('月份', 'Month') }, ...figureColumns],
        rows: s.months.map((m) => ({ month: m.month, ...figureRow(m.f) })),
        totals: true,
      },
      {
        name: msg('按维修人员', 'By technician'),
        columns: [{ key: 'tech', header: msg('维修人员', 'Technician') }, ...figureColumns],
        rows: s.technicians.map((x) => ({ tech: staffText(store, x.id), ...figureRow(x.f) })),
        totals: true,
      },
      {
        name: msg('维修单', 'Orders'),
        columns: [
          { key: 'id', header: msg('维修单', 'Order') },
          { key: 'received', header: msg('报修日期', 'Reported'), type: 'date' },
          { key: 'where', header: msg('房屋/部位', 'Unit/place') },
          { key: 'urgency', header: msg('类别', 'Kind') },
          { key: 'paid', header: msg('有偿', 'Paid') },
          { key: 'rework', header: msg('返修', 'Rework of') },
          { key: 'state', header: msg('状态', 'State') },
          { key: 'tech', header: msg('维修人员', 'Technician') },
          { key: 'punctual', header: msg('准时到场', 'Punctual') },
          { key: 'onTime', header: msg('按时完工', 'On time') },
          { key: 'satisfied', header: msg('回访满意', 'Satisfied') },
          { key: 'charge', header: msg('收费', 'Charge'), type: 'money', total: true },
        ],
        rows: (function* () {
          for (const r of s.orders) {
            const y = (b: boolean | undefined) => {
              const m = yes(b);
              return m ? t(m) : undefined;
            };
            yield {
              id: r.id,
              received: dateOf(r.received_at),
              where: whereText(r),
              urgency: t(LABELS.repairUrgency[r.urgency]),
              paid: y(r.paid),
              rework: r.rework_of,
              state: t(REPAIR.states[r.state as RepairState]),
              tech: r.technician,
              punctual: y(r.punctual),
              onTime: y(onTime(r)),
              satisfied: y(r.callbacks?.at(-1)?.satisfied),
              charge: r.charge?.receipt ? r.charge.amount : undefined,
            };
          }
        })(),
        totals: true,
      },
    ],
  };
}
