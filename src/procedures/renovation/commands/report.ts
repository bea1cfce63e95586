// wuye renovation report --xlsx renovation.xlsx · --format table|csv · --json
// Cases by state and age, review/decision timeliness, inspections done vs required,
// violations by kind, deposits held and refunded (spec 03-renovation.md "Reports").
import { resolve } from 'node:path';
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { lang, msg, t } from '../../../core/i18n.js';
import { printReport } from '../../../kit/report.js';
import { allCases, conf } from '../cases.js';
import { buildReport } from '../report.js';

export async function run(ctx: Ctx, _args: string[], opts: Opts): Promise<void> {
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const report = buildReport(allCases(ctx.store), ctx.calendar, conf(ctx), ctx.today(), {
    center: ctx.config.center.name,
    generatedAt: ctx.now(),
    generatedBy: op ? `${op.id} ${op.name}` : undefined,
  });
  const xlsx = str(opts, 'xlsx');
  if (xlsx) {
    const { writeXlsx } = await import('../../../render/xlsx/index.js');
    const res = await writeXlsx(report, resolve(ctx.cwd, xlsx), { lang: lang() });
    ctx.out.line(t(msg(`已写入 ${res.file}`, `wrote ${res.file}`)));
    return;
  }
  printReport(
    ctx.out,
    report,
    ctx.globals.json ? 'json' : ((str(opts, 'format') as 'table' | 'csv' | undefined) ?? 'table'),
    lang(),
  );
}
