// A day of the desk log (manual 三.6.6): the day's entries read by their ids alone (RX20261128-…), in the
// order they came in, and the staffed hours without an entry — for `hotline list --date` and the printed
// 24小时值班电话记录表. e.g. readDay(ctx, '2026-11-28') → { entries, gaps }
import type { Ctx } from '../../kit/context.js';
import { idOfPath } from '../../core/kinds.js';
import { callPrefix, dayRels, type Call } from './api.js';
import { cfg, gaps, type Gap } from './rules.js';

export interface Day {
  date: string;
  entries: Call[];
  gaps: Gap[];
}

export function readDay(ctx: Ctx, date: string): Day {
  const entries = dayRels(ctx.shown, callPrefix(ctx), date)
    .map((rel) => ctx.shown.readRel<Call>(rel, 'hotline', idOfPath(rel)).data)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
  const now = ctx.now();
  const until = date === ctx.today() ? Number(now.slice(11, 13)) : date > ctx.today() ? 0 : 24;
  return {
    date,
    entries,
    gaps: gaps(
      entries.map((e) => e.at.slice(11, 16)),
      cfg(ctx.config.hotline),
      until,
    ),
  };
}
