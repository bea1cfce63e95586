// wuye event report [--year 2026] [--xlsx events.xlsx] [--format table|csv] [--json]
// Manual 三.6.7, 三.6.8, 三.6.10: the year's events per quarter and forums per half-year, met or missed, the
// evaluations and what the events cost.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { msg } from '../../../core/i18n.js';
import { eventsOfYear, eventStandards } from '../api.js';
import { conf } from '../cases.js';
import { eventReport } from '../report.js';
import { planId, type Plan } from '../rules.js';

export const parse = (l: Line) => ({
  year: l.int('year', 2000, 2100),
  xlsx: l.text('xlsx'),
  format: l.choice<'table' | 'csv'>('format'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const year = o.year ?? Number(today.slice(0, 4));
  const c = conf(ctx);
  const standards = eventStandards(ctx.shown, year, today, { events: c });
  const plan = ctx.shown.tryRead<Plan>('event-plan', planId(year))?.data;
  const report = eventReport(eventsOfYear(ctx.shown, year), plan, year, today, c, standards, {
    center: ctx.config.center.name,
    generatedAt: ctx.now(),
    generatedBy: ctx.globals.as,
  });
  await emitReport(ctx, report, { xlsx: o.xlsx, format: o.format });
  if (!o.xlsx && !ctx.globals.json)
    for (const s of standards.filter((x) => x.status === 'not-met'))
      ctx.warn(
        msg(
          `${s.clause} 未达标: ${s.requirement.zh}（${s.evidence.join('、')}）`,
          `${s.clause} not met: ${s.requirement.en} (${s.evidence.join(', ')})`,
        ),
      );
}
