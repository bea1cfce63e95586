// The complaint statistics of a period (manual 三.3.7–3.9: every complaint recorded and analysed
// periodically; valid-complaint handling rate 100%; feedback within 2 working days): as a report model
// (summary against the previous period, by category, by month, every complaint) for tables, CSV, JSON and
// xlsx, and as the data of the monthly analysis PDF with its charts (templates/forms/complaint/analysis.yaml).
// e.g. statsReport(cases, { from: '2026-11-01', to: '2026-11-30' }, env, head) → Report
import type { WorkCalendar } from '../../core/calendar.js';
import { dateOf } from '../../core/dates.js';
import { msg, t, type Msg } from '../../core/i18n.js';
import { LABELS, labelZh } from '../../core/labels.js';
import type { Store } from '../../core/store.js';
import type { Report, ReportColumn } from '../../kit/report.js';
import type { ComplaintConf } from './machine.js';
import { COMPLAINT, type ComplaintState } from './machine.js';
import {
  byCategory,
  byMonth,
  clocks,
  monthEnd,
  figures,
  previousPeriod,
  receivedIn,
  timedOf,
  trendMonths,
  type Complaint,
  type Figures,
  type Period,
} from './rules.js';
import { staffText, whereText } from './view.js';

export interface StatsEnv {
  cal: WorkCalendar;
  conf: ComplaintConf;
  today: string;
}

export interface Head {
  center: string;
  generatedAt: string;
  generatedBy?: string;
}

export const periodText = (p: Period) => `${p.from} ~ ${p.to}`;

/** The id printed on the analysis: the month (2026-11) when the period is one whole month, else FROM..TO. */
export function periodId(p: Period): string {
  const m = p.from.slice(0, 7);
  return p.from === `${m}-01` && p.to === monthEnd(m) ? m : `${p.from}..${p.to}`;
}

const FIGURE_COLUMNS: ReportColumn[] = [
  { key: 'received', header: msg('受理', 'Received'), type: 'integer' },
  { key: 'valid', header: msg('有效', 'Valid'), type: 'integer' },
  { key: 'invalid', header: msg('无效', 'Not valid'), type: 'integer' },
  { key: 'major', header: msg('重大', 'Major'), type: 'integer' },
  { key: 'validClosed', header: msg('有效已结案', 'Valid closed'), type: 'integer' },
  { key: 'handlingRate', header: msg('有效投诉处理率', 'Handling rate'), type: 'percent' },
  { key: 'feedbackOnTime', header: msg('按时反馈', 'Feedback on time'), type: 'integer' },
  { key: 'feedbackLate', header: msg('逾期反馈', 'Feedback late'), type: 'integer' },
  { key: 'feedbackRate', header: msg('反馈及时率', 'Feedback timeliness'), type: 'percent' },
];

const MORE_COLUMNS: ReportColumn[] = [
  { key: 'reportOnTime', header: msg('重大按时通报', 'Major reported on time'), type: 'integer' },
  { key: 'reportLate', header: msg('重大逾期通报', 'Major reported late'), type: 'integer' },
  { key: 'callbacks', header: msg('回访', 'Return visits'), type: 'integer' },
  { key: 'satisfied', header: msg('满意', 'Satisfied'), type: 'integer' },
  { key: 'satisfaction', header: msg('回访满意率', 'Satisfaction'), type: 'percent' },
];

export interface Stats {
  period: Period;
  previous: Period;
  now: Figures;
  before: Figures;
  categories: ReturnType<typeof byCategory>;
  months: ReturnType<typeof byMonth>;
  cases: Complaint[];
}

export function computeStats(all: readonly Complaint[], p: Period, e: StatsEnv): Stats {
  const previous = previousPeriod(p);
  return {
    period: p,
    previous,
    now: figures(all, p, e.cal, e.conf, e.today),
    before: figures(all, previous, e.cal, e.conf, e.today),
    categories: byCategory(all, p, e.cal, e.conf, e.today),
    months: byMonth(all, trendMonths(p), e.cal, e.conf, e.today),
    cases: all.filter((c) => receivedIn(c, p)),
  };
}

const yes = (b: boolean | undefined): Msg | undefined =>
  b === undefined ? undefined : b ? msg('是', 'yes') : msg('否', 'no');

