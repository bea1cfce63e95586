// "Today" and "now" in the center's time zone read from the zoneinfo file must agree with Intl
// (the slow, always-right way) at every instant, in zones with and without daylight saving.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nowIso, today } from '../../src/core/dates.js';
import { zoneOffsetSeconds } from '../../src/core/tzfile.js';

const clock = (iso: string) => ({ now: () => new Date(iso) });

/** The Intl reading of an instant: local date, time and offset, as dates.ts printed it before. */
function intl(ms: number, timeZone: string): string {
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
  for (const x of f.formatToParts(new Date(ms))) p[x.type] = x.value;
  const off = Math.round(
    (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - Math.floor(ms / 1000) * 1000) / 60000,
  );
  const a = Math.abs(off);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${off < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

describe.skipIf(!existsSync('/usr/share/zoneinfo/Asia/Shanghai'))('time zone offsets from the zoneinfo file', () => {
  it('reads Shanghai as +08:00 now and +09:00 in the summer of 1988 (China had daylight saving 1986–1991)', () => {
    expect(zoneOffsetSeconds('Asia/Shanghai', Date.parse('2026-11-28T01:30:00Z'))).toBe(8 * 3600);
    expect(zoneOffsetSeconds('Asia/Shanghai', Date.parse('1988-07-01T00:00:00Z'))).toBe(9 * 3600);
    expect(zoneOffsetSeconds('Asia/Kathmandu', Date.parse('2026-01-01T00:00:00Z'))).toBe(5 * 3600 + 45 * 60);
    expect(zoneOffsetSeconds('UTC', Date.parse('2026-01-01T00:00:00Z'))).toBe(0);
  });

  it('leaves to Intl what the file cannot settle alone: daylight-saving rules, unknown or unsafe names', () => {
    expect(zoneOffsetSeconds('America/New_York', Date.parse('2040-07-01T00:00:00Z'))).toBeUndefined();
    expect(zoneOffsetSeconds('Nowhere/Special', 0)).toBeUndefined();
    expect(zoneOffsetSeconds('../../etc/passwd', 0)).toBeUndefined();
  });

  it('gives the same date, time and offset as Intl from 1985 to 2040, every zone', () => {
    const zones = [
      'Asia/Shanghai',
      'Asia/Urumqi',
      'Asia/Hong_Kong',
      'Asia/Taipei',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'UTC',
      'Etc/GMT+8',
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
    ];
    const from = Date.parse('1985-01-01T00:00:00Z');
    const step = 7 * 86_400_000 + 3_600_000 + 17_000; // a week and an hour and a bit: every hour of the day comes round
    for (const tz of zones) {
      for (let ms = from; ms < Date.parse('2040-01-01T00:00:00Z'); ms += step) {
        const iso = new Date(ms).toISOString();
        expect(nowIso(clock(iso), tz), `${tz} ${iso}`).toBe(intl(ms, tz));
      }
    }
    expect(today(clock('2026-11-27T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-28');
    expect(today(clock('2026-11-27T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-27');
  });

  it('an unknown zone is still refused (by Intl), not read as UTC', () => {
    expect(() => today(clock('2026-11-28T01:30:00Z'), 'Nowhere/Special')).toThrow(RangeError);
  });
});
