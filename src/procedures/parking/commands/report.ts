// wuye parking report --month 2026-11 --xlsx tc.xlsx · --format table|csv · --json
// Manual 四.10: the car park's month — pass fees, temporary parking by method, each shift with its
// difference, the invoice books (spec 09-parking.md).
import type { StaffRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { buildReport } from '../report.js';
import type { Pass, Shift } from '../rules.js';
import { allBooks } from '../shifts.js';

export const parse = (l: Line) => ({
  month: l.period('month'),
  xlsx: l.text('xlsx'),
  format: l.choice<'table' | 'csv'>('format'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const names = new Map([...ctx.store.all<StaffRecord>('staff')].map((r) => [r.data.id, r.data.name]));
  const report = buildReport(
    {
      shifts: [...ctx.shown.all<Shift>('parking-shift')].map((r) => r.data),
      passes: [...ctx.shown.all<Pass>('parking-pass')].map((r) => r.data),
      books: allBooks(ctx.shown),
    },
    names,
    o.month ?? ctx.today().slice(0, 7),
    { center: ctx.config.center.name, generatedAt: ctx.now(), generatedBy: op ? `${op.id} ${op.name}` : undefined },
  );
  await emitReport(ctx, report, o);
}
