// The printed forms of receptions (spec procedures/15-reception.md "Forms"): 会务贵宾接待工作单 (the work order with
// its assignments, the timeline computed from the arrival and what was done when, the summary) and 茶水出单统计表
// (the tea rounds with the utensils out and back). Dates from the record, never the clock.
// e.g. wuye form reception-order JD2026-0001 ; wuye form reception-tea JD2026-0001
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { readCase } from '../../core/case-engine.js';
import { dateOf } from '../../core/dates.js';
import { msg, t } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Store } from '../../core/store.js';
import { conf, RECEPTION_CASES } from './cases.js';
import { addMinutes, timeline, utensils, type Reception, type ReceptionConf } from './rules.js';

const staffName = (store: Store, id: string | undefined): string | undefined =>
  id ? (store.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : undefined;
const hm = (iso: string | undefined): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
const clock = (iso: string | undefined): string => (iso ? iso.slice(11, 16) : '');

export function receptionModel(store: Store, r: Reception, c: ReceptionConf): Record<string, unknown> {
  const name = (id: string | undefined) => staffName(store, id);
  const u = utensils(r);
  const dutyOf = (d: string | undefined) =>
    d === 'manager' ? '部门经理' : d ? labelZh('receptionDuty', d).replace(/（.*）$/, '') : '';
  return {
    rc: {
      id: r.id,
      organisation: r.organisation,
      guests: r.guests,
      state: labelZh('receptionState', r.state),
      contact: r.contact?.name,
      phone: r.contact?.phone,
      vips: (r.vips ?? []).map((v) => (v.title ? `${v.name}（${v.title}）` : v.name)),
      purpose: r.purpose,
      arrival: hm(r.arrival),
      end: hm(r.end),
      rooms: r.rooms.map((x) => labelZh('receptionRoom', x)),
      requirements: (r.requirements ?? []).map((x) => labelZh('receptionNeed', x)),
      manager: name(r.manager),
      tea_due: hm(addMinutes(r.arrival, c.tea_minutes)),
      utensils_diff: r.tea?.length ? (u.missing ? `差 ${u.missing} 件` : '无差异') : '',
      utensils_note: r.utensils_note,
    },
    assignments: (r.assignments ?? []).map((a) => ({
      duty: labelZh('receptionDuty', a.duty),
      staff: a.staff.map((s) => name(s)),
    })),
    timeline: timeline(r, c).map((i) => {
      const done = (r.checks ?? []).find((x) => x.item === i.item);
      return {
        due: clock(i.due),
        what: `${t(i.what)}〔${i.item}〕`,
        duty: dutyOf(i.duty),
        done: clock(done?.at),
        by: name(done?.by),
      };
    }),
    tea: (r.tea ?? []).map((x) => ({
      round: x.round ? String(x.round) : '收回',
      at: clock(x.at),
      items: x.items ?? '',
      out: x.out ?? 0,
      back: x.back ?? 0,
      by: name(x.by),
    })),
    summary: r.summary ? { ...r.summary, by: name(r.summary.by) } : undefined,
    sign: { tea: name((r.assignments ?? []).find((a) => a.duty === 'tea')?.staff[0]) },
  };
}

/** The document date of a reception's forms: its last log entry's day. */
export const receptionDate = (r: Reception): string => dateOf(r.log.at(-1)?.at ?? r.arrival);

function form(name: string, template: string, title: ReturnType<typeof msg>): FormDef {
  return {
    name,
    template,
    title,
    idKind: 'reception',
    load: (ctx: Ctx, id: string): FormLoad => {
      const r = readCase<Reception>(ctx.shown, RECEPTION_CASES, id);
      return { id: r.id, date: receptionDate(r), data: receptionModel(ctx.shown, r, conf(ctx)) };
    },
  };
}

export const FORMS: FormDef[] = [
  form('reception-order', 'reception/order', msg('会务贵宾接待工作单', 'reception work order')),
  form('reception-tea', 'reception/tea', msg('茶水出单统计表', 'tea service record')),
];
