// The printed forms of community events (spec procedures/10-events.md "Forms"): 年度文化活动计划表 (the year's
// plan by quarter), 活动通知 (an A4 poster posted before the event), 活动签到表 (sign-in sheet) and
// 活动总结评估表 (the evaluation). Each loads one plain data model from the records; dates from the records.
// e.g. wuye form event-poster HD2026-0003 --out poster.pdf ; wuye form event-plan HD2026
import type { Ctx } from '../../kit/context.js';
import type { FormDef, FormLoad } from '../../kit/forms.js';
import { writeFormFile } from '../../kit/form-command.js';
import { readCase } from '../../core/case-engine.js';
import { dateOf } from '../../core/dates.js';
import { NotFoundError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { labelZh } from '../../core/labels.js';
import { parseMoney } from '../../core/money.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Store } from '../../core/store.js';
import { EVENT_CASES } from './cases.js';
import { quarterOf, type Event, type Plan } from './rules.js';

const staffName = (store: Store, id: string | undefined): string | undefined =>
  id ? (store.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : undefined;

export function readPlan(store: Store, id: string): Plan {
  const p = store.tryRead<Plan>('event-plan', id)?.data;
  if (!p)
    throw new NotFoundError(
      msg(`没有年度文化活动计划 ${id}`, `no event plan ${id}`),
      msg(
        `先加计划项: wuye event plan --year ${id.slice(2)} --quarter 1 --type festival --theme …`,
        `add an item first: wuye event plan --year ${id.slice(2)} --quarter 1 --type festival --theme …`,
      ),
    );
  return p;
}

/** The plan form's model: items by quarter, the budget total. */
export function planModel(store: Store, p: Plan): Record<string, unknown> {
  const items = [...p.items]
    .sort((a, b) => a.quarter - b.quarter || (a.month ?? 0) - (b.month ?? 0) || a.no - b.no)
    .map((i) => ({
      no: i.no,
      quarter: `第${'一二三四'[i.quarter - 1]}季度`,
      month: i.month ? `${i.month}月` : '',
      theme: i.theme,
      type: labelZh('eventType', i.type),
      venue: i.venue ?? '',
      budget: i.budget,
      organiser: staffName(store, i.organiser) ?? '',
    }));
  return {
    plan: {
      id: p.id,
      year: `${p.year} 年`,
      made_by: staffName(store, p.made_by),
      made_at: p.made_at,
      count: p.items.length,
      budget: p.items.reduce((s, i) => s + parseMoney(i.budget), 0),
    },
    items,
  };
}

/** Every event form's model: the event, its notice, participants, cost and evaluation. */
export function eventModel(store: Store, e: Event): Record<string, unknown> {
  const units = e.participants?.units ?? [];
  return {
    event: {
      id: e.id,
      title: e.title,
      type: labelZh('eventType', e.type),
      date: e.date,
      time: e.time ?? '',
      when: `${e.date}${e.time ? ` ${e.time}` : ''}`,
      venue: e.venue,
      quarter: `${e.date.slice(0, 4)} 年第${'一二三四'[quarterOf(e.date) - 1]}季度`,
      organiser: staffName(store, e.organiser),
      partners: e.partners ?? [],
      budget: e.budget,
      cost: e.actual_cost,
      description: e.description ?? '',
      state: labelZh('eventState', e.state),
      notice_date: e.notice?.date,
      places: e.notice?.places ?? [],
      count: e.participants?.count,
      units: units.length || undefined,
      photos: e.photos?.length ? `${e.photos.length} 张` : undefined,
      cancel_reason: e.cancel_reason,
    },
    signins: units.map((u) => ({ unit: u })),
    evaluation: e.evaluation
      ? {
          ...e.evaluation,
          satisfaction: e.evaluation.satisfaction === undefined ? undefined : `${e.evaluation.satisfaction}%`,
          by: staffName(store, e.evaluation.by),
        }
      : undefined,
    sign: { organiser: staffName(store, e.organiser) },
  };
}

/** The document date of an event's forms: the last log entry's day (never the clock). */
export const eventDate = (e: Event): string => dateOf(e.log.at(-1)?.at ?? `${e.date}T00:00:00+08:00`);

function eventForm(name: string, template: string, title: ReturnType<typeof msg>): FormDef {
  return {
    name,
    template,
    title,
    idKind: 'event',
    load: (ctx: Ctx, id: string): FormLoad => {
      const e = readCase<Event>(ctx.shown, EVENT_CASES, id);
      return { id: e.id, date: eventDate(e), data: eventModel(ctx.shown, e) };
    },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'event-plan',
    template: 'event/plan',
    title: msg('年度文化活动计划表', 'annual event plan'),
    idKind: 'event-plan',
    load: (ctx: Ctx, id: string): FormLoad => {
      const p = readPlan(ctx.shown, id);
      return { id: p.id, date: p.made_at ?? `${p.year}-01-01`, data: planModel(ctx.shown, p) };
    },
  },
  eventForm('event-poster', 'event/poster', msg('活动通知（海报）', 'event notice (poster)')),
  eventForm('event-signin', 'event/signin', msg('活动签到表', 'event sign-in sheet')),
  eventForm('event-evaluation', 'event/evaluation', msg('活动总结评估表', 'event evaluation form')),
];

/** Render one of these forms to a file (--out from where the person is, else out/ of the records) and print its path. */
export const writeForm = (
  ctx: Ctx,
  template: string,
  loaded: FormLoad,
  given: string | undefined,
  defaultName: string,
): Promise<string> => writeFormFile(ctx, template, loaded, given, defaultName);
