// wuye renovation report --xlsx renovation.xlsx · --format table|csv · --json
// Cases by state and age, review/decision timeliness, inspections done vs required,
// violations by kind, deposits held and refunded (spec 03-renovation.md "Reports").
import { allCases } from '../../../core/case-engine.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { conf, RENOVATION_CASES } from '../cases.js';
import { buildReport } from '../report.js';
import type { Case } from '../rules.js';

export function parse(l: Line) {
  const format = l.choice<'xlsx' | 'table' | 'csv'>('format');
  // --format xlsx without a file prints the tables, as it always has; the file is named by --xlsx
  return { xlsx: l.text('xlsx'), format: format === 'xlsx' ? undefined : format };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const report = buildReport(allCases<Case>(ctx.shown, RENOVATION_CASES), ctx.calendar, conf(ctx), ctx.today(), {
    center: ctx.config.center.name,
    generatedAt: ctx.now(),
    generatedBy: op ? `${op.id} ${op.name}` : undefined,
  });
  await emitReport(ctx, report, o);
}
