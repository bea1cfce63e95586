// Dates and times in the center's time zone (records.md "Values"): dates are
// YYYY-MM-DD, times ISO 8601 with offset. The clock is injected so tests can
// fix "now" (WUYE_NOW=2026-11-28T09:30:00+08:00), nothing reads Date.now() directly.
import { UsageError } from './errors.js';
import { msg } from './i18n.js';
import { zoneOffsetSeconds } from './tzfile.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The process clock: WUYE_NOW pins it (tests, reproducible demos). */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const fixed = env.WUYE_NOW;
  if (!fixed) return systemClock;
  const d = new Date(fixed);
  if (Number.isNaN(d.getTime()))
    throw new UsageError(msg(`WUYE_NOW 不是有效时间: ${fixed}`, `WUYE_NOW is not a valid time: ${fixed}`));
  return { now: () => new Date(d.getTime()) };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parse a date given on the command line; the option name goes into the message. */
export function parseDateInput(s: string, option: string): string {
  if (!isValidDate(s)) {
    throw new UsageError(
      msg(`${option} 的日期无效: "${s}"`, `invalid date for ${option}: "${s}"`),
      msg('日期格式为 YYYY-MM-DD，如 2026-11-28', 'dates are YYYY-MM-DD, e.g. 2026-11-28'),
    );
  }
  return s;
}

/** A billing period "2026-11". */
export function parsePeriod(s: string, option = '--period'): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) {
    throw new UsageError(
      msg(`${option} 的期间无效: "${s}"`, `invalid period for ${option}: "${s}"`),
      msg('期间格式为 YYYY-MM，月份 01–12，如 2026-11', 'periods are YYYY-MM with month 01–12, e.g. 2026-11'),
    );
  }
  return { year: Number(m[1]), month };
}

/** Date arithmetic on YYYY-MM-DD strings, in UTC so no time zone can shift a day. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function dayOfWeek(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** The parts of an instant as seen in a time zone (from the zoneinfo file when it settles the offset, else Intl). */
function zoned(instant: Date, timeZone: string) {
  const off = zoneOffsetSeconds(timeZone, instant.getTime());
  if (off !== undefined) {
    const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + off * 1000).toISOString();
    return { date: local.slice(0, 10), time: local.slice(11, 19), offsetMin: Math.round(off / 60) };
  }
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = part.value;
  const localAsUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  const offsetMin = Math.round((localAsUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}`, offsetMin };
}

/** Today's date in the center's time zone. */
export function today(clock: Clock, timeZone: string): string {
  return zoned(clock.now(), timeZone).date;
}

/** Now as ISO 8601 with the center's offset: 2026-11-28T09:30:00+08:00. */
export function nowIso(clock: Clock, timeZone: string): string {
  const z = zoned(clock.now(), timeZone);
  const sign = z.offsetMin < 0 ? '-' : '+';
  const a = Math.abs(z.offsetMin);
  return `${z.date}T${z.time}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The local date of an ISO time with offset (the date printed on it). */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}

/** An ISO time as a person reads it, in the center's time zone to the minute: 2026-11-09 10:05. */
export function localTime(iso: string, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const z = zoned(d, timeZone);
  return `${z.date} ${z.time.slice(0, 5)}`;
}
