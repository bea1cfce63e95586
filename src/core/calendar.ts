// The working-day calendar (records.md "Working days"): official holidays and
// 调休 make-up days from the chinese-days package, corrected or extended per
// year by <records>/calendar/<year>.yaml; a year nobody covers counts Mon–Fri
// with one warning. Example: received 2026-09-30, due in 2 working days → 2026-10-09.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { addDays, dayOfWeek } from './dates.js';

export interface YearOverride {
  year: number;
  holidays: string[];
  workdays: string[];
}

interface Builtin {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let builtin: { holidays: Set<string>; workdays: Set<string>; years: Set<number> } | undefined;

function loadBuiltin() {
  if (builtin) return builtin;
  const require = createRequire(import.meta.url);
  const file = require.resolve('chinese-days/dist/chinese-days.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as Builtin;
  const years = new Set<number>();
  for (const d of Object.keys(data.holidays)) years.add(Number(d.slice(0, 4)));
  builtin = { holidays: new Set(Object.keys(data.holidays)), workdays: new Set(Object.keys(data.workdays)), years };
  return builtin;
}

export class WorkCalendar {
  private readonly holidays = new Map<string, boolean>(); // date → is a working day
  private readonly years = new Set<number>();
  private readonly warned = new Set<number>();

  constructor(
    overrides: YearOverride[] = [],
    private readonly warn: (year: number) => void = () => {},
  ) {
    const b = loadBuiltin();
    for (const y of b.years) this.years.add(y);
    for (const d of b.holidays) this.holidays.set(d, false);
    for (const d of b.workdays) this.holidays.set(d, true);
    for (const o of overrides) {
      this.years.add(o.year);
      for (const d of o.holidays) this.holidays.set(d, false);
      for (const d of o.workdays) this.holidays.set(d, true);
    }
  }

  /** Whether the calendar knows this year's holidays (else Mon–Fri is assumed). */
  covers(year: number): boolean {
    return this.years.has(year);
  }

  isWorkday(date: string): boolean {
    const year = Number(date.slice(0, 4));
    if (!this.years.has(year) && !this.warned.has(year)) {
      this.warned.add(year);
      this.warn(year);
    }
    const set = this.holidays.get(date);
    if (set !== undefined) return set;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  }

  /** The N-th working day after `date` (the event's own day never counts). */
  addWorkdays(date: string, n: number): string {
    let d = date;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (this.isWorkday(d)) left--;
    }
    return d;
  }

  /** Working days strictly after `from` up to and including `to`. */
  workdaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkday(d)) n++;
    return n;
  }
}

/**
 * A deadline of N working days from an event: due by the end of the N-th
 * working day after the event's date; done on the due day is on time.
 */
export function workdayDeadline(cal: WorkCalendar, eventDate: string, n: number): string {
  return cal.addWorkdays(eventDate, n);
}

/** Overdue from 00:00 of the day after the due date. */
export function isOverdue(due: string, doneOrToday: string): boolean {
  return doneOrToday > due;
}