/** The report model: summary (this period and the one before), by category, by month, every complaint. */
export function statsReport(s: Stats, e: StatsEnv, head: Head, store: Store): Report {
  const feedbackOf = (c: Complaint) => timedOf(c, e.cal, e.conf, e.today).find((x) => x.deadline === 'feedback');
  return {
    title: msg('用户投诉统计', 'Complaint statistics'),
    center: head.center,
    period: periodText(s.period),
    generatedAt: head.generatedAt,
    generatedBy: head.generatedBy,
    sheets: [
      {
        name: msg('汇总', 'Summary'),
        columns: [
          { key: 'which', header: msg('期间', 'Period') },
          { key: 'from', header: msg('自', 'From'), type: 'date' },
          { key: 'to', header: msg('至', 'To'), type: 'date' },
          ...FIGURE_COLUMNS,
          ...MORE_COLUMNS,
        ],
        rows: [
          { which: t(msg('本期', 'this period')), ...s.period, ...s.now },
          { which: t(msg('上期', 'previous period')), ...s.previous, ...s.before },
        ],
      },
      {
        name: msg('按类别', 'By category'),
        totals: true,
        columns: [
          { key: 'category', header: msg('类别', 'Category') },
          ...FIGURE_COLUMNS.map((c) => (c.type === 'integer' ? { ...c, total: true } : c)),
          { key: 'previous', header: msg('上期受理', 'Previous period'), type: 'integer', total: true },
          { key: 'change', header: msg('增减', 'Change'), type: 'integer', total: true },
        ],
        rows: s.categories.map((r) => ({
          ...r,
          category: t(LABELS.complaintCategory[r.category]),
          change: r.received - r.previous,
        })),
      },
      {
        name: msg('按月', 'By month'),
        columns: [{ key: 'month', header: msg('月份', 'Month') }, ...FIGURE_COLUMNS],
        rows: s.months.map((m) => ({ ...m })),
      },
      {
        name: msg('明细', 'Details'),
        columns: [
          { key: 'id', header: msg('投诉', 'Complaint') },
          { key: 'received', header: msg('收到', 'Received'), type: 'date' },
          { key: 'where', header: msg('房屋/部位', 'Unit/place') },
          { key: 'category', header: msg('类别', 'Category') },
          { key: 'severity', header: msg('性质', 'Severity') },
          { key: 'valid', header: msg('有效', 'Valid') },
          { key: 'state', header: msg('状态', 'State') },
          { key: 'owner', header: msg('负责人', 'Owner') },
          { key: 'department', header: msg('承办部门', 'Department') },
          { key: 'feedbackDue', header: msg('反馈期限', 'Feedback due'), type: 'date' },
          { key: 'feedback', header: msg('反馈日期', 'Feedback'), type: 'date' },
          { key: 'onTime', header: msg('按时', 'On time') },
          { key: 'resolved', header: msg('处理日期', 'Resolved'), type: 'date' },
          { key: 'satisfied', header: msg('回访满意', 'Satisfied') },
          { key: 'closed', header: msg('结案日期', 'Closed'), type: 'date' },
        ],
        rows: s.cases.map((c) => {
          const fb = feedbackOf(c);
          const visit = (c.callbacks ?? []).at(-1);
          return {
            id: c.id,
            received: dateOf(c.received_at),
            where: whereText(c),
            category: t(LABELS.complaintCategory[c.category]),
            severity: t(LABELS.complaintSeverity[c.severity]),
            valid: t(yes(c.valid)!),
            state: t(COMPLAINT.states[c.state as ComplaintState]),
            owner: staffText(store, c.owner),
            department: c.department ? t(LABELS.department[c.department]) : undefined,
            feedbackDue: fb?.due,
            feedback: fb?.done,
            onTime: fb?.onTime === undefined ? t(msg('未到期', 'running')) : t(yes(fb.onTime)!),
            resolved: c.resolutions?.at(-1) ? dateOf(c.resolutions.at(-1)!.at) : undefined,
            satisfied: visit ? t(yes(visit.satisfied)!) : undefined,
            closed: c.closed_at ? dateOf(c.closed_at) : undefined,
          };
        }),
      },
    ],
  };
}

