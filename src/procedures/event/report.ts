// The year report of community events (spec procedures/10-events.md; standards 6.7, 6.8, 6.10): the standards
// rows, events held per quarter (三.6.7), owners' forums per half-year (三.6.10), and every event with its
// participants, budget, cost and evaluation — one plain Report model, pure over the records.
// e.g. eventReport(events, plan, 2026, '2026-11-28', conf, head)
import { pendingDeadline } from '../../core/case-engine.js';
import { WorkCalendar } from '../../core/calendar.js';
import { msg } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import type { Report, ReportColumn } from '../../render/report.js';
import type { StandardRow } from '../../kit/standards.js';
import { EVENT, forumCoverage, quarterCoverage, type Event, type EventConf, type Plan } from './rules.js';

const col = (key: string, zh: string, en: string, more: Partial<ReportColumn> = {}): ReportColumn => ({
  key,
  header: msg(zh, en),
  ...more,
});

const STATUS: Record<string, string> = {
  met: '达标',
  missed: '未达标',
  open: '进行中',
  'not-met': '未达标',
  'no-data': '无数据',
};

export function eventReport(
  events: readonly Event[],
  plan: Plan | undefined,
  year: number,
  today: string,
  c: EventConf,
  standards: StandardRow[],
  head: Pick<Report, 'center' | 'generatedAt' | 'generatedBy'>,
): Report {
  const cal = new WorkCalendar();
  const quarters = quarterCoverage(events, year, today, c).map((q, i) => ({
    period: `${year} Q${i + 1}`,
    from: q.from,
    to: q.to,
    planned: plan?.items.filter((x) => x.quarter === i + 1).length ?? 0,
    held: q.held.length,
    cancelled: events.filter((e) => e.state === 'cancelled' && e.date >= q.from && e.date <= q.to).length,
    status: STATUS[q.status],
    events: q.held.join('、'),
  }));
  const halves = forumCoverage(events, year, today).map((h, i) => ({
    period: `${year} ${i === 0 ? '上半年' : '下半年'}`,
    from: h.from,
    to: h.to,
    held: h.held.length,
    status: STATUS[h.status],
    events: h.held.join('、'),
  }));
  const detail = [...events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => {
      const due = pendingDeadline(EVENT, e, cal, today, c);
      return {
        id: e.id,
        date: e.date,
        title: e.title,
        type: labelZh('eventType', e.type),
        state: labelZh('eventState', e.state),
        venue: e.venue,
        participants: e.participants?.count,
        budget: e.budget,
        cost: e.actual_cost,
        satisfaction: e.evaluation?.satisfaction === undefined ? undefined : e.evaluation.satisfaction / 100,
        evaluation_due: due?.due,
        overdue: due?.overdue ? '逾期' : '',
        note: e.cancel_reason ?? '',
      };
    });
  return {
    ...head,
    title: msg(`${year} 年度小区文化活动报告`, `Community events ${year}`),
    period: String(year),
    sheets: [
      {
        name: msg('服务标准', 'Standards'),
        columns: [
          col('clause', '条款', 'Clause'),
          col('requirement', '要求', 'Requirement', { width: 36 }),
          col('measured', '实测', 'Measured'),
          col('status', '结论', 'Status'),
          col('evidence', '依据', 'Evidence', { width: 40 }),
        ],
        rows: standards.map((s) => ({
          clause: s.clause,
          requirement: s.requirement.zh,
          measured: s.measured,
          status: STATUS[s.status],
          evidence: s.evidence.join('、'),
        })),
      },
      {
        name: msg('季度', 'Quarters'),
        columns: [
          col('period', '季度', 'Quarter'),
          col('from', '起', 'From', { type: 'date' }),
          col('to', '止', 'To', { type: 'date' }),
          col('planned', '计划项', 'Planned', { type: 'integer', total: true }),
          col('held', '已举办', 'Held', { type: 'integer', total: true }),
          col('cancelled', '取消', 'Cancelled', { type: 'integer', total: true }),
          col('status', '三.6.7', '三.6.7'),
          col('events', '活动', 'Events', { width: 30 }),
        ],
        rows: quarters,
        totals: true,
      },
      {
        name: msg('业主恳谈会', "Owners' forums"),
        columns: [
          col('period', '半年', 'Half-year'),
          col('from', '起', 'From', { type: 'date' }),
          col('to', '止', 'To', { type: 'date' }),
          col('held', '已召开', 'Held', { type: 'integer' }),
          col('status', '三.6.10', '三.6.10'),
          col('events', '活动', 'Events', { width: 30 }),
        ],
        rows: halves,
      },
      {
        name: msg('活动明细', 'Events'),
        columns: [
          col('id', '编号', 'Id'),
          col('date', '日期', 'Date', { type: 'date' }),
          col('title', '活动', 'Event', { width: 24 }),
          col('type', '类别', 'Kind'),
          col('state', '状态', 'State'),
          col('venue', '场地', 'Venue'),
          col('participants', '人数', 'People', { type: 'integer', total: true }),
          col('budget', '预算', 'Budget', { type: 'money', total: true }),
          col('cost', '实际费用', 'Cost', { type: 'money', total: true }),
          col('satisfaction', '满意率', 'Satisfied', { type: 'percent' }),
          col('evaluation_due', '评估期限', 'Evaluate by', { type: 'date' }),
          col('overdue', '逾期', 'Overdue'),
          col('note', '取消原因', 'Why cancelled', { width: 24 }),
        ],
        rows: detail,
        totals: true,
      },
    ],
  };
}
