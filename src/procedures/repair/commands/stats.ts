// wuye repair stats [--from 2026-11-01 --to 2026-11-30] [--xlsx bx.xlsx | --format csv | --json]
// Manual 三.7.6: minor and urgent repairs done in time 100%, rework at most 1%, return-visit satisfaction at least
// 95% (targets from wuye.yaml `repair`); 三.7.1 punctual arrivals. Default: this month to today.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { allCases } from '../../../core/case-engine.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { REPAIR_CASES, conf } from '../cases.js';
import { computeStats, statsReport } from '../report.js';
import type { Repair } from '../rules.js';

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
  const to = o.to ?? (o.from && o.from > today ? o.from : today);
  const from = o.from ?? `${to.slice(0, 7)}-01`;
  const stats = computeStats(allCases<Repair>(ctx.store, REPAIR_CASES), { from, to });
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const report = statsReport(
    stats,
    conf(ctx),
    { center: ctx.config.center.name, generatedAt: ctx.now(), generatedBy: op ? `${op.id} ${op.name}` : undefined },
    ctx.store,
  );
  await emitReport(ctx, report, { xlsx: o.xlsx, format: o.format });
}
