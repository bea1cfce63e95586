// wuye renovation inspections [--missing] [--from 2026-11-01 --to 2026-11-27]
// Manual 四.3: engineering visits every renovating unit at least once per working day;
// --missing lists, day by day, the units in progress that had no inspection.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases } from '../../../core/case-engine.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { RENOVATION_CASES } from '../cases.js';
import { inspectionGaps, type Case } from '../rules.js';

export const parse = (l: Line) => ({
  missing: l.flagged('missing'),
  from: l.date('from') ?? '0000-01-01',
  to: l.date('to') ?? '9999-12-31',
});

/** By day, then by case in natural id order. */
const byDateAndCase = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : compareIds(a.id, b.id);

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { from, to } = o;
  const cases = allCases<Case>(ctx.shown, RENOVATION_CASES);
  if (o.missing) {
    const rows = cases
      .flatMap((c) =>
        inspectionGaps(c, ctx.calendar, ctx.today())
          .filter((d) => d >= from && d <= to)
          .map((d) => ({ date: d, id: c.id, unit: c.unit })),
      )
      .sort(byDateAndCase);
    if (ctx.globals.json) {
      ctx.out.json(rows);
      return;
    }
    ctx.out.table(rows, [
      { key: 'date', header: msg('日期', 'Date'), get: (r) => r.date },
      { key: 'id', header: msg('案卷', 'Case'), get: (r) => r.id },
      { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.unit },
    ]);
    if (!ctx.globals.quiet) ctx.out.err(t(msg(`缺巡 ${rows.length} 次`, `${rows.length} missed inspections`)));
    return;
  }
  const rows = cases
    .flatMap((c) =>
      (c.inspections ?? [])
        .filter((i) => i.date >= from && i.date <= to)
        .map((i) => ({ ...i, id: c.id, unit: c.unit })),
    )
    .sort(byDateAndCase);
  if (ctx.globals.json) {
    ctx.out.json(rows);
    return;
  }
  ctx.out.table(rows, [
    { key: 'date', header: msg('日期', 'Date'), get: (r) => r.date },
    { key: 'id', header: msg('案卷', 'Case'), get: (r) => r.id },
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.unit },
    { key: 'by', header: msg('巡查人', 'Inspector'), get: (r) => r.by },
    {
      key: 'ext',
      header: msg('灭火器', 'Extinguishers'),
      get: (r) => (r.extinguishers !== undefined ? `${r.extinguishers}/${r.required_extinguishers}` : ''),
    },
    { key: 'findings', header: msg('巡查情况', 'Findings'), get: (r) => r.findings },
  ]);
}
