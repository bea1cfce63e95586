// The rules of community events (spec procedures/10-events.md; manual 三.6.7 at least one event every three
// months on a residential estate, 三.6.8 events follow the plan and are evaluated afterwards, 三.6.10 an owners'
// forum at least every six months): the event machine with its evaluation deadline (14 calendar days after the
// event is held), quarters and half-years, and the coverage checks `event report` and `wuye standards` read.
// e.g. quarterCoverage(events, 2026, '2026-11-28', conf) → Q2 missed (nothing held 04-01…06-30)
import { defineMachine } from '../../core/case.js';
import { addDays } from '../../core/dates.js';
import { CONFIG_DEFAULTS, type EventState } from '../../core/enums.gen.js';
import { msg } from '../../core/i18n.js';
import type { EventPlanRecord, EventRecord } from '../../core/types.gen.js';

export type Event = EventRecord;
export type Plan = EventPlanRecord;

/** wuye.yaml `events` with the manual's values as defaults. */
export interface EventConf {
  residential: boolean;
  per_quarter: number;
  forum_months: number;
  evaluation_days: number;
}

export function cfg(c: Partial<EventConf> | undefined): EventConf {
  return { ...(CONFIG_DEFAULTS.events as EventConf), ...(c ?? {}) };
}

const CS = ['cs-manager', 'cs-assistant', 'director'] as const;

export const EVENT = defineMachine<EventState, EventConf>({
  name: 'event',
  initial: 'planned',
  states: {
    planned: msg('计划中', 'planned'),
    announced: msg('已发通知', 'announced'),
    held: msg('已举办', 'held'),
    evaluated: msg('已评估', 'evaluated'),
    cancelled: msg('已取消', 'cancelled'),
  },
  open: { roles: CS, label: msg('登记文化活动', 'register an event') },
  transitions: [
    { action: 'announce', from: ['planned'], to: 'announced', roles: CS, label: msg('发布活动通知', 'announce') },
    { action: 'held', from: ['announced'], to: 'held', roles: CS, label: msg('登记活动举办', 'record it held') },
    { action: 'evaluate', from: ['held'], to: 'evaluated', roles: CS, label: msg('活动总结评估', 'evaluate') },
    {
      action: 'cancel',
      from: ['planned', 'announced'],
      to: 'cancelled',
      roles: CS,
      label: msg('取消活动', 'cancel'),
    },
  ],
  deadlines: [
    {
      // 三.6.8: evaluated after the event; "more than 14 days ago without evaluation" is overdue
      name: 'evaluation',
      label: msg('活动总结评估', 'evaluation'),
      states: ['held'],
      from: ['held'],
      met: ['evaluate'],
      days: (c) => c.evaluation_days,
      calendarDays: true,
    },
  ],
});

/** The quarter (1–4) of a date. */
export const quarterOf = (date: string): number => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
/** The half-year (1–2) of a date. */
export const halfOf = (date: string): number => (Number(date.slice(5, 7)) <= 6 ? 1 : 2);

const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];
export const quarterRange = (year: number, q: number): [string, string] => [
  `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`,
  `${year}-${LAST_DAY[q - 1]}`,
];
export const halfRange = (year: number, h: number): [string, string] =>
  h === 1 ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];

/** An event that took place: held, or held and evaluated. */
export const tookPlace = (e: Pick<Event, 'state'>): boolean => e.state === 'held' || e.state === 'evaluated';

/** Met, missed, or still open (the period has not ended yet and is not met so far). */
export type Coverage = 'met' | 'missed' | 'open';

export interface PeriodCheck {
  period: string;
  from: string;
  to: string;
  held: string[];
  status: Coverage;
}

function cover(from: string, to: string, held: string[], need: number, today: string): Coverage {
  if (held.length >= need) return 'met';
  return today > to ? 'missed' : 'open';
}

/** 三.6.7: events held in each quarter of the year (at least per_quarter each; open while the quarter runs). */
export function quarterCoverage(events: readonly Event[], year: number, today: string, c: EventConf): PeriodCheck[] {
  return [1, 2, 3, 4].map((q) => {
    const [from, to] = quarterRange(year, q);
    const held = events.filter((e) => tookPlace(e) && e.date >= from && e.date <= to).map((e) => e.id);
    return { period: `Q${q}`, from, to, held, status: cover(from, to, held, c.per_quarter, today) };
  });
}

/** 三.6.10: an owners' forum held in each half-year (every six months; open while the half-year runs). */
export function forumCoverage(events: readonly Event[], year: number, today: string): PeriodCheck[] {
  return [1, 2].map((h) => {
    const [from, to] = halfRange(year, h);
    const held = events
      .filter((e) => e.type === 'owners-forum' && tookPlace(e) && e.date >= from && e.date <= to)
      .map((e) => e.id);
    return { period: `H${h}`, from, to, held, status: cover(from, to, held, 1, today) };
  });
}

/** The last day an event held on `heldOn` may be evaluated (calendar days, 三.6.8), and whether it is past. */
export function evaluationDue(heldOn: string, today: string, c: EventConf): { due: string; overdue: boolean } {
  const due = addDays(heldOn, c.evaluation_days);
  return { due, overdue: today > due };
}

/** Quarters of a plan without any planned item, and half-years without a planned forum: warnings when planning. */
export function planGaps(p: Pick<Plan, 'items'>): { quarters: number[]; halves: number[] } {
  const quarters = [1, 2, 3, 4].filter((q) => !p.items.some((i) => i.quarter === q));
  const halves = [1, 2].filter(
    (h) => !p.items.some((i) => i.type === 'owners-forum' && (h === 1 ? i.quarter <= 2 : i.quarter >= 3)),
  );
  return { quarters, halves };
}

export const planId = (year: number): string => `HD${year}`;
