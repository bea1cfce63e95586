// The renovation report (spec 03-renovation.md "Reports"; standards 11.1, 11.4, 11.6):
// cases by state and age, review/decision timeliness, inspections done vs required,
// violations by kind, deposits held and refunded — one plain report model (src/render/report.ts).
// e.g. buildReport(cases, units, calendar, conf, today) → printed or written as xlsx by commands/report.ts
import type { WorkCalendar } from '../../core/calendar.js';
import { lastEntry } from '../../core/case-engine.js';
import { addDays, dateOf, daysBetween } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import { parseMoney } from '../../core/money.js';
import type { Report, ReportSheet } from '../../render/report.js';
import { STATES } from './machine.js';
import { depositsCollected, inspectionGaps, nextDue, timeliness, type cfg, type Case } from './rules.js';

type Conf = ReturnType<typeof cfg>;

/** Working days a renovating unit needed an inspection (start to the day before completion, or to yesterday). */
function inspectionDays(c: Case, cal: WorkCalendar, today: string): { required: number; done: number } {
  const gaps = inspectionGaps(c, cal, today).length;
  const start = c.started;
  if (!start) return { required: 0, done: 0 };
  const done = new Set((c.inspections ?? []).map((i) => i.date)).size;
  const endEv = lastEntry(c, ['complete']);
  const last = addDays(endEv && dateOf(endEv.at) < today ? dateOf(endEv.at) : today, -1);
  let inspectedWorkdays = 0;
  for (const d of new Set((c.inspections ?? []).map((i) => i.date)))
    if (d >= start && d <= last && cal.isWorkday(d)) inspectedWorkdays++;
  return { required: inspectedWorkdays + gaps, done: Math.max(done, inspectedWorkdays) };
}

