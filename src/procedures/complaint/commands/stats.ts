// wuye complaint stats [--from 2026-11-01 --to 2026-11-30] [--xlsx ts.xlsx | --pdf ts.pdf | --format csv | --json]
// Manual 三.3.7–3.9: complaints analysed periodically — received, valid, major, the valid-complaint handling
// rate (closed ÷ received, target 100%) and the feedback timeliness (within 2 working days), by category and
// month, against the previous period; the PDF draws the charts (by category against the previous period, the
// 12-month trend). Default: this month to today.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { savePdf } from '../../../kit/print-form.js';
import { emitReport } from '../../../kit/report.js';
import { allCases } from '../../../core/case-engine.js';
import { UsageError } from '../../../core/errors.js';
import { lang, msg, t } from '../../../core/i18n.js';
import { COMPLAINT_CASES, conf } from '../cases.js';
import { analysisModel, computeStats, periodId, statsReport } from '../report.js';
import type { Complaint } from '../rules.js';

export function parse(l: Line) {
  const o = {
    from: l.date('from'),
    to: l.date('to'),
    xlsx: l.text('xlsx'),
    pdf: l.text('pdf'),
    format: l.choice<'table' | 'csv'>('format'),
  };
  if (o.from && o.to && o.to < o.from) throw new UsageError(msg('--to 早于 --from', '--to is before --from'));
  if (o.xlsx && o.pdf) throw new UsageError(msg('--xlsx 与 --pdf 一次只用一个', 'one of --xlsx and --pdf at a time'));
  return o;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const to = o.to ?? (o.from && o.from > today ? o.from : today);
  const from = o.from ?? `${to.slice(0, 7)}-01`;
  const env = { cal: ctx.calendar, conf: conf(ctx), today };
  const stats = computeStats(allCases<Complaint>(ctx.store, COMPLAINT_CASES), { from, to }, env);
  if (o.pdf) {
    const { renderForm } = await import('../../../render/pdf/index.js');
    const pdf = await renderForm(
      {
        form: 'complaint/analysis',
        data: analysisModel(stats, env, ctx.store),
        id: periodId(stats.period),
        date: today,
      },
      { root: ctx.root, config: ctx.config, lang: lang() },
    );
    const file = outputPath(ctx, o.pdf, `complaint-analysis-${periodId(stats.period)}.pdf`, 'pdf');
    await savePdf(ctx, file, pdf, '--pdf');
    if (ctx.globals.json) ctx.out.json({ file, from, to });
    else ctx.info(msg(`已写入 ${file}`, `wrote ${file}`));
    return;
  }
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const report = statsReport(
    stats,
    env,
    { center: ctx.config.center.name, generatedAt: ctx.now(), generatedBy: op ? `${op.id} ${op.name}` : undefined },
    ctx.store,
  );
  await emitReport(ctx, report, { xlsx: o.xlsx, format: o.format });
  if (!o.xlsx && !ctx.globals.json && !ctx.globals.quiet && o.format !== 'csv')
    ctx.out.err(
      t(msg(`统计截至 ${today}（处理率按截至当日已结案计）`, `figures as of ${today} (closed as of that day)`)),
    );
}
