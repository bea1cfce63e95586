// The service standards the community events measure (manual 三.6.7, 6.8, 6.10; spec standards.md) for
// `wuye standards`: the rows of eventStandards (api.ts) for each year the period touches — one year, the
// usual case, gives them as they are; a period over several years gives each year's rows, marked with it.
// e.g. eventSources[0].measure(ctx, { from: '2026-01-01', to: '2026-12-31', today, now })
import type { Ctx } from '../../kit/context.js';
import type { StandardPeriod, StandardRow, StandardSource } from '../../kit/standards.js';
import { eventStandards } from './api.js';

export function eventStandardsOf(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const first = Number(p.from.slice(0, 4));
  const last = Number((p.to < p.today ? p.to : p.today).slice(0, 4));
  const years = Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
  return years.flatMap((y) =>
    eventStandards(ctx.shown, y, p.today, ctx.config).map((r) =>
      years.length > 1 ? { ...r, measured: `${y}: ${r.measured}` } : r,
    ),
  );
}

export const sources: readonly StandardSource[] = [{ clauses: ['6.7', '6.8', '6.10'], measure: eventStandardsOf }];
