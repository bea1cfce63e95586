// The event rules with the manual's numbers (三.6.7 one event every three months, 三.6.8 evaluated afterwards —
// within 14 calendar days, 三.6.10 an owners' forum every six months): quarter and half-year boundaries, periods
// still running, the evaluation deadline on the machine, plan gaps, parse alone, and the standards rows
// 6.7 / 6.8 / 6.10 measured on the demo estate.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pendingDeadline } from '../../../src/core/case-engine.js';
import { WorkCalendar } from '../../../src/core/calendar.js';
import { UsageError } from '../../../src/core/errors.js';
import { Store } from '../../../src/core/store.js';
import { Line } from '../../../src/kit/line.js';
import type { CommandSpec, Opts } from '../../../src/kit/spec.js';
import { eventStandards } from '../../../src/procedures/event/api.js';
import { parse as held } from '../../../src/procedures/event/commands/held.js';
import { parse as plan } from '../../../src/procedures/event/commands/plan.js';
import { event } from '../../../src/procedures/event/index.js';
import {
  cfg,
  EVENT,
  evaluationDue,
  forumCoverage,
  halfOf,
  planGaps,
  quarterCoverage,
  quarterOf,
  type Event,
} from '../../../src/procedures/event/rules.js';
import { PROJECT } from '../../helpers/cli.js';

const C = cfg(undefined);
let n = 0;
const ev = (date: string, state: Event['state'], type: Event['type'] = 'festival'): Event => ({
  kind: 'event',
  id: `HD${date.slice(0, 4)}-${String(++n).padStart(4, '0')}`,
  title: 't',
  type,
  date,
  venue: 'v',
  organiser: 'S001',
  state,
  log: [],
});

