// The complaint rules with the manual's numbers (三.3.6: feedback within 2 working days of receipt; 三.4.3: a
// major complaint reported within 1 working day; 三.3.7–3.9): across National Day and Spring Festival with
// their make-up working days (chinese-days to 2026, calendar/<year>.yaml after), the clocks on the machine
// (due on the day, overdue from the next), what stands in the way of closing, and the statistics.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../src/core/calendar.js';
import { makeCalendar } from '../../../src/core/root.js';
import {
  byCategory,
  cfg,
  clocks,
  closeBlockers,
  feedbackDue,
  figures,
  previousPeriod,
  reportDue,
  timedOf,
  trendMonths,
  type Complaint,
} from '../../../src/procedures/complaint/rules.js';
import { PROJECT } from '../../helpers/cli.js';

const cal = new WorkCalendar();
const conf = cfg(undefined);
const T = (day: string, hm = '15:00') => `${day}T${hm}:00+08:00`;

function received(at: string, o: Partial<Complaint> = {}): Complaint {
  return {
    kind: 'complaint',
    id: 'TS2026-0001',
    hotline: 'RX20260930-001',
    received_at: at,
    channel: 'phone',
    category: 'noise',
    description: '夜间噪音',
    valid: true,
    severity: 'normal',
    first_responder: 'S003',
    owner: 'S003',
    state: 'received',
    log: [{ at, by: 'S003', action: 'open', state: 'received' }],
    ...o,
  };
}
const withLog = (c: Complaint, ...entries: Complaint['log']) => ({ ...c, log: [...c.log, ...entries] });

describe('the configuration', () => {
  it("has the manual's numbers by default and a center's own when it sets them", () => {
    expect(conf).toMatchObject({ feedback_workdays: 2, major_report_workdays: 1 });
    expect(cfg({ feedback_workdays: 1 }).feedback_workdays).toBe(1);
  });
});

describe('feedback within 2 working days of receipt (三.3.6)', () => {
  it('across National Day 2026: Wed 09-30 → Fri 10-09 (10-01…10-07 off; the day of receipt never counts)', () => {
    expect(feedbackDue(cal, T('2026-09-30'), conf)).toBe('2026-10-09');
    expect(feedbackDue(cal, T('2026-09-30', '08:00'), conf)).toBe('2026-10-09');
    expect(feedbackDue(cal, T('2026-10-03'), conf)).toBe('2026-10-09'); // received on a holiday
  });
  it('the make-up Saturday 2026-10-10 counts: Thu 10-08 → Sat 10-10; Fri 10-09 → Mon 10-12', () => {
    expect(feedbackDue(cal, T('2026-10-08'), conf)).toBe('2026-10-10');
    expect(feedbackDue(cal, T('2026-10-09'), conf)).toBe('2026-10-12');
  });
  it('across Spring Festival 2026 (02-15…02-23 off; Sat 02-14 and Sat 02-28 worked): Fri 02-13 → Tue 02-24', () => {
    expect(feedbackDue(cal, T('2026-02-13'), conf)).toBe('2026-02-24'); // 02-14 (make-up) then 02-24
    expect(feedbackDue(cal, T('2026-02-14'), conf)).toBe('2026-02-25'); // received on the make-up day
    expect(feedbackDue(cal, T('2026-02-12'), conf)).toBe('2026-02-14'); // Fri 02-13, Sat 02-14
    expect(feedbackDue(cal, T('2026-02-27'), conf)).toBe('2026-03-02'); // Sat 02-28 worked, Mon 03-02
  });
  it('Spring Festival 2027 from the records calendar (calendar/2027.yaml: 02-05…02-13 off, Sun 02-14 worked)', () => {
    const warned: number[] = [];
    const c27 = makeCalendar(join(PROJECT, 'records'), (y) => warned.push(y));
    expect(feedbackDue(c27, T('2027-02-04'), conf)).toBe('2027-02-15');
    expect(reportDue(c27, T('2027-02-04'), conf)).toBe('2027-02-14');
    expect(warned).toEqual([]);
    // without the year's file the calendar counts Monday–Friday and warns once
    const bare = new WorkCalendar([], (y) => warned.push(y));
    expect(feedbackDue(bare, T('2027-02-04'), conf)).toBe('2027-02-08');
    expect(warned).toEqual([2027]);
  });
});

