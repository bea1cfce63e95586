// What other procedures (the planned `wuye standards`, notices of events) read from community events: the
// service standards the event records measure (spec standards.md 6.7 one event a quarter, 6.8 evaluated
// afterwards, 6.10 an owners' forum every six months) as plain rows — "no data" when the year has no events,
// never "met" — and an event's facts for a notice.
// e.g. eventStandards(ctx.store, 2026, ctx.today(), ctx.config) → rows 6.7, 6.8, 6.10
import { allCases, pendingDeadline } from '../../core/case-engine.js';
import { WorkCalendar } from '../../core/calendar.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { Store } from '../../core/store.js';
import { EVENT_CASES } from './cases.js';
import { cfg, EVENT, forumCoverage, quarterCoverage, tookPlace, type Event, type EventConf } from './rules.js';
import type { StandardRow } from '../../kit/standards.js';

export type { StandardRow };

/** The events of a year (by their date). */
export const eventsOfYear = (store: Store, year: number): Event[] =>
  allCases<Event>(store, EVENT_CASES).filter((e) => e.date.startsWith(String(year)));

/** Standards 6.7, 6.8 and 6.10 for a year, measured on `today` (periods still running count only once met). */
export function eventStandards(
  store: Store,
  year: number,
  today: string,
  config: { events?: Partial<EventConf> },
): StandardRow[] {
  const c = cfg(config.events);
  const events = eventsOfYear(store, year);
  const none = events.length === 0;
  const quarters = quarterCoverage(events, year, today, c).filter((q) => q.status !== 'open');
  const missedQ = quarters.filter((q) => q.status === 'missed');
  const took = events.filter(tookPlace);
  // evaluation is a calendar-day deadline: the working-day calendar is not consulted
  const overdue = took.filter((e) => pendingDeadline(EVENT, e, new WorkCalendar(), today, c)?.overdue);
  const halves = forumCoverage(events, year, today).filter((h) => h.status !== 'open');
  const missedH = halves.filter((h) => h.status === 'missed');
  return [
    {
      clause: '6.7',
      requirement: msg(
        `住宅项目每季度至少组织 ${c.per_quarter} 次小区文化活动`,
        `at least ${c.per_quarter} community event(s) per quarter`,
      ),
      measured: c.residential ? `${quarters.length - missedQ.length}/${quarters.length}` : '—',
      status: !c.residential || none || !quarters.length ? 'no-data' : missedQ.length ? 'not-met' : 'met',
      evidence: missedQ.length ? missedQ.map((q) => `${year}-${q.period}`) : quarters.flatMap((q) => q.held),
    },
    {
      clause: '6.8',
      requirement: msg(
        `活动结束后 ${c.evaluation_days} 天内进行评定`,
        `events evaluated within ${c.evaluation_days} days`,
      ),
      measured: `${took.length - overdue.length}/${took.length}`,
      status: took.length === 0 ? 'no-data' : overdue.length ? 'not-met' : 'met',
      evidence: overdue.map((e) => e.id),
    },
    {
      clause: '6.10',
      requirement: msg(
        `至少每 ${c.forum_months} 个月召开一次业主恳谈会`,
        `an owners' forum at least every ${c.forum_months} months`,
      ),
      measured: `${halves.length - missedH.length}/${halves.length}`,
      status: none || !halves.length ? 'no-data' : missedH.length ? 'not-met' : 'met',
      evidence: missedH.length ? missedH.map((h) => `${year}-${h.period}`) : halves.flatMap((h) => h.held),
    },
  ];
}

/** An event's facts for a notice announcing it (notice template `event`). */
export function eventFacts(
  store: Store,
  id: string,
): { id: string; title: string; date: string; time: string; venue: string; description: string } {
  const e = store.read<Event>('event', id).data;
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    time: e.time ?? '',
    venue: e.venue,
    description: e.description ?? '',
  };
}
