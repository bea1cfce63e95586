import { describe, expect, it } from 'vitest';
import { WorkCalendar, workdayDeadline, isOverdue } from '../../src/core/calendar.js';

describe('working days (records.md "Working days")', () => {
  const cal = new WorkCalendar();
  it('the spec example: received Wed 2026-09-30, 2 working days across National Day → Fri 2026-10-09', () => {
    expect(workdayDeadline(cal, '2026-09-30', 2)).toBe('2026-10-09');
  });
  it('make-up working days count: Saturday 2026-10-10 is a working day', () => {
    expect(cal.isWorkday('2026-10-10')).toBe(true);
    expect(workdayDeadline(cal, '2026-10-09', 1)).toBe('2026-10-10');
  });
  it('the event day never counts, even when it is a working day', () => {
    expect(workdayDeadline(cal, '2026-11-23', 2)).toBe('2026-11-25'); // Mon → Wed
    expect(workdayDeadline(cal, '2026-11-28', 1)).toBe('2026-11-30'); // Sat → Mon
  });
  it('Spring Festival 2026: 02-15..02-23 off, Saturday 02-14 and 02-28 make-up days', () => {
    expect(cal.isWorkday('2026-02-14')).toBe(true);
    expect(cal.isWorkday('2026-02-16')).toBe(false);
    expect(workdayDeadline(cal, '2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.isWorkday('2026-02-28')).toBe(true);
  });
  it('a step on the due day is on time; overdue from the next day', () => {
    expect(isOverdue('2026-10-09', '2026-10-09')).toBe(false);
    expect(isOverdue('2026-10-09', '2026-10-10')).toBe(true);
  });
  it('a year nobody covers counts Monday–Friday and warns once', () => {
    const warned: number[] = [];
    const c = new WorkCalendar([], (y) => warned.push(y));
    expect(c.covers(2027)).toBe(false);
    expect(workdayDeadline(c, '2027-01-01', 1)).toBe('2027-01-04'); // Fri → Mon
    c.isWorkday('2027-05-01');
    expect(warned).toEqual([2027]);
  });
  it('calendar/<year>.yaml overrides extend and correct', () => {
    const c = new WorkCalendar([{ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'] }]);
    expect(c.covers(2027)).toBe(true);
    expect(c.isWorkday('2027-01-01')).toBe(false);
    expect(c.isWorkday('2027-01-02')).toBe(true); // a Saturday made a working day
    expect(workdayDeadline(c, '2026-12-31', 1)).toBe('2027-01-02');
  });
});