describe('a major complaint reported upward within 1 working day (三.4.3)', () => {
  it('Wed 2026-09-30 → Thu 10-08; Fri 2026-02-13 → the make-up Sat 02-14; Fri 10-09 → the make-up Sat 10-10', () => {
    expect(reportDue(cal, T('2026-09-30'), conf)).toBe('2026-10-08');
    expect(reportDue(cal, T('2026-02-13'), conf)).toBe('2026-02-14');
    expect(reportDue(cal, T('2026-10-09'), conf)).toBe('2026-10-10');
    expect(reportDue(cal, T('2026-11-27'), conf)).toBe('2026-11-30'); // Fri → Mon
  });
});

describe('the clocks on the machine', () => {
  const c = received(T('2026-09-30'));
  it('feedback runs from receipt: due 10-09, still on time that day, overdue from 10-10', () => {
    expect(clocks(c, cal, conf, '2026-10-09')).toEqual([
      expect.objectContaining({ deadline: 'feedback', due: '2026-10-09', overdue: false }),
    ]);
    expect(clocks(c, cal, conf, '2026-10-10')[0]).toMatchObject({ overdue: true });
  });
  it('a major complaint runs both clocks; each stops when met', () => {
    const m = received(T('2026-09-30'), { severity: 'major' });
    expect(clocks(m, cal, conf, '2026-10-08').map((d) => [d.deadline, d.due, d.overdue])).toEqual([
      ['feedback', '2026-10-09', false],
      ['report', '2026-10-08', false],
    ]);
    const reported = withLog(m, { at: T('2026-10-08', '10:00'), by: 'S002', action: 'escalate' });
    expect(clocks(reported, cal, conf, '2026-10-12').map((d) => d.deadline)).toEqual(['feedback']);
    const answered = withLog(reported, { at: T('2026-10-09', '10:00'), by: 'S003', action: 'feedback' });
    expect(clocks(answered, cal, conf, '2026-10-12')).toEqual([]);
  });
  it('timeliness: feedback on the due day is on time, the day after is late; the late report counts as late', () => {
    const onDay = withLog(c, { at: T('2026-10-09', '23:50'), by: 'S003', action: 'feedback' });
    expect(timedOf(onDay, cal, conf, '2026-11-01')).toEqual([
      expect.objectContaining({ deadline: 'feedback', due: '2026-10-09', done: '2026-10-09', onTime: true }),
    ]);
    const late = withLog(c, { at: T('2026-10-10', '08:00'), by: 'S003', action: 'feedback' });
    expect(timedOf(late, cal, conf, '2026-11-01')[0]).toMatchObject({ onTime: false });
    const major = withLog(received(T('2026-09-30'), { severity: 'major' }), {
      at: T('2026-10-09', '09:00'),
      by: 'S002',
      action: 'escalate',
    });
    expect(timedOf(major, cal, conf, '2026-11-01').find((t) => t.deadline === 'report')).toMatchObject({
      due: '2026-10-08',
      onTime: false,
    });
    // a normal complaint has no report clock at all
    expect(timedOf(c, cal, conf, '2026-10-05').map((t) => t.deadline)).toEqual(['feedback']);
  });
});

