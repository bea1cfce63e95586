// The printed forms of emergencies (spec procedures/12-emergency.md "Forms"): 紧急事件处理记录表 (the case as
// handled, with its response steps, timeline, notifications and report), 事故分析报告 (cause, responsibility,
// measures and their follow-up), 应急联系电话表 (the published numbers, 三.17.1) and the per-kind 应急处置卡.
// e.g. wuye form emergency-record JJ2026-0001 ; wuye form emergency-card lift-entrapment ; wuye form emergency-contacts 2026-11-28
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { readCase } from '../../core/case-engine.js';
import type { WorkCalendar } from '../../core/calendar.js';
import { dateOf, isValidDate } from '../../core/dates.js';
import { EMERGENCY_KIND, type EmergencyKind } from '../../core/enums.gen.js';
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Store } from '../../core/store.js';
import { checklistOf, conf, EMERGENCY_CASES } from './cases.js';
import { firstReport, reportDue, type Emergency, type EmergencyConf } from './rules.js';

const staffName = (store: Store, id: string | undefined): string | undefined =>
  id ? (store.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : undefined;
/** 2026-11-28T21:30:00+08:00 → 2026-11-28 21:30 (times are written in the center's zone). */
export const hm = (iso: string | undefined): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

/** The model of both case forms. */
export function emergencyModel(
  store: Store,
  e: Emergency,
  cal: WorkCalendar,
  c: EmergencyConf,
): Record<string, unknown> {
  const due = reportDue(cal, e.discovered_at, c);
  const r = firstReport(e);
  const name = (id: string | undefined) => staffName(store, id);
  return {
    em: {
      id: e.id,
      type: labelZh('emergencyKind', e.type),
      severity: labelZh('emergencySeverity', e.severity),
      place: e.place,
      discovered: hm(e.discovered_at),
      reported_by: e.reported_by,
      description: e.description,
      injuries: e.injuries,
      deaths: e.deaths,
      losses: e.losses,
      losses_note: e.losses_note,
      report_due: due,
      report_state: r ? `${hm(r.at)} 报告${r.to}${dateOf(r.at) > due ? '（逾期）' : ''}` : '尚未报告',
      state: labelZh('emergencyState', e.state),
    },
    checklist: e.checklist.map((s) => ({ no: s.no, step: s.step, done_at: hm(s.done_at), by: name(s.by) })),
    timeline: [...(e.timeline ?? [])]
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      .map((t) => ({ at: hm(t.at), what: t.step ? `〔第${t.step}步〕${t.what}` : t.what, by: name(t.by) })),
    notified: [
      ...(e.notified ?? []).map((n) => ({
        t: n.at,
        at: hm(n.at),
        party: labelZh('emergencyParty', n.party),
        name: n.name,
        note: n.note,
        by: name(n.by),
      })),
      ...(e.reports ?? []).map((x) => ({
        t: x.at,
        at: hm(x.at),
        party: '向上报告',
        name: x.to,
        note: x.note,
        by: name(x.by),
      })),
    ].sort((a, b) => Date.parse(a.t) - Date.parse(b.t)),
    analysis: e.analysis ? { ...e.analysis, by: name(e.analysis.by) } : undefined,
    measures: (e.measures ?? []).map((m) => ({
      no: m.no,
      what: m.what,
      owner: name(m.owner),
      due: m.due,
      done: m.done_at ? `${m.done_at} 已落实` : '未落实',
    })),
    sign: { recorder: name(e.log[0]?.by) },
  };
}

/** The document date of an emergency's forms: its last log entry's day (never the clock). */
export const emergencyDate = (e: Emergency): string => dateOf(e.log.at(-1)?.at ?? e.discovered_at);

/** The contact list's model: the configured numbers and the persons responsible (by post, from the staff). */
export function contactsModel(ctx: Pick<Ctx, 'config' | 'shown'>): Record<string, unknown> {
  const staff = [...ctx.shown.all<StaffRecord>('staff')].map((r) => r.data).filter((s) => !s.active_to);
  const holder = (role: string) => staff.find((s) => (s.roles as string[] | undefined)?.includes(role));
  const DUTIES: [string, string][] = [
    ['director', '应急总指挥（服务中心主任）'],
    ['cs-manager', '信息报告与业主联络（用户服务部经理）'],
    ['engineer', '设备抢修（设备维护部）'],
    ['security', '现场警戒与疏散（秩序维护部）'],
  ];
  const hotline = (ctx.config.center as { phones?: { hotline?: string } }).phones?.hotline;
  return {
    contacts: conf(ctx).contacts,
    responsible: DUTIES.map(([role, duty]) => ({
      duty,
      name: holder(role)?.name ?? '',
      reach: hotline ? `经服务中心 ${hotline}` : '经服务中心',
    })),
  };
}

function caseForm(name: string, template: string, title: ReturnType<typeof msg>): FormDef {
  return {
    name,
    template,
    title,
    idKind: 'emergency',
    load: (ctx: Ctx, id: string): FormLoad => {
      const e = readCase<Emergency>(ctx.shown, EMERGENCY_CASES, id);
      return { id: e.id, date: emergencyDate(e), data: emergencyModel(ctx.shown, e, ctx.calendar, conf(ctx)) };
    },
  };
}

export const FORMS: FormDef[] = [
  caseForm('emergency-record', 'emergency/record', msg('紧急事件处理记录表', 'emergency handling record')),
  caseForm('emergency-analysis', 'emergency/analysis', msg('事故分析报告', 'accident analysis report')),
  {
    name: 'emergency-contacts',
    template: 'emergency/contacts',
    title: msg('应急联系电话表', 'emergency contact numbers'),
    idKind: 'date',
    load: (ctx: Ctx, id: string): FormLoad => {
      if (!isValidDate(id))
        throw new UsageError(
          msg(`公布日期无效: ${id}`, `bad date: ${id}`),
          msg('给出公布日期，如 2026-11-28', 'give the date it is published, e.g. 2026-11-28'),
        );
      return { id, date: id, data: contactsModel(ctx) };
    },
    fixed: (ctx) => contactsModel(ctx),
  },
  {
    name: 'emergency-card',
    template: 'emergency/card',
    title: msg('应急处置卡（每类一张）', 'emergency response card (one per kind)'),
    idKind: 'emergency-kind',
    load: (ctx: Ctx, id: string): FormLoad => {
      if (!(EMERGENCY_KIND as readonly string[]).includes(id))
        throw new UsageError(
          msg(`没有事件类别 ${id}`, `no kind of emergency ${id}`),
          msg(`可用: ${EMERGENCY_KIND.join(', ')}`, `one of: ${EMERGENCY_KIND.join(', ')}`),
        );
      return { id, date: ctx.today(), data: cardModel(ctx, id as EmergencyKind) };
    },
  },
];

/** A response card's model: the kind's steps and the numbers to call. */
export function cardModel(ctx: Pick<Ctx, 'root' | 'config'>, kind: EmergencyKind): Record<string, unknown> {
  const c = checklistOf(ctx.root, ctx.config.templates as string | undefined, kind);
  return {
    card: { kind: `${labelZh('emergencyKind', kind)}（${kind}）`, title: c.title },
    steps: c.steps.map((step, i) => ({ no: i + 1, step })),
    contacts: conf(ctx).contacts,
  };
}
