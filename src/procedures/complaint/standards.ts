// The service standards the complaint records measure (manual 三.3.6–3.9, 三.4.3; spec standards.md): feedback
// within 2 working days, a follow-up result recorded, a return visit to valid complaints, the valid-complaint
// handling rate 100%, a major complaint reported upward within 1 working day. Read by `wuye standards`.
// e.g. (await manifest.standards!())[0].measure(ctx, { from: '2026-01-01', to: '2026-12-31', today, now })
import { allCases } from '../../core/case-engine.js';
import { dateOf } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import {
  inPeriod,
  rateStatus,
  ratioText,
  statusOf,
  targetOf,
  type StandardPeriod,
  type StandardRow,
  type StandardSource,
} from '../../kit/standards.js';
import { COMPLAINT_CASES, conf } from './cases.js';
import { callbackAfterResolution, feedbackDue, figures, lastResolution, type Complaint } from './rules.js';

export function complaintStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const c = conf(ctx);
  const all = allCases<Complaint>(ctx.shown, COMPLAINT_CASES);
  const inP = all.filter((x) => inPeriod(dateOf(x.received_at), p));
  const f = figures(all, p, ctx.calendar, c, p.today);
  const at = (deadline: 'feedback' | 'report') =>
    inP.filter((x) => {
      const g = figures([x], p, ctx.calendar, c, p.today);
      return (deadline === 'feedback' ? g.feedbackLate : g.reportLate) > 0;
    });
  // 3.7: a complaint whose feedback is due has a follow-up result recorded
  const due = inP.filter((x) => feedbackDue(ctx.calendar, x.received_at, c) < p.today);
  const noResult = due.filter((x) => !lastResolution(x));
  // 3.8: every valid complaint with a result gets a return visit
  const resolved = inP.filter((x) => x.valid && lastResolution(x));
  const unvisited = resolved.filter((x) => !callbackAfterResolution(x));
  const handling = targetOf(ctx, 'complaint_handling', 1);
  return [
    {
      clause: '3.6',
      requirement: msg(
        `投诉在受理后 ${c.feedback_workdays} 个工作日内答复业主`,
        `every complaint answered within ${c.feedback_workdays} working days of receipt`,
      ),
      measured: ratioText(f.feedbackOnTime, f.feedbackOnTime + f.feedbackLate),
      status: statusOf(f.feedbackOnTime + f.feedbackLate, f.feedbackLate),
      evidence: at('feedback').map((x) => x.id),
    },
    {
      clause: '3.7',
      requirement: msg('每宗投诉记录跟进处理结果', 'every complaint recorded with a follow-up result'),
      measured: ratioText(due.length - noResult.length, due.length),
      status: statusOf(due.length, noResult.length),
      evidence: noResult.map((x) => x.id),
    },
    {
      clause: '3.8',
      requirement: msg('有效投诉处理后进行回访', 'valid complaints get a return visit'),
      measured: ratioText(resolved.length - unvisited.length, resolved.length),
      status: statusOf(resolved.length, unvisited.length),
      evidence: unvisited.map((x) => x.id),
    },
    {
      clause: '3.9',
      requirement: msg(
        `有效投诉处理率 ${Math.round(handling * 100)}%`,
        `valid-complaint handling rate ${Math.round(handling * 100)}%`,
      ),
      measured: ratioText(f.validClosed, f.valid),
      status: rateStatus(f.handlingRate, handling),
      evidence: inP.filter((x) => x.valid && x.state !== 'closed').map((x) => x.id),
    },
    {
      clause: '4.3',
      requirement: msg(
        `重大投诉在 ${c.major_report_workdays} 个工作日内上报`,
        `major complaints reported within ${c.major_report_workdays} working day(s)`,
      ),
      part: msg('重大投诉', 'major complaints'),
      measured: ratioText(f.reportOnTime, f.reportOnTime + f.reportLate),
      status: statusOf(f.reportOnTime + f.reportLate, f.reportLate),
      evidence: at('report').map((x) => x.id),
    },
  ];
}

export const sources: readonly StandardSource[] = [
  { clauses: ['3.6', '3.7', '3.8', '3.9', '4.3'], measure: complaintStandards },
];
