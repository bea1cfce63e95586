// wuye warranty show ZB2026-0003 [--json] — the report, both clocks and the decision, the routing and its deadline
// (missed: escalated to the cs-manager), visits, completion, the check, the owner's confirmation, the return visit,
// the paid repair it became out of warranty, and the log.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allowedSteps } from '../../../core/case.js';
import { readCase } from '../../../core/case-engine.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { WARRANTY_CASES, conf } from '../cases.js';
import { WARRANTY, type WarrantyState } from '../machine.js';
import type { Warranty } from '../rules.js';
import { clocksText, decisionText, hm, lateness, managers } from '../view.js';

export const parse = (l: Line) => ({ id: l.id(0, 'warranty') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const w = readCase<Warranty>(ctx.shown, WARRANTY_CASES, o.id);
  const today = ctx.today();
  const late = lateness(w, ctx.calendar, today, conf(ctx));
  const steps = allowedSteps(WARRANTY, w.state as WarrantyState).map((x) => x.action);
  const escalate = late.missed ? managers(ctx.store, today).map((s) => `${s.id} ${s.name}`) : [];
  if (ctx.globals.json) {
    ctx.out.json({
      ...w,
      answer_due: late.answer ? { due: late.answer.due, overdue: late.answer.overdue } : null,
      deadline_missed: late.missed,
      escalated_to: escalate,
      allowed_steps: steps,
    });
    return;
  }
  const r = w.routed;
  ctx.out.fields([
    [msg('保修报告', 'Report'), w.id],
    [msg('状态', 'State'), t(WARRANTY.states[w.state as WarrantyState])],
    [msg('可进行的步骤', 'Allowed steps'), steps.join(', ') || undefined],
    [msg('来电记录', 'Desk entry'), w.hotline],
    [msg('报告', 'Reported'), hm(w.reported_at)],
    [msg('房屋', 'Unit'), w.unit],
    [msg('报告人', 'Reported by'), w.reporter?.name ?? w.reporter?.person],
    [msg('部位', 'Component'), label('warrantyComponent', w.component)],
    [msg('问题', 'Defect'), w.description],
    [msg('照片', 'Photos'), (w.photos ?? []).join(', ') || undefined],
    [msg('保修期', 'Period'), w.decision.period],
    [msg('判定', 'Decision'), decisionText(w)],
    [msg('两个保修期', 'The clocks'), clocksText(w)],
    [msg('有偿维修', 'Paid repair'), w.repair],
    [
      msg('答复业主', 'Answer the owner'),
      late.answer ? `${late.answer.due}${late.answer.overdue ? t(msg('（已逾期）', ' (overdue)')) : ''}` : undefined,
    ],
    [
      msg('转交', 'Routed'),
      r
        ? `${hm(r.at)} ${label('warrantyParty', r.to)}${r.name ? ` ${r.name}` : ''}${r.contact ? ` ${r.contact}` : ''}`
        : undefined,
    ],
    [
      msg('约定期限', 'Deadline'),
      r
        ? `${r.deadline}${late.missed ? t(msg(`（已逾期，上报客服经理 ${escalate.join('、')}）`, ` (missed; escalated to the cs-manager ${escalate.join(', ')})`)) : ''}`
        : undefined,
    ],
    [
      msg('上门', 'Visits'),
      (w.visits ?? []).map((v) => `${hm(v.at)} ${v.who ?? ''} ${v.note}`.trim()).join('; ') || undefined,
    ],
    [
      msg('完工', 'Completed'),
      w.completed
        ? `${hm(w.completed.at)} ${w.completed.work}${w.completed.late ? t(msg('（超期）', ' (late)')) : ''}`
        : undefined,
    ],
    [
      msg('验收', 'Checks'),
      (w.verifications ?? [])
        .map(
          (v) =>
            `${hm(v.at)} ${v.by} ${t(v.passed ? msg('合格', 'passed') : msg('不合格', 'failed'))}${v.note ? ` ${v.note}` : ''}`,
        )
        .join('; ') || undefined,
    ],
    [msg('业主确认', 'Confirmed'), w.signoff ? `${hm(w.signoff.at)} ${w.signoff.name}` : undefined],
    [
      msg('回访', 'Return visits'),
      (w.callbacks ?? [])
        .map(
          (v) =>
            `${hm(v.at)} ${v.by} ${t(v.satisfied ? msg('满意', 'satisfied') : msg('不满意', 'not satisfied'))}${v.comments ? ` ${v.comments}` : ''}`,
        )
        .join('; ') || undefined,
    ],
  ]);
  ctx.out.line();
  ctx.out.table(w.log, [
    { key: 'at', header: msg('时间', 'At'), get: (e) => hm(e.at) },
    { key: 'by', header: msg('操作员', 'By'), get: (e) => e.by },
    { key: 'action', header: msg('步骤', 'Action'), get: (e) => e.action },
    {
      key: 'state',
      header: msg('状态', 'State'),
      get: (e) => (e.state ? t(WARRANTY.states[e.state as WarrantyState] ?? e.state) : ''),
    },
    { key: 'note', header: msg('备注', 'Note'), get: (e) => e.note },
  ]);
}