const pct = (v: number | undefined) => (v === undefined ? '—' : `${(Math.round(v * 1000) / 10).toFixed(1)}%`);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The data of the analysis PDF (templates/forms/complaint/analysis.yaml): figures, both charts, tables, the findings. */
export function analysisModel(s: Stats, e: StatsEnv, store: Store): Record<string, unknown> {
  const open = s.cases
    .map((c) => ({ c, due: c.state === 'closed' ? [] : clocks(c, e.cal, e.conf, e.today) }))
    .filter((r) => r.c.severity === 'major' || r.due.some((d) => d.overdue));
  const n = s.now;
  const b = s.before;
  const top = [...s.categories]
    .sort((x, y) => y.received - x.received)
    .filter((r) => r.received > 0)
    .slice(0, 3);
  const findings = [
    `本期受理投诉 ${n.received} 件（上期 ${b.received} 件，${signed(n.received - b.received)}），其中有效投诉 ${n.valid} 件、无效 ${n.invalid} 件、重大 ${n.major} 件。`,
    `有效投诉处理率 ${pct(n.handlingRate)}（目标 100%，三.3.9）；反馈及时率 ${pct(n.feedbackRate)}（2 个工作日内反馈，三.3.6），逾期反馈 ${n.feedbackLate} 件。`,
    n.major
      ? `重大投诉 ${n.major} 件，一个工作日内通报 ${n.reportOnTime} 件、逾期 ${n.reportLate} 件（三.4.3）。`
      : '本期无重大投诉。',
    top.length
      ? `投诉较多的类别：${top.map((r) => `${labelZh('complaintCategory', r.category)} ${r.received} 件（上期 ${r.previous}）`).join('，')}。`
      : '',
    n.callbacks ? `回访 ${n.callbacks} 件，满意 ${n.satisfied} 件，回访满意率 ${pct(n.satisfaction)}。` : '',
  ].filter(Boolean);
  return {
    report: {
      period: periodText(s.period),
      previous: periodText(s.previous),
      as_of: e.today,
    },
    figures: {
      received: `${n.received}（上期 ${b.received}）`,
      valid: `${n.valid}（上期 ${b.valid}）`,
      major: `${n.major}（上期 ${b.major}）`,
      handling: `${pct(n.handlingRate)}（上期 ${pct(b.handlingRate)}）`,
      feedback: `${pct(n.feedbackRate)}（上期 ${pct(b.feedbackRate)}）`,
      satisfaction: `${pct(n.satisfaction)}（上期 ${pct(b.satisfaction)}）`,
      open: String(s.cases.filter((c) => c.state !== 'closed').length),
      late: String(n.feedbackLate),
    },
    categories: s.categories.map((r) => ({
      label: labelZh('complaintCategory', r.category),
      received: r.received,
      previous: r.previous,
      change: signed(r.received - r.previous),
      valid: r.valid,
      closed: r.validClosed,
      handling: pct(r.handlingRate),
      feedback: pct(r.feedbackRate),
    })),
    chart_categories: s.categories
      .filter((r) => r.received || r.previous)
      .map((r) => ({ label: labelZh('complaintCategory', r.category), received: r.received, previous: r.previous })),
    months: s.months.map((m) => ({
      label: `${Number(m.month.slice(5))}月`,
      month: m.month,
      received: m.received,
      valid: m.valid,
      handling: pct(m.handlingRate),
      feedback: pct(m.feedbackRate),
      rate: m.feedbackRate === undefined ? null : Math.round(m.feedbackRate * 1000) / 10,
    })),
    watch: open.map(({ c, due }) => ({
      id: c.id,
      received: dateOf(c.received_at),
      where: whereText(c),
      category: labelZh('complaintCategory', c.category),
      severity: labelZh('complaintSeverity', c.severity),
      state: COMPLAINT.states[c.state as ComplaintState].zh,
      owner: staffText(store, c.owner),
      due: due.map((d) => `${d.label.zh} ${d.due}${d.overdue ? '（逾期）' : ''}`).join('；') || '—',
    })),
    findings: findings.map((f) => `- ${f}`).join('\n'),
  };
}