describe('closing (三.3.7–3.8, 三.4.3)', () => {
  const r = (o: Partial<Complaint>) => received(T('2026-11-02'), { state: 'resolved', ...o });
  const fb = [{ at: T('2026-11-03'), by: 'S003', how: 'phone' as const, what: '已安排处理' }];
  const res = [{ at: T('2026-11-04'), by: 'S007', text: '已处理' }];
  const codes = (c: Complaint) => closeBlockers(c).map((b) => b.what.en);
  it('a valid complaint needs a return visit after its resolution; an invalid one does not', () => {
    expect(codes(r({ feedback: fb, resolutions: res }))).toEqual([
      'a valid complaint is closed only after a return visit',
    ]);
    expect(codes(r({ feedback: fb, resolutions: res, valid: false, invalid_reason: '不属职责' }))).toEqual([]);
    const visit = { at: T('2026-11-05'), by: 'S003', satisfied: true };
    expect(codes(r({ feedback: fb, resolutions: res, callbacks: [visit] }))).toEqual([]);
    // handled again after an unsatisfied visit: the earlier visit no longer counts
    const again = [...res, { at: T('2026-11-06'), by: 'S008', text: '重新处理' }];
    expect(codes(r({ feedback: fb, resolutions: again, callbacks: [visit] }))).toHaveLength(1);
  });
  it('no resolution, no feedback, a major one never reported: each named', () => {
    expect(codes(received(T('2026-11-02'), { severity: 'major' }))).toEqual([
      'it has no resolution',
      'the complainant has had no feedback',
      'the major complaint was never reported upward',
    ]);
  });
});

describe('statistics (三.3.8–3.9)', () => {
  const closed = (day: string, o: Partial<Complaint> = {}): Complaint => {
    const at = T(day, '09:00');
    return received(at, {
      state: 'closed',
      feedback: [{ at: T(day, '10:00'), by: 'S003', how: 'phone', what: '已处理' }],
      callbacks: [{ at: T(day, '16:00'), by: 'S003', satisfied: true }],
      log: [
        { at, by: 'S003', action: 'open', state: 'received' },
        { at: T(day, '10:00'), by: 'S003', action: 'feedback' },
      ],
      ...o,
    });
  };
  const cases = [
    closed('2026-11-02'),
    closed('2026-11-03', { category: 'parking' }),
    received(T('2026-11-04'), { category: 'parking' }), // open; feedback due 11-06, overdue by 11-28
    received(T('2026-11-05'), { valid: false, invalid_reason: '市政停水', state: 'received' }),
    closed('2026-10-20'), // previous month
  ];
  it('valid-complaint handling rate = valid closed ÷ valid received; feedback timeliness of the clocks run out', () => {
    const f = figures(cases, { from: '2026-11-01', to: '2026-11-30' }, cal, conf, '2026-11-28');
    expect(f).toMatchObject({ received: 4, valid: 3, invalid: 1, validClosed: 2, feedbackOnTime: 2, feedbackLate: 2 });
    expect(f.handlingRate).toBeCloseTo(2 / 3);
    expect(f.feedbackRate).toBe(0.5);
    expect(f.satisfaction).toBe(1);
    // a period with none: no rate at all (not 100%)
    expect(
      figures(cases, { from: '2026-01-01', to: '2026-01-31' }, cal, conf, '2026-11-28').handlingRate,
    ).toBeUndefined();
  });
  it('by category against the previous period', () => {
    const rows = byCategory(cases, { from: '2026-11-01', to: '2026-11-30' }, cal, conf, '2026-11-28');
    expect(rows.find((r) => r.category === 'noise')).toMatchObject({ received: 2, previous: 1 });
    expect(rows.find((r) => r.category === 'parking')).toMatchObject({ received: 2, previous: 0, validClosed: 1 });
    expect(rows).toHaveLength(12);
  });
  it('the previous period: whole months → as many months before; otherwise as many days before', () => {
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-28' })).toEqual({ from: '2026-10-04', to: '2026-10-31' });
    expect(trendMonths({ from: '2026-11-01', to: '2026-11-30' })).toHaveLength(12);
    expect(trendMonths({ from: '2026-11-01', to: '2026-11-30' })[0]).toBe('2025-12');
  });
});
