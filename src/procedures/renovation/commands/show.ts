// wuye renovation show ZX2026-0007 [--json] — the case, what is owed, and the due time of its next step.
// Read through ctx.shown: the applicant's and the contractor's phones, workers' ids, phones and certificates
// masked by their schema's declaration unless --reveal.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { actionText, allowedSteps } from '../../../core/case.js';
import { readCase } from '../../../core/case-engine.js';
import { localTime } from '../../../core/dates.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { formatYuan } from '../../../core/money.js';
import { conf, RENOVATION_CASES, unitOf } from '../cases.js';
import { dueText } from '../due-text.js';
import { ACTS } from '../acts.js';
import { RENOVATION, type RenovationState } from '../machine.js';
import { collected, depositsCollected, inspectionGaps, nextDue, outstanding, type Case } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'renovation') });

/** A step or act of the case log in words (the code when unknown): review-pass → 工程审核通过. */
const OPENING = { action: 'apply', what: msg('受理装修申请', 'application taken') };
const stepText = (action: string, opening = false) =>
  actionText(RENOVATION, action, [...Object.values(ACTS), OPENING], opening);

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const c = readCase<Case>(ctx.shown, RENOVATION_CASES, o.id);
  const unit = unitOf(ctx.shown, c);
  const cf = conf(ctx);
  const today = ctx.today();
  const next = nextDue(c, ctx.calendar, cf, today);
  const owed = ['approved', 'permitted', 'in-progress', 'suspended'].includes(c.state)
    ? outstanding(c, unit.area, cf)
    : [];
  const gaps = inspectionGaps(c, ctx.calendar, today);
  const steps = allowedSteps(RENOVATION, c.state as RenovationState).map((s) => s.action);
  const sep = t(msg('、', ', '));
  const when = (iso: string | undefined) => (iso ? localTime(iso, ctx.tz) : undefined);
  const personName = (id: string) => ctx.shown.tryRead<{ name?: string }>('person', id)?.data.name ?? '';
  if (ctx.globals.json) {
    ctx.out.json({
      ...c,
      next_due: next ?? null,
      outstanding: owed.map((o) => ({ item: o.item, amount: o.amount / 100 })),
      missing_inspections: gaps,
      allowed_steps: steps,
    });
    return;
  }
  const lastReview = c.reviews?.at(-1);
  const lastDecision = c.decisions?.at(-1);
  ctx.out.fields([
    [msg('案卷', 'Case'), c.id],
    [
      msg('房屋', 'Unit'),
      `${c.unit}${t(msg(`（${label('unitType', unit.type)} ${unit.area} m²）`, ` (${label('unitType', unit.type)}, ${unit.area} m²)`))}${c.special ? t(msg(' 特殊项目', ' special project')) : ''}`,
    ],
    [msg('状态', 'State'), t(RENOVATION.states[c.state as RenovationState])],
    [msg('下一步期限', 'Next step due'), dueText(next)],
    [
      msg('可进行的步骤', 'Allowed steps'),
      steps.map((s) => `${stepText(s)}（wuye renovation ${s}）`).join(sep) || undefined,
    ],
    [
      msg('申请人', 'Applicant'),
      `${c.applicant.person} ${personName(c.applicant.person)} ${label('renovationApplicant', c.applicant.role)}${c.applicant.phone ? ` ${c.applicant.phone}` : ''}`,
    ],
    [
      msg('业主同意书', 'Owner consent'),
      c.applicant.owner_consent
        ? `${c.applicant.owner_consent.document}（${c.applicant.owner_consent.date}）`
        : undefined,
    ],
    [msg('施工单位', 'Contractor'), `${c.contractor.company} ${c.contractor.manager} ${c.contractor.phone}`],
    [
      msg('装修项目', 'Scope'),
      c.scope.map((s) => label('renovationScope', s)).join(sep) + (c.scope_notes ? `；${c.scope_notes}` : ''),
    ],
    [msg('计划工期', 'Planned'), `${c.planned.start} ~ ${c.planned.end}`],
    [msg('图纸', 'Drawings'), (c.drawings ?? []).map((d) => label('renovationDrawing', d)).join(sep)],
    [msg('收到完整申请', 'Received'), when(c.received_at)],
    [
      msg('工程审核', 'Review'),
      lastReview
        ? `${when(lastReview.at)} ${lastReview.by} ${label('renovationReviewResult', lastReview.result)}${lastReview.reasons ? ` ${lastReview.reasons}` : ''}${lastReview.conditions ? ` ${lastReview.conditions}` : ''}`
        : undefined,
    ],
    [
      msg('主任审批', 'Decision'),
      lastDecision
        ? `${when(lastDecision.at)} ${lastDecision.by} ${label('renovationDecisionResult', lastDecision.result)}${lastDecision.notes ? ` ${lastDecision.notes}` : ''}`
        : undefined,
    ],
    [msg('施工协议', 'Agreement'), c.agreement ? `${c.agreement.signed_on} ${c.agreement.by}` : undefined],
    [
      msg('施工人员', 'Workers'),
      (c.workers ?? []).length
        ? `${(c.workers ?? []).filter((w) => !w.removed).length} / ${(c.workers ?? []).length}`
        : undefined,
    ],
    [msg('已收款', 'Collected'), (c.charges ?? []).length ? formatYuan(collected(c)) : undefined],
    [
      msg('未缴', 'Outstanding'),
      owed.length
        ? owed.map((o) => `${label('renovationCharge', o.item)} ${formatYuan(o.amount)}`).join(sep)
        : undefined,
    ],
    [
      msg('押金余额', 'Deposits held'),
      (c.charges ?? []).length
        ? formatYuan(c.state === 'refunded' || c.state === 'closed' ? 0 : depositsCollected(c))
        : undefined,
    ],
    [msg('许可证', 'Permit'), c.permit ? `${c.permit.number}（${c.permit.at.slice(0, 10)}）` : undefined],
    [msg('开工', 'Started'), c.started],
    [msg('巡查', 'Inspections'), (c.inspections ?? []).length ? String((c.inspections ?? []).length) : undefined],
    [msg('缺巡日期', 'Days missed'), gaps.length ? gaps.join(', ') : undefined],
    [
      msg('违规', 'Violations'),
      (c.violations ?? [])
        .map(
          (v) =>
            `${v.notice} ${label('renovationViolation', v.kind)} ${v.rectified ? t(msg('已整改', 'rectified')) : t(msg(`限 ${v.deadline}`, `by ${v.deadline}`))}`,
        )
        .join('；'),
    ],
    [
      msg('验收', 'Acceptance'),
      c.acceptances?.length
        ? `${c.acceptances.at(-1)!.date} ${label('renovationAcceptanceResult', c.acceptances.at(-1)!.result)}`
        : undefined,
    ],
    [
      msg('押金退还', 'Refund'),
      c.refund
        ? `${formatYuan(Number(c.refund.amount.replace('.', '')))}${c.refund.paid_at ? t(msg(` 已退 ${c.refund.paid_at.slice(0, 10)}`, ` paid ${c.refund.paid_at.slice(0, 10)}`)) : t(msg(' 已批准待支付', ' approved, to pay'))}`
        : undefined,
    ],
  ]);
  ctx.out.line();
  ctx.out.table(c.log, [
    { key: 'at', header: msg('时间', 'At'), get: (e) => localTime(e.at, ctx.tz) },
    { key: 'by', header: msg('操作员', 'By'), get: (e) => e.by },
    { key: 'action', header: msg('步骤', 'Action'), get: (e) => stepText(e.action, e === c.log[0]) },
    {
      key: 'state',
      header: msg('状态', 'State'),
      get: (e) => (e.state ? t(RENOVATION.states[e.state as RenovationState] ?? e.state) : ''),
    },
    { key: 'note', header: msg('备注', 'Note'), get: (e) => e.note },
  ]);
}
