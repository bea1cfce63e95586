// The repair procedure's printed forms (spec 14 "Forms"; manual 三.6.6, 三.7.1, 三.7.6): 维修派工单 (the order on one
// sheet with the owner's sign-off box) and the monthly repair analysis with its charts. Each loads one plain data
// model; personal data masked unless --reveal.
// e.g. wuye repair form order BX2026-0007 · wuye form repair-analysis 2026-11 · wuye repair form order --blank
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { allCases, readCase } from '../../core/case-engine.js';
import { dateOf, daysInMonth, parsePeriod } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import { REPAIR_CASES } from './cases.js';
import { computeStats } from './report.js';
import { deviationText, onTime, type Figures, type Repair } from './rules.js';
import { hm, whereText } from './view.js';

const nameOnly = (ctx: Ctx, id: string | undefined) =>
  id ? (ctx.store.tryRead<{ name?: string }>('staff', id)?.data.name ?? id) : undefined;
const yn = (b: boolean | undefined) => (b === undefined ? undefined : b ? '是' : '否');

export function orderModel(ctx: Ctx, r: Repair): Record<string, unknown> {
  const p = r.requester;
  const person = p?.person
    ? ctx.shown.tryRead<{ name?: string; phones?: string[] }>('person', p.person)?.data
    : undefined;
  const dev =
    r.arrived_at && r.promised_at
      ? deviationText(Math.round((Date.parse(r.arrived_at) - Date.parse(r.promised_at)) / 1000)).zh
      : undefined;
  const last = r.callbacks?.at(-1);
  return {
    order: {
      id: r.id,
      hotline: r.hotline,
      received: hm(r.received_at),
      where: whereText(r),
      requester: p?.name ?? person?.name,
      phone: p?.phone ?? person?.phones?.[0],
      description: r.description,
      received_by: nameOnly(ctx, r.received_by),
      rework_of: r.rework_of,
      technician: r.technician ? `${r.technician} ${nameOnly(ctx, r.technician)}` : undefined,
      technician_name: nameOnly(ctx, r.technician),
      promised: hm(r.promised_at) || undefined,
      due: hm(r.due_at) || undefined,
      arrived: hm(r.arrived_at) || undefined,
      punctual: r.punctual === undefined ? undefined : `${r.punctual ? '准时' : '不准时'}（${dev}）`,
      done: hm(r.done_at) || undefined,
      done_date: r.done_at ? dateOf(r.done_at) : undefined,
      on_time: yn(onTime(r)),
      work: r.work,
    },
    kind: [r.urgency, r.paid ? 'paid' : 'free'],
    materials: (r.materials ?? []).map((m) => ({ item: m.item, qty: String(m.qty), ref: m.ref })),
    charge: r.charge && {
      amount: r.charge.amount,
      items: r.charge.items,
      receipt: r.charge.receipt,
      cashier: nameOnly(ctx, r.charge.cashier),
      method: r.charge.method ? labelZh('payMethod', r.charge.method) : undefined,
      paid_at: hm(r.charge.paid_at) || undefined,
    },
    signoff: r.signoff && { name: r.signoff.name, date: dateOf(r.signoff.at), comments: r.signoff.comments },
    signoff_view: r.signoff?.satisfied === undefined ? [] : [r.signoff.satisfied ? 'satisfied' : 'unsatisfied'],
    callbacks: (r.callbacks ?? []).map((v) => ({
      at: hm(v.at),
      by: nameOnly(ctx, v.by),
      how: v.how ? labelZh('contactMethod', v.how) : '',
      satisfied: v.satisfied ? '满意' : '不满意',
      comments: v.comments,
    })),
    last_visit: last?.satisfied,
  };
}

function orderLoader(ctx: Ctx, id: string): FormLoad {
  const rid = checkId('repair', id.trim(), 'ID');
  const r = readCase<Repair>(ctx.shown, REPAIR_CASES, rid);
  return { id: rid, date: dateOf(r.log.at(-1)!.at), data: orderModel(ctx, r) };
}

const pct = (v: number | undefined) => (v === undefined ? '—' : `${(Math.round(v * 1000) / 10).toFixed(1)}%`);

/** The analysis of a month (YYYY-MM) or of FROM..TO, as of today. */
export function analysisLoader(ctx: Ctx, id: string): FormLoad {
  const v = id.trim();
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v);
  let from: string;
  let to: string;
  if (range) [, from, to] = range;
  else {
    const { year, month } = parsePeriod(v, 'ID');
    const m = `${year}-${String(month).padStart(2, '0')}`;
    from = `${m}-01`;
    to = `${m}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  const all = allCases<Repair>(ctx.store, REPAIR_CASES);
  // the charts show the year up to the period's end; the figures the period
  const trendFrom =
    `${Number(to.slice(0, 4)) - 1}-${to.slice(5, 7)}-01` > from
      ? from
      : `${Number(to.slice(0, 4)) - 1}-${to.slice(5, 7)}-01`;
  const s = computeStats(all, { from, to });
  const trend = computeStats(all, { from: trendFrom, to }).months.slice(-12);
  const f: Figures = s.all;
  const fig = (x: Figures) => ({
    orders: x.orders,
    on_time: pct(x.onTimeRate),
    on_time_pct: x.onTimeRate === undefined ? null : Math.round(x.onTimeRate * 1000) / 10,
    punctual: pct(x.punctualRate),
    rework: pct(x.reworkRate),
    satisfaction: pct(x.satisfaction),
  });
  const period = range ? `${from}..${to}` : from.slice(0, 7);
  return {
    id: period,
    date: ctx.today(),
    data: {
      report: { period, as_of: ctx.today() },
      figures: {
        orders: String(f.orders),
        urgent: String(f.urgent),
        paid: String(f.paid),
        on_time: `${pct(f.onTimeRate)}（目标 100%）`,
        rework: `${pct(f.reworkRate)}（≤ 1%）`,
        satisfaction: `${pct(f.satisfaction)}（≥ 95%）`,
        punctual: pct(f.punctualRate),
        charged: (f.charged / 100).toFixed(2),
        open: String(s.orders.filter((r) => r.state !== 'closed').length),
      },
      months: trend.map((m) => ({ month: m.month, label: `${Number(m.month.slice(5))}月`, ...fig(m.f) })),
      techs: s.technicians.map((x) => ({ label: nameOnly(ctx, x.id), orders: x.f.orders })),
      watch: s.orders
        .filter((r) => r.punctual === false || onTime(r) === false || r.rework_of)
        .map((r) => ({
          id: r.id,
          where: whereText(r),
          tech: nameOnly(ctx, r.technician),
          what: [
            r.punctual === false
              ? `到场${deviationText(Math.round((Date.parse(r.arrived_at!) - Date.parse(r.promised_at!)) / 1000)).zh}`
              : '',
            onTime(r) === false ? `超时完工（承诺 ${hm(r.due_at)}，完工 ${hm(r.done_at)}）` : '',
            r.rework_of ? `返修 ${r.rework_of}` : '',
          ]
            .filter(Boolean)
            .join('；'),
        })),
    },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'repair-order',
    template: 'repair/order',
    title: msg('维修派工单', 'repair work order'),
    idKind: 'repair',
    load: orderLoader,
  },
  {
    name: 'repair-analysis',
    template: 'repair/analysis',
    title: msg('维修月度分析（含图表）', 'monthly repair analysis (with charts)'),
    idKind: 'period',
    load: (ctx, id) => analysisLoader(ctx, id),
  },
];
