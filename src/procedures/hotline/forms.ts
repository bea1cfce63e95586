// The hotline's printed form (spec 14 "Forms"; manual 三.6.6): 24小时值班电话记录表 — one day's desk log as
// the duty staff sign it over, with the staffed hours that have no entry. Filled from the day's entries
// (read through ctx.shown: masked unless --reveal), or blank for handwriting.
// e.g. wuye form hotline-log 2026-11-28 · wuye form hotline-log RX20261128-003 (that entry's day) · --blank
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { dateOf, dayOfWeek, parseDateInput } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import { readCall } from './api.js';
import { readDay } from './day.js';
import { cfg, gapsText } from './rules.js';
import { outcomeZh } from './view.js';

const WEEK = ['日', '一', '二', '三', '四', '五', '六'];

export function dayModel(ctx: Ctx, date: string): Record<string, unknown> {
  const day = readDay(ctx, date);
  const nameOf = (kind: 'staff' | 'person', id: string | undefined) =>
    id ? (ctx.store.tryRead<{ name?: string }>(kind, id)?.data.name ?? id) : undefined;
  const desk = [...new Set(day.entries.map((e) => e.received_by))].map((s) => nameOf('staff', s)).join('、');
  return {
    day: {
      date,
      weekday: `星期${WEEK[dayOfWeek(date)]}`,
      staffed: cfg(ctx.config.hotline).staffed_hours.join('，'),
      count: String(day.entries.length),
      gaps: day.gaps.length ? gapsText(day.gaps) : '无',
      desk,
    },
    entries: day.entries.map((e) => ({
      id: e.id,
      time: e.at.slice(11, 16),
      channel: labelZh('deskChannel', e.channel),
      type: labelZh('hotlineType', e.type),
      caller: e.caller?.name ?? nameOf('person', e.caller?.person) ?? '',
      phone: e.caller?.phone ?? '',
      where: [e.unit, e.place].filter(Boolean).join(' '),
      request: e.request,
      by: nameOf('staff', e.received_by),
      outcome: outcomeZh(e, (s) => nameOf('staff', s) ?? s),
    })),
  };
}

function loader(ctx: Ctx, id: string): FormLoad {
  const v = id.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? parseDateInput(v, 'ID')
    : dateOf(readCall(ctx.store, checkId('hotline', v, 'ID')).at);
  return { id: date, date, data: dayModel(ctx, date) };
}

export const FORMS: FormDef[] = [
  {
    name: 'hotline-log',
    template: 'hotline/log',
    title: msg('24小时值班电话记录表（一天）', '24-hour hotline log (one day)'),
    idKind: 'date',
    load: loader,
  },
];
