// wuye expense report --month 2026-11 --xlsx bz.xlsx · --format table|csv · --json
// Manual 四.8: the month's claims by category and by claimant, with every invoice (spec 08-expense.md).
import { allCases } from '../../../core/case-engine.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { EXPENSE_CASES } from '../cases.js';
import { buildReport } from '../report.js';
import type { Claim } from '../rules.js';

export const parse = (l: Line) => ({
  month: l.period('month'),
  xlsx: l.text('xlsx'),
  format: l.choice<'table' | 'csv'>('format'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const names = new Map([...ctx.store.all<StaffRecord>('staff')].map((r) => [r.data.id, r.data.name]));
  const report = buildReport(allCases<Claim>(ctx.shown, EXPENSE_CASES), names, o.month ?? ctx.today().slice(0, 7), {
    center: ctx.config.center.name,
    generatedAt: ctx.now(),
    generatedBy: op ? `${op.id} ${op.name}` : undefined,
  });
  await emitReport(ctx, report, o);
}
