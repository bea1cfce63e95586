// A time zone's offset read from the system's zoneinfo file (RFC 8536 TZif), for
// "today" on every command that needs it: the first Intl.DateTimeFormat of a process
// costs ~10 ms (ICU's locale and calendar data), reading /usr/share/zoneinfo/Asia/Shanghai ~0.1 ms.
// Only what a file settles alone is answered (transitions, and after the last one a zone
// without daylight saving); anything else — no file, daylight-saving rules — is undefined
// and the caller asks Intl. e.g. zoneOffsetSeconds('Asia/Shanghai', Date.now()) → 28800
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ZONEINFO = '/usr/share/zoneinfo';
const NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

interface Zone {
  times: number[];
  offsets: number[];
  first: number;
  after?: number;
}

const zones = new Map<string, Zone | null>();

/** The offset from UTC in seconds of `timeZone` at `ms` (Unix milliseconds), or undefined when the file cannot tell. */
export function zoneOffsetSeconds(timeZone: string, ms: number): number | undefined {
  let z = zones.get(timeZone);
  if (z === undefined) zones.set(timeZone, (z = NAME.test(timeZone) ? load(timeZone) : null));
  if (!z) return undefined;
  const t = Math.floor(ms / 1000);
  if (z.times.length === 0 || t < z.times[0]) return z.times.length === 0 ? z.after : z.first;
  if (t >= z.times[z.times.length - 1]) return z.after;
  let lo = 0,
    hi = z.times.length - 1; // times[lo] <= t < times[hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (z.times[mid] <= t) lo = mid;
    else hi = mid;
  }
  return z.offsets[lo];
}

function load(name: string): Zone | null {
  let b: Buffer;
  try {
    b = readFileSync(join(ZONEINFO, name));
  } catch {
    return null;
  }
  try {
    return parse(b);
  } catch {
    return null;
  }
}

/** TZif version 2+ (64-bit data block and the POSIX TZ footer); version 1 files are left to Intl. */
function parse(b: Buffer): Zone | null {
  if (b.toString('latin1', 0, 4) !== 'TZif' || b[4] < 0x32) return null;
  const counts = (at: number) => [0, 1, 2, 3, 4, 5].map((i) => b.readUInt32BE(at + 20 + 4 * i));
  const [isut1, isstd1, leap1, time1, type1, char1] = counts(0);
  const v2 = 44 + time1 * 5 + type1 * 6 + char1 + leap1 * 8 + isstd1 + isut1;
  if (b.toString('latin1', v2, v2 + 4) !== 'TZif') return null;
  const [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(v2);
  if (leap !== 0 || typecnt === 0) return null; // "right/" zones count leap seconds: not ours
  let p = v2 + 44;
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++) times.push(Number(b.readBigInt64BE(p + 8 * i)));
  p += timecnt * 8;
  const idx = [...b.subarray(p, p + timecnt)];
  p += timecnt;
  const types: { off: number; dst: boolean }[] = [];
  for (let i = 0; i < typecnt; i++) types.push({ off: b.readInt32BE(p + 6 * i), dst: b[p + 6 * i + 4] === 1 });
  p += typecnt * 6 + charcnt + isstd + isut;
  const footer = b.toString('latin1', p).split('\n')[1] ?? '';
  // RFC 8536 3.2: before the first transition, the first type (a zone's local mean time).
  return { times, offsets: idx.map((i) => types[i].off), first: types[0].off, after: fixedFooter(footer) };
}

/** The offset of a POSIX TZ string without daylight saving ("CST-8", "<+0545>-5:45"), else undefined. */
function fixedFooter(s: string): number | undefined {
  const m = /^(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>)([+-]?)(\d{1,3})(?::(\d{2}))?(?::(\d{2}))?$/.exec(s);
  if (!m) return undefined;
  const secs = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' || secs === 0 ? secs : -secs; // POSIX counts west of Greenwich as positive
}