export function buildReport(
  cases: Case[],
  cal: WorkCalendar,
  conf: Conf,
  today: string,
  meta: { center: string; generatedAt: string; generatedBy?: string },
): Report {
  const byState: ReportSheet = {
    name: msg('按状态', 'By state'),
    totals: true,
    columns: [
      { key: 'state', header: msg('状态', 'State') },
      { key: 'count', header: msg('件数', 'Cases'), type: 'integer', total: true },
      { key: 'avg_age', header: msg('平均天数', 'Average age (days)'), type: 'number' },
      { key: 'oldest', header: msg('最长天数', 'Oldest (days)'), type: 'integer' },
      { key: 'overdue', header: msg('逾期', 'Overdue'), type: 'integer', total: true },
    ],
    rows: STATES.map((s) => {
      const cs = cases.filter((c) => c.state === s);
      const ages = cs.map((c) => daysBetween(dateOf(c.log[0].at), today));
      return {
        state: labelZh('renovationState', s),
        count: cs.length,
        avg_age: cs.length ? Math.round((ages.reduce((a, b) => a + b, 0) / cs.length) * 10) / 10 : 0,
        oldest: cs.length ? Math.max(...ages) : 0,
        overdue: cs.filter((c) => nextDue(c, cal, conf, today)?.overdue).length,
      };
    }).filter((r) => r.count > 0),
  };
  const detail: ReportSheet = {
    name: msg('案卷', 'Cases'),
    columns: [
      { key: 'id', header: msg('案卷', 'Case') },
      { key: 'unit', header: msg('房屋', 'Unit') },
      { key: 'state', header: msg('状态', 'State') },
      { key: 'applied', header: msg('申请日期', 'Applied'), type: 'date' },
      { key: 'age', header: msg('天数', 'Age (days)'), type: 'integer' },
      { key: 'contractor', header: msg('施工单位', 'Contractor') },
      { key: 'next', header: msg('下一步', 'Next step') },
      { key: 'due', header: msg('期限', 'Due'), type: 'date' },
      { key: 'overdue', header: msg('逾期', 'Overdue') },
    ],
    rows: cases.map((c) => {
      const n = nextDue(c, cal, conf, today);
      return {
        id: c.id,
        unit: c.unit,
        state: labelZh('renovationState', c.state),
        applied: dateOf(c.log[0].at),
        age: daysBetween(dateOf(c.log[0].at), today),
        contractor: c.contractor.company,
        next: n ? ({ review: '工程审核', decision: '主任审批', inspection: '日常巡查' } as const)[n.step] : '',
        due: n?.due,
        overdue: n?.overdue ? '是' : '',
      };
    }),
  };
  const timed = cases.flatMap((c) => timeliness(c, cal, conf, today));
  const timelinessSheet: ReportSheet = {
    name: msg('审批时效', 'Timeliness'),
    columns: [
      { key: 'id', header: msg('案卷', 'Case') },
      { key: 'step', header: msg('环节', 'Step') },
      { key: 'received', header: msg('收到日期', 'Received'), type: 'date' },
      { key: 'due', header: msg('期限', 'Due'), type: 'date' },
      { key: 'done', header: msg('完成日期', 'Done'), type: 'date' },
      { key: 'result', header: msg('结果', 'Result') },
    ],
    rows: timed.map((x) => ({
      id: x.id,
      step:
        x.step === 'review'
          ? `工程审核（${conf.review_workdays}个工作日）`
          : `主任审批（${conf.decision_workdays}个工作日）`,
      received: x.received,
      due: x.due,
      done: x.done,
      result: x.done ? (x.onTime ? '按时' : '逾期') : x.onTime === false ? '逾期未办' : '办理中',
    })),
  };
  const timelinessSummary: ReportSheet = {
    name: msg('时效汇总', 'Timeliness summary'),
    columns: [
      { key: 'step', header: msg('环节', 'Step') },
      { key: 'done', header: msg('已办', 'Done'), type: 'integer' },
      { key: 'on_time', header: msg('按时', 'On time'), type: 'integer' },
      { key: 'late', header: msg('逾期（含未办）', 'Late (incl. open)'), type: 'integer' },
      { key: 'rate', header: msg('按时率', 'On-time rate'), type: 'percent' },
    ],
    rows: (['review', 'decision'] as const).map((s) => {
      const xs = timed.filter((x) => x.step === s && (x.done || x.onTime === false));
      const on = xs.filter((x) => x.onTime).length;
      return {
        step: s === 'review' ? '工程审核' : '主任审批',
        done: xs.filter((x) => x.done).length,
        on_time: on,
        late: xs.length - on,
        rate: xs.length ? on / xs.length : null,
      };
    }),
  };
  const inspections: ReportSheet = {
    name: msg('巡查', 'Inspections'),
    totals: true,
    columns: [
      { key: 'id', header: msg('案卷', 'Case') },
      { key: 'unit', header: msg('房屋', 'Unit') },
      { key: 'started', header: msg('开工', 'Started'), type: 'date' },
      { key: 'required', header: msg('应巡（工作日）', 'Required (working days)'), type: 'integer', total: true },
      { key: 'done', header: msg('已巡', 'Done'), type: 'integer', total: true },
      { key: 'missing', header: msg('缺巡', 'Missing'), type: 'integer', total: true },
      { key: 'rate', header: msg('完成率', 'Rate'), type: 'percent' },
    ],
    rows: cases
      .filter((c) => c.started)
      .map((c) => {
        const d = inspectionDays(c, cal, today);
        const missing = inspectionGaps(c, cal, today).length;
        return {
          id: c.id,
          unit: c.unit,
          started: c.started,
          required: d.required,
          done: d.required - missing,
          missing,
          rate: d.required ? (d.required - missing) / d.required : null,
        };
      }),
  };
  const vs = cases.flatMap((c) => (c.violations ?? []).map((v) => ({ c, v })));
  const violations: ReportSheet = {
    name: msg('违规', 'Violations'),
    totals: true,
    columns: [
      { key: 'kind', header: msg('违规类别', 'Kind') },
      { key: 'count', header: msg('次数', 'Count'), type: 'integer', total: true },
      { key: 'rectified', header: msg('已整改', 'Rectified'), type: 'integer', total: true },
      { key: 'open', header: msg('未整改', 'Open'), type: 'integer', total: true },
      { key: 'deduction', header: msg('拟扣押金', 'Deductions'), type: 'money', total: true },
    ],
    rows: [...new Set(vs.map((x) => x.v.kind))].sort().map((k) => {
      const xs = vs.filter((x) => x.v.kind === k);
      return {
        kind: labelZh('renovationViolation', k),
        count: xs.length,
        rectified: xs.filter((x) => x.v.rectified).length,
        open: xs.filter((x) => !x.v.rectified).length,
        deduction: xs.reduce((s, x) => s + (x.v.deduction ? parseMoney(x.v.deduction) : 0), 0),
      };
    }),
  };
  const deposits: ReportSheet = {
    name: msg('押金', 'Deposits'),
    totals: true,
    columns: [
      { key: 'id', header: msg('案卷', 'Case') },
      { key: 'unit', header: msg('房屋', 'Unit') },
      { key: 'state', header: msg('状态', 'State') },
      { key: 'collected', header: msg('已收押金', 'Collected'), type: 'money', total: true },
      { key: 'deducted', header: msg('扣款', 'Deducted'), type: 'money', total: true },
      { key: 'refunded', header: msg('已退', 'Refunded'), type: 'money', total: true },
      { key: 'held', header: msg('在押', 'Held'), type: 'money', total: true },
      { key: 'refund_date', header: msg('退还日期', 'Refunded on'), type: 'date' },
    ],
    rows: cases
      .filter((c) => depositsCollected(c) > 0)
      .map((c) => {
        const collected = depositsCollected(c);
        const paid = c.refund?.paid_at ? parseMoney(c.refund.amount) : 0;
        const deducted = c.refund?.paid_at ? c.refund.deductions.reduce((s, d) => s + parseMoney(d.amount), 0) : 0;
        return {
          id: c.id,
          unit: c.unit,
          state: labelZh('renovationState', c.state),
          collected,
          deducted,
          refunded: paid,
          held: collected - paid - deducted,
          refund_date: c.refund?.paid_at ? dateOf(c.refund.paid_at) : undefined,
        };
      }),
  };
  return {
    title: msg('装修管理报表', 'Renovation report'),
    center: meta.center,
    period: `截至 ${today}`,
    generatedAt: meta.generatedAt,
    generatedBy: meta.generatedBy,
    sheets: [byState, timelinessSummary, detail, timelinessSheet, inspections, violations, deposits],
  };
}
