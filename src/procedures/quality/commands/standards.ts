// wuye standards [--year 2026 | --from 2026-01-01 --to 2026-06-30] [--xlsx f.xlsx | --pdf f.pdf | --format csv | --json]
// Manual 三 (the standard an audited center is held to; 三.3.1–3.3 internal audit): one row per clause of spec
// standards.md — requirement, measured figure, met / not met / no data, evidence — from every procedure's records.
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { collect } from '../../../kit/manifest.js';
import { emitReport } from '../../../kit/report.js';
import type { StandardPeriod, StandardSource } from '../../../kit/standards.js';
import { assessmentData, standardsReport } from '../report.js';
import { assemble, CATALOGUE } from '../rules.js';

export function parse(l: Line) {
  const o = {
    year: l.int('year', 2000, 2100),
    from: l.date('from'),
    to: l.date('to'),
    xlsx: l.text('xlsx'),
    pdf: l.text('pdf'),
    format: l.choice<'table' | 'csv'>('format'),
  };
  if (o.year !== undefined && (o.from || o.to))
    throw new UsageError(
      msg('--year 与 --from/--to 一次只用一种', 'give --year or --from/--to, not both'),
      msg(
        '例: wuye standards --year 2026，或 --from 2026-01-01 --to 2026-06-30',
        'e.g. wuye standards --year 2026, or --from 2026-01-01 --to 2026-06-30',
      ),
    );
  if (o.from && o.to && o.from > o.to)
    throw new UsageError(
      msg(`--from ${o.from} 晚于 --to ${o.to}`, `--from ${o.from} is after --to ${o.to}`),
      msg('把开始日期写在结束日期之前', 'give a start date on or before the end date'),
    );
  if (o.xlsx && o.pdf) throw new UsageError(msg('--xlsx 与 --pdf 一次只用一个', 'one of --xlsx and --pdf at a time'));
  return o;
}

/** The period asked for: a year (default this one), or from/to (a missing end is today, a missing start 1 January). */
export function periodOf(
  o: { year?: number; from?: string; to?: string },
  today: string,
): { from: string; to: string } {
  if (o.from || o.to) {
    const to = o.to ?? (o.from! > today ? o.from! : today);
    return { from: o.from ?? `${to.slice(0, 4)}-01-01`, to };
  }
  const y = o.year ?? Number(today.slice(0, 4));
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const p: StandardPeriod = { ...periodOf(o, today), today, now: ctx.now() };
  const sources = await collect<StandardSource>(ctx.procedures, 'standards');
  const measured = (await Promise.all(sources.map((s) => s.measure(ctx, p)))).flat();
  const rows = assemble(CATALOGUE, measured);
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const report = standardsReport(rows, p, {
    center: ctx.config.center.name,
    generatedAt: ctx.now(),
    generatedBy: op ? `${op.id} ${op.name}` : undefined,
  });
  const asOf = p.to < today ? p.to : today;
  await emitReport(ctx, report, {
    xlsx: o.xlsx,
    format: o.format,
    pdf:
      o.pdf !== undefined
        ? {
            given: o.pdf,
            form: 'quality/self-assessment',
            id: `${p.from}~${p.to}`,
            date: asOf,
            data: assessmentData(rows, p),
            defaultName: `standards-${p.from}-${p.to}.pdf`,
          }
        : undefined,
  });
}