describe('quarters and half-years (三.6.7, 三.6.10)', () => {
  it('puts the boundary days in the right period', () => {
    expect(
      [
        '2026-01-01',
        '2026-03-31',
        '2026-04-01',
        '2026-06-30',
        '2026-07-01',
        '2026-09-30',
        '2026-10-01',
        '2026-12-31',
      ].map(quarterOf),
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(['2026-06-30', '2026-07-01'].map(halfOf)).toEqual([1, 2]);
  });

  it('counts only events held (or held and evaluated) in the quarter; a cancelled or merely planned one does not count', () => {
    const events = [
      ev('2026-03-31', 'evaluated'),
      ev('2026-04-01', 'cancelled'),
      ev('2026-06-30', 'announced'),
      ev('2026-07-01', 'held'),
      ev('2026-12-31', 'planned'),
    ];
    const q = quarterCoverage(events, 2026, '2027-01-05', C);
    expect(q.map((x) => [x.period, x.status, x.held.length])).toEqual([
      ['Q1', 'met', 1],
      ['Q2', 'missed', 0],
      ['Q3', 'met', 1],
      ['Q4', 'missed', 0],
    ]);
  });

  it('a quarter not met is open until its last day and missed from the next', () => {
    const events = [ev('2026-01-10', 'held')];
    expect(quarterCoverage(events, 2026, '2026-06-30', C)[1].status).toBe('open');
    expect(quarterCoverage(events, 2026, '2026-07-01', C)[1].status).toBe('missed');
    expect(quarterCoverage(events, 2026, '2026-07-01', { ...C, per_quarter: 2 })[0].status).toBe('missed');
  });

  it('an owners’ forum every six months: one held in each half-year, boundaries 06-30 / 07-01', () => {
    const events = [ev('2026-06-30', 'evaluated', 'owners-forum'), ev('2026-07-01', 'held', 'festival')];
    const h = forumCoverage(events, 2026, '2026-12-31');
    expect(h.map((x) => [x.period, x.status])).toEqual([
      ['H1', 'met'],
      ['H2', 'open'],
    ]);
    expect(forumCoverage(events, 2026, '2027-01-01')[1].status).toBe('missed');
    expect(forumCoverage([ev('2026-07-01', 'held', 'owners-forum')], 2026, '2027-01-01').map((x) => x.status)).toEqual([
      'missed',
      'met',
    ]);
  });
});

describe('evaluation within 14 calendar days (三.6.8)', () => {
  it('held on 11-08: due 11-22 (on time that day), overdue from 11-23 — holidays count', () => {
    expect(evaluationDue('2026-11-08', '2026-11-22', C)).toEqual({ due: '2026-11-22', overdue: false });
    expect(evaluationDue('2026-11-08', '2026-11-23', C).overdue).toBe(true);
    // held on 09-30, the National Day week counts: due 10-14
    expect(evaluationDue('2026-09-30', '2026-10-14', C)).toEqual({ due: '2026-10-14', overdue: false });
  });

  it('is a deadline on the machine, from the held entry, met by the evaluation', () => {
    const e = ev('2026-11-08', 'held');
    e.log = [
      { at: '2026-10-01T09:00:00+08:00', by: 'S001', action: 'open', state: 'planned' },
      { at: '2026-10-28T09:00:00+08:00', by: 'S001', action: 'announce', state: 'announced' },
      { at: '2026-11-08T18:00:00+08:00', by: 'S001', action: 'held', state: 'held' },
    ];
    const cal = new WorkCalendar();
    expect(pendingDeadline(EVENT, e, cal, '2026-11-22', C)).toMatchObject({ due: '2026-11-22', overdue: false });
    expect(pendingDeadline(EVENT, e, cal, '2026-11-23', C)?.overdue).toBe(true);
    expect(pendingDeadline(EVENT, { ...e, state: 'evaluated' }, cal, '2026-12-31', C)).toBeUndefined();
  });
});

describe('plan gaps', () => {
  it('warns of quarters with nothing planned and half-years without a forum', () => {
    const items = [
      { no: 1, quarter: 1, theme: 'a', type: 'owners-forum' as const, budget: '0.00' },
      { no: 2, quarter: 3, theme: 'b', type: 'festival' as const, budget: '0.00' },
    ];
    expect(planGaps({ items })).toEqual({ quarters: [2, 4], halves: [2] });
  });
});

describe('parse', () => {
  const spec = (name: string) => event.commands.find((c) => c.name === name) as CommandSpec;
  const line = (name: string, args: string[], opts: Opts) => new Line(spec(name), args, opts);
  it('plan: the month sets the quarter, and they must agree; an item needs its kind', () => {
    expect(plan(line('plan', [], { theme: '灯谜', type: 'festival', month: '2' })).item?.quarter).toBe(1);
    expect(() => plan(line('plan', [], { theme: '灯谜', type: 'festival', month: '4', quarter: '1' }))).toThrow(
      UsageError,
    );
    expect(() => plan(line('plan', [], { theme: '灯谜', quarter: '1' }))).toThrow(UsageError);
    expect(plan(line('plan', [], { year: '2027' })).item).toBeUndefined();
  });
  it('held: a count or units; never fewer people than units', () => {
    expect(() => held(line('held', ['HD2026-0001'], {}))).toThrow(UsageError);
    expect(() => held(line('held', ['HD2026-0001'], { count: '1', units: '1-1-0101,1-1-0102' }))).toThrow(UsageError);
    expect(held(line('held', ['HD2026-0001'], { units: '1-1-0101,1-1-0102' })).count).toBe(2);
  });
});

describe('standards 6.7, 6.8, 6.10 on the demo estate (2026-11-28)', () => {
  const store = new Store(join(PROJECT, 'records'));
  it('Q2 missed, the safety talk of 11-08 not evaluated, both forums held', () => {
    const rows = eventStandards(store, 2026, '2026-11-28', {});
    expect(rows.map((r) => [r.clause, r.status, r.measured, r.evidence])).toEqual([
      ['6.7', 'not-met', '3/4', ['2026-Q2']],
      ['6.8', 'not-met', '5/6', ['HD2026-0007']],
      ['6.10', 'met', '2/2', ['HD2026-0002', 'HD2026-0005']],
    ]);
  });
  it('no events in a year is "no data", never "met"', () => {
    expect(eventStandards(store, 2024, '2026-11-28', {}).map((r) => r.status)).toEqual([
      'no-data',
      'no-data',
      'no-data',
    ]);
  });
});
