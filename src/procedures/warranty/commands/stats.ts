// wuye warranty stats [--from 2026-01-01 --to 2026-12-31] [--xlsx zb.xlsx | --format csv | --json]
// Spec 06: statistics by component and building, fed back to the developer (default this year to today).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { allCases } from '../../../core/case-engine.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { WARRANTY_CASES } from '../cases.js';
import { computeStats, statsReport } from '../report.js';
import type { Warranty } from '../rules.js';

export function parse(l: Line) {
  const o = {
    from: l.date('from'),
    to: l.date('to'),
    xlsx: l.text('xlsx'),
    format: l.choice<'table' | 'csv'>('format'),
  };
  if (o.from && o.to && o.to < o.from) throw new UsageError(msg('--to 早于 --from', '--to is before --from'));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const to = o.to ?? today;
  const from = o.from ?? `${to.slice(0, 4)}-01-01`;
  const stats = computeStats(allCases<Warranty>(ctx.shown, WARRANTY_CASES), { from, to }, today);
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const report = statsReport(stats, {
    center: ctx.config.center.name,
    developer: ctx.config.center.developer,
    generatedAt: ctx.now(),
    generatedBy: op ? `${op.id} ${op.name}` : undefined,
  });
  await emitReport(ctx, report, { xlsx: o.xlsx, format: o.format });
}
