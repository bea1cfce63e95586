// wuye movein report progress|defects|fees [--building 3] [--xlsx FILE] [--format table|csv] [--json]
// The move-in reports of spec 02: progress by building and day, open defects by
// category and deadline, fees collected at move-in (until the fee procedure
// records the payments, what was collected is on the case).
import { resolve } from 'node:path';
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { lang, msg, t } from '../../../core/i18n.js';
import { printReport, type Report } from '../../../kit/report.js';
import { defectSheets, feeSheets, progressSheets } from '../reports.js';
import { buildingOpt, caseIdsOfBuilding, readCase } from '../lookup.js';

const NAMES = ['progress', 'defects', 'fees'] as const;
const TITLES = {
  progress: msg('入伙进度', 'Move-in progress'),
  defects: msg('入伙待整改问题', 'Open move-in defects'),
  fees: msg('入伙收费', 'Fees collected at move-in'),
};

export async function run(ctx: Ctx, [which]: string[], opts: Opts): Promise<void> {
  if (!(NAMES as readonly string[]).includes(which))
    throw new UsageError(
      msg(`没有报表 ${which}`, `no report ${which}`),
      msg(`可用: ${NAMES.join(', ')}`, `available: ${NAMES.join(', ')}`),
    );
  const name = which as (typeof NAMES)[number];
  const building = buildingOpt(opts);
  const cases = caseIdsOfBuilding(ctx.store, building).map((id) => readCase(ctx.store, id));
  const today = ctx.today();
  const report: Report = {
    title: TITLES[name],
    center: ctx.config.center.name,
    period: building
      ? t(msg(`第 ${building} 栋，截至 ${today}`, `building ${building}, as of ${today}`))
      : t(msg(`截至 ${today}`, `as of ${today}`)),
    generatedAt: ctx.now(),
    generatedBy: ctx.globals.as,
    sheets:
      name === 'progress' ? progressSheets(cases) : name === 'defects' ? defectSheets(cases, today) : feeSheets(cases),
  };
  const xlsx = str(opts, 'xlsx');
  if (xlsx) {
    const { writeXlsx } = await import('../../../render/xlsx/index.js');
    const file = resolve(ctx.cwd, xlsx);
    const r = await writeXlsx(report, file, { lang: lang() });
    ctx.out.line(file);
    if (!ctx.globals.quiet) ctx.out.err(t(msg(`已写入 ${r.rows} 行`, `wrote ${r.rows} rows`)));
    return;
  }
  printReport(ctx.out, report, ctx.globals.json ? 'json' : str(opts, 'format') === 'csv' ? 'csv' : 'table', lang());
}
