// wuye stock ledger --month 2026-11 --xlsx jxc.xlsx · --format table|csv · --json
// 进销存台账 (spec 16-stock.md "Commands"): by item, the month's opening, in, out and closing, quantities and values;
// in the workbook the closing columns are formulas (opening + in − out) with their values stored.
import type { StaffRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { allItems, allMoves, conf } from '../book.js';
import { buildLedger } from '../report.js';

export const parse = (l: Line) => ({
  month: l.period('month'),
  xlsx: l.text('xlsx'),
  format: l.choice<'table' | 'csv'>('format'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const names = new Map([...ctx.shown.all<StaffRecord>('staff')].map((r) => [r.data.id, r.data.name]));
  const report = buildLedger(
    allItems(ctx.shown),
    allMoves(ctx.shown),
    o.month ?? ctx.today().slice(0, 7),
    conf(ctx).valuation,
    {
      center: ctx.config.center.name,
      generatedAt: ctx.now(),
      generatedBy: op ? `${op.id} ${op.name}` : undefined,
    },
    names,
  );
  await emitReport(ctx, report, { ...o, csvSheet: 0 });
}
