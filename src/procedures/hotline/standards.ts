// The service standard the desk log measures (manual 三.6.6; spec standards.md 6.6): a 24-hour phone with
// records — every day of the period up to today, from the log's first entry on, has entries; the days without
// any are the evidence. Read by `wuye standards`.
// e.g. hotlineStandards(ctx, { from: '2026-11-01', to: '2026-11-30', today, now })
import { addDays, dateOf } from '../../core/dates.js';
import { msg } from '../../core/i18n.js';
import type { Ctx } from '../../kit/context.js';
import {
  ratioText,
  statusOf,
  type StandardPeriod,
  type StandardRow,
  type StandardSource,
} from '../../kit/standards.js';
import type { Call } from './api.js';

export function hotlineStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const last = p.to < p.today ? p.to : p.today;
  const seen = new Set<string>();
  let first: string | undefined;
  for (const r of ctx.shown.all<Call>('hotline')) {
    const d = dateOf(r.data.at);
    if (!first || d < first) first = d;
    if (d >= p.from && d <= last) seen.add(d);
  }
  // the log is measured from its first entry: days before wuye kept it are not days without records
  const start = first && first > p.from ? first : p.from;
  const days: string[] = [];
  // today still runs: it counts once it has an entry
  for (let d = start; d <= last; d = addDays(d, 1)) if (d < p.today || seen.has(d)) days.push(d);
  const missing = days.filter((d) => !seen.has(d));
  return [
    {
      clause: '6.6',
      requirement: msg('24 小时值班电话，每天有记录', 'a 24-hour phone, with records every day'),
      measured: ratioText(days.length - missing.length, days.length),
      status: seen.size === 0 ? 'no-data' : statusOf(days.length, missing.length),
      evidence: missing,
    },
  ];
}

export const sources: readonly StandardSource[] = [{ clauses: ['6.6'], measure: hotlineStandards }];
