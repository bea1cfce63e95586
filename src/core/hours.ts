// Permitted hours of a day (manual 四.3 renovation work, 四.4 moving): `wuye.yaml` gives ranges for working days
// and days off ("08:00-12:00"); the calendar says which a day is. Renovation asks whether an instant falls inside
// them, moving whether a booked slot does.
// e.g. slotWithin(['08:00-12:00', '14:00-18:00'], '09:00', '11:30') → true
import type { WorkCalendar } from './calendar.js';

export interface DayHours {
  weekdays: string[];
  weekends: string[];
}

export const minutesOf = (hm: string): number => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));

/** The ranges that apply on a day: working-day hours or days-off hours. */
export const rangesOn = (hours: DayHours, cal: WorkCalendar, day: string): string[] =>
  cal.isWorkday(day) ? hours.weekdays : hours.weekends;

/** Is a wall-clock minute HH:MM inside one of the ranges (start inclusive, end exclusive)? */
export function timeWithin(ranges: readonly string[], hm: string): boolean {
  const m = minutesOf(hm);
  return ranges.some((r) => {
    const [a, b] = r.split('-');
    return m >= minutesOf(a) && m < minutesOf(b);
  });
}

/** Does a slot from–to lie wholly inside one range? */
export function slotWithin(ranges: readonly string[], from: string, to: string): boolean {
  return ranges.some((r) => {
    const [a, b] = r.split('-');
    return minutesOf(from) >= minutesOf(a) && minutesOf(to) <= minutesOf(b) && minutesOf(from) < minutesOf(to);
  });
}
