// The printed forms of the renovation procedure (spec 03-renovation.md "Forms"; manual 四.3):
// application, approval notice with both opinions, three-party agreement, pass application,
// worker register, the permit posted at the door, inspection log, violation notice,
// acceptance sheet, deposit refund slip. Each loads one plain data model from the case, read through
// ctx.shown: every personal field (the contractor's phone, workers' ids and certificates) masked unless --reveal.
// e.g. wuye renovation form permit ZX2026-0007 --out permit.pdf
import type { Ctx } from '../../kit/context.js';
import { readCase } from '../../core/case-engine.js';
import { dateOf } from '../../core/dates.js';
import { checkId } from '../../core/kinds.js';
import { msg } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import type { PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { conf, RENOVATION_CASES } from './cases.js';
import { chargesDue, collected, depositsCollected, extinguishersRequired, type Case } from './rules.js';

type Opts = { notice?: string };

const nameOf = (ctx: Ctx, kind: 'staff' | 'person', id: string | undefined): string | undefined => {
  if (!id) return undefined;
  return (ctx.shown.tryRead<StaffRecord | PersonRecord>(kind, id)?.data as { name?: string } | undefined)?.name ?? id;
};

const yuan = (fen: number) => formatMoney(fen);

/** The data model every renovation form is filled from: the case as given (read it through ctx.shown). */
export function caseModel(ctx: Ctx, c: Case, o: Opts): Record<string, unknown> {
  const unit = ctx.shown.read<UnitRecord>('unit', c.unit).data;
  const cf = conf(ctx);
  const review = c.reviews?.at(-1);
  const decision = c.decisions?.at(-1);
  const acceptance = c.acceptances?.at(-1);
  const violation = (o.notice ? c.violations?.find((v) => v.notice === o.notice) : undefined) ?? c.violations?.at(-1);
  const due = chargesDue(c, unit.area, cf);
  const held = depositsCollected(c);
  const dedTotal = (c.refund?.deductions ?? []).reduce((s, d) => s + parseMoney(d.amount), 0);
  const ownerId = unit.owners?.[0]?.person;
  return {
    case: {
      id: c.id,
      state: labelZh('renovationState', c.state),
      applied: dateOf(c.log[0]?.at ?? ''),
      received: c.received_at ? dateOf(c.received_at) : undefined,
      special: c.special ? '特殊项目（商铺/办公）' : '住宅',
      scope: c.scope.map((s) => labelZh('renovationScope', s)),
      scope_codes: c.scope,
      scope_notes: c.scope_notes,
      start: c.planned.start,
      end: c.planned.end,
      drawings: c.drawings ?? [],
      debris: c.debris_entrusted ? '委托服务中心清运' : '自行清运至指定地点',
      started: c.started,
      completed: c.completion ? dateOf(c.completion.at) : undefined,
    },
    unit: { id: unit.id, area: unit.area, type: unit.type, layout: unit.layout },
    owner: { name: nameOf(ctx, 'person', ownerId) },
    applicant: {
      name: nameOf(ctx, 'person', c.applicant.person),
      role: labelZh('renovationApplicant', c.applicant.role),
      phone: c.applicant.phone,
      consent: c.applicant.owner_consent
        ? `${c.applicant.owner_consent.document}（${c.applicant.owner_consent.date}）`
        : c.applicant.role === 'owner'
          ? '业主本人申请'
          : undefined,
    },
    contractor: { ...c.contractor },
    review: review && {
      by: nameOf(ctx, 'staff', review.by),
      date: dateOf(review.at),
      result: review.result === 'pass' ? '同意' : '不同意（退回修改）',
      reasons: review.reasons,
      conditions: review.conditions,
    },
    decision: decision && {
      by: nameOf(ctx, 'staff', decision.by),
      date: dateOf(decision.at),
      result: decision.result === 'approve' ? '批准' : '不批准（退回复审）',
      notes: decision.notes,
    },
    agreement: c.agreement && { ...c.agreement, by: nameOf(ctx, 'staff', c.agreement.by) },
    workers: (c.workers ?? []).map((w) => ({
      ...w,
      trade: labelZh('renovationTrade', w.trade),
      status: w.removed ? `已注销 ${w.removed}` : '有效',
    })),
    workers_active: (c.workers ?? []).filter((w) => !w.removed).length,
    money: {
      deposit: yuan(due.find((d) => d.item === 'deposit')?.amount ?? 0),
      lines: due.map((d) => ({
        item: labelZh('renovationCharge', d.item),
        due: yuan(d.amount),
        paid: yuan(collected(c, d.item)),
        receipts: [...new Set((c.charges ?? []).filter((x) => x.item === d.item).map((x) => x.receipt))].join('、'),
      })),
      collected: yuan(collected(c)),
    },
    permit: c.permit && { number: c.permit.number, date: dateOf(c.permit.at), by: nameOf(ctx, 'staff', c.permit.by) },
    hours: { weekdays: cf.hours.weekdays.join('，'), weekends: cf.hours.weekends.join('，') },
    extinguishers: extinguishersRequired(unit.area, cf.extinguisher_area),
    inspections: (c.inspections ?? []).map((i) => ({
      date: i.date,
      by: nameOf(ctx, 'staff', i.by),
      findings: i.findings,
      extinguishers: i.extinguishers !== undefined ? `${i.extinguishers}/${i.required_extinguishers}` : '',
      posted: i.permit_posted === undefined ? '' : i.permit_posted ? '是' : '否',
      ok: i.ok ? '合格' : '有问题',
    })),
    violation: violation && {
      ...violation,
      kind: labelZh('renovationViolation', violation.kind),
      action: labelZh('renovationAction', violation.action),
      by: nameOf(ctx, 'staff', violation.by),
      date: dateOf(violation.at),
      time: violation.at.slice(11, 16),
    },
    acceptance: acceptance && {
      date: acceptance.date,
      by: nameOf(ctx, 'staff', acceptance.by),
      result: acceptance.result === 'pass' ? '合格' : '不合格',
      items: (acceptance.items ?? []).map((i) => ({ ...i, ok: i.ok ? '合格' : '不合格' })),
    },
    refund: c.refund && {
      held: yuan(held),
      deductions: c.refund.deductions,
      deducted: yuan(dedTotal),
      amount: c.refund.amount,
      approved_by: nameOf(ctx, 'staff', c.refund.approved_by),
      approved_at: dateOf(c.refund.approved_at),
      paid_by: nameOf(ctx, 'staff', c.refund.paid_by),
      paid_at: c.refund.paid_at ? dateOf(c.refund.paid_at) : undefined,
      voucher: c.refund.receipt,
    },
    deposit_held: yuan(held),
  };
}

function loader(ctx: Ctx, id: string, o: Opts = {}): FormLoad {
  const cid = checkId('renovation', id.trim(), 'ID');
  const c = readCase<Case>(ctx.shown, RENOVATION_CASES, cid);
  return { id: cid, date: dateOf(c.log.at(-1)?.at ?? c.log[0].at), data: caseModel(ctx, c, o) };
}

const def = (name: string, zh: string, en: string): FormDef => ({
  name: `renovation-${name}`,
  template: `renovation/${name}`,
  title: msg(zh, en),
  idKind: 'renovation',
  load: (ctx, id) => loader(ctx, id),
});

export const FORMS: FormDef[] = [
  def('application', '装修申请表', 'renovation application'),
  def('approval', '装修审批通知书', 'renovation approval notice'),
  def('agreement', '装修施工协议书', 'construction agreement'),
  def('pass-application', '装修施工人员出入证申请表', "workers' pass application"),
  def('workers', '装修施工人员登记表', 'worker register'),
  def('permit', '装修施工许可证', 'renovation permit (posted at the door)'),
  def('inspection', '装修巡查记录表', 'inspection log'),
  def('violation-notice', '违规装修整改通知书', 'violation notice'),
  def('acceptance', '装修验收表', 'completion acceptance sheet'),
  def('refund', '装修押金退还单', 'deposit refund slip'),
];

export { loader as loadRenovationForm };
