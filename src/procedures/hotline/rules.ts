// The 24-hour hotline's rules as pure functions (manual 三.6.6: a 24-hour phone for repairs, help and
// complaints, with records): the hours the desk is staffed (wuye.yaml hotline.staffed_hours, default
// 08:00-18:00) and the staffed hours of a day with no entry, merged into ranges — up to the present hour
// when the day is today. e.g. gaps(['08:10', '11:30'], [[8, 18]]) → [{from:'09:00', to:'11:00'}, {from:'12:00', to:'18:00'}]
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';
import type { ConfigRecord } from '../../core/types.gen.js';

export interface HotlineConf {
  staffed_hours: string[];
}

export const cfg = (c: ConfigRecord['hotline'] | undefined): HotlineConf => ({
  staffed_hours: c?.staffed_hours ?? [...CONFIG_DEFAULTS.hotline.staffed_hours],
});

/** "08:00-18:00" → [8, 18] (hours from, to; whole hours). */
export const spanOf = (s: string): [number, number] => [Number(s.slice(0, 2)), Number(s.slice(6, 8))];

/** The staffed hours (0–23) of a day, each the hour starting at it. */
export function staffedHours(conf: HotlineConf): number[] {
  const hs = new Set<number>();
  for (const s of conf.staffed_hours) {
    const [a, b] = spanOf(s);
    for (let h = a; h < b; h++) hs.add(h);
  }
  return [...hs].sort((x, y) => x - y);
}

export interface Gap {
  from: string;
  to: string;
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * The staffed hours with no entry, merged into ranges. `times` are the entries' local times (HH:MM…);
 * `until` (the hour now, on the day itself) leaves out the hours not yet over.
 */
export function gaps(times: readonly string[], conf: HotlineConf, until = 24): Gap[] {
  const seen = new Set(times.map((t) => Number(t.slice(0, 2))));
  const out: Gap[] = [];
  for (const h of staffedHours(conf)) {
    if (h + 1 > until || seen.has(h)) continue;
    const last = out.at(-1);
    if (last && last.to === hh(h)) last.to = hh(h + 1);
    else out.push({ from: hh(h), to: hh(h + 1) });
  }
  return out;
}

export const gapsText = (gs: readonly Gap[], sep = '、') => gs.map((g) => `${g.from}–${g.to}`).join(sep);
