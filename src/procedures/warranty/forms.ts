// The warranty procedure's printed forms (spec 06 "Forms"; manual 四.6, 三.9.3): 房屋质量问题报修单 (the owner's report
// with the warranty decision and both clocks), 保修转交单 (to the developer's engineering department, with the
// deadline agreed) and 保修完成确认单 (the work, the center's check and the owner's confirmation). One plain model for
// all three; personal data masked unless --reveal.
// e.g. wuye warranty form report ZB2026-0003 · wuye form warranty-transfer ZB2026-0003 · wuye warranty form completion --blank
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { readCase } from '../../core/case-engine.js';
import { dateOf } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import { WARRANTY_CASES } from './cases.js';
import type { Warranty } from './rules.js';
import { hm } from './view.js';

const nameOnly = (ctx: Ctx, id: string | undefined) =>
  id ? (ctx.store.tryRead<{ name?: string }>('staff', id)?.data.name ?? id) : undefined;

export function warrantyModel(ctx: Ctx, w: Warranty): Record<string, unknown> {
  const p = w.reporter;
  const person = p?.person
    ? ctx.shown.tryRead<{ name?: string; phones?: string[] }>('person', p.person)?.data
    : undefined;
  const d = w.decision;
  const passed = (w.verifications ?? []).filter((v) => v.passed).at(-1);
  const last = w.callbacks?.at(-1);
  return {
    w: {
      id: w.id,
      hotline: w.hotline,
      reported: hm(w.reported_at),
      reported_date: dateOf(w.reported_at),
      unit: w.unit,
      reporter: p?.name ?? person?.name,
      phone: p?.phone ?? person?.phones?.[0],
      component: labelZh('warrantyComponent', w.component),
      description: w.description,
      photos: (w.photos ?? []).join('、') || undefined,
      received_by: nameOnly(ctx, w.received_by),
      period: d.period,
      accepted: d.completion_accepted,
      delivered: d.delivered_on ?? '未登记',
      contractor_end: d.contractor_end,
      developer_end: d.developer_end,
      clock: labelZh('warrantyClock', d.clock),
      decision: d.in_warranty ? `在保修期内（${labelZh('warrantyClock', d.clock)}）` : '已过保修期',
      repair: w.repair,
      developer: ctx.config.center.developer,
    },
    decision: [d.in_warranty ? 'in' : 'out'],
    routed: w.routed && {
      at: hm(w.routed.at),
      date: dateOf(w.routed.at),
      to: labelZh('warrantyParty', w.routed.to),
      name: w.routed.name,
      contact: w.routed.contact,
      deadline: w.routed.deadline,
      by: nameOnly(ctx, w.routed.by),
    },
    visits: (w.visits ?? []).map((v) => ({ at: hm(v.at), who: v.who, note: v.note, by: nameOnly(ctx, v.by) })),
    completed: w.completed && {
      at: hm(w.completed.at),
      work: w.completed.work,
      late: w.completed.late ? '超过约定期限' : '按期',
    },
    check: passed && { at: hm(passed.at), date: dateOf(passed.at), by: nameOnly(ctx, passed.by), note: passed.note },
    signoff: w.signoff && { name: w.signoff.name, date: dateOf(w.signoff.at) },
    callback: last && {
      at: hm(last.at),
      by: nameOnly(ctx, last.by),
      satisfied: last.satisfied ? '满意' : '不满意',
      comments: last.comments,
    },
  };
}

function loader(ctx: Ctx, id: string): FormLoad {
  const wid = checkId('warranty', id.trim(), 'ID');
  const w = readCase<Warranty>(ctx.shown, WARRANTY_CASES, wid);
  return { id: wid, date: dateOf(w.log.at(-1)!.at), data: warrantyModel(ctx, w) };
}

export const FORMS: FormDef[] = [
  {
    name: 'warranty-report',
    template: 'warranty/report',
    title: msg('房屋质量问题报修单', 'defect report'),
    idKind: 'warranty',
    load: loader,
  },
  {
    name: 'warranty-transfer',
    template: 'warranty/transfer',
    title: msg('保修转交单（转开发企业）', 'transfer to the developer'),
    idKind: 'warranty',
    load: loader,
  },
  {
    name: 'warranty-completion',
    template: 'warranty/completion',
    title: msg('保修完成确认单', 'warranty completion confirmation'),
    idKind: 'warranty',
    load: loader,
  },
];
