// wuye renovation inspections [--missing] [--from 2026-11-01 --to 2026-11-27]
// Manual 四.3: engineering visits every renovating unit at least once per working day;
// --missing lists, day by day, the units in progress that had no inspection.
import type { Ctx } from '../../../kit/context.js';
import { optDate } from '../../../kit/options.js';
import type { Opts } from '../../../kit/spec.js';
import { msg, t } from '../../../core/i18n.js';
import { allCases } from '../cases.js';
import { inspectionGaps } from '../rules.js';

export async function run(ctx: Ctx, _args: string[], opts: Opts): Promise<void> {
  const from = optDate(opts, 'from', '--from') ?? '0000-01-01';
  const to = optDate(opts, 'to', '--to') ?? '9999-12-31';
  const cases = allCases(ctx.store);
  if (opts.missing) {
    const rows = cases
      .flatMap((c) =>
        inspectionGaps(c, ctx.calendar, ctx.today())
          .filter((d) => d >= from && d <= to)
          .map((d) => ({ date: d, id: c.id, unit: c.unit })),
      )
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
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
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
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
