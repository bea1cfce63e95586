// wuye movein report progress|defects|fees [--building 3] [--xlsx FILE] [--format table|csv] [--json]
// The move-in reports of spec 02: progress by building and day, open defects by
// category and deadline, fees collected at move-in (until the fee procedure
// records the payments, what was collected is on the case).
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport, type Report } from '../../../kit/report.js';
import { readMovein } from '../cases.js';
import { caseIdsOfBuilding } from '../lookup.js';
import { defectSheets, feeSheets, progressSheets } from '../reports.js';

const NAMES = ['progress', 'defects', 'fees'] as const;
type Name = (typeof NAMES)[number];
const TITLES = {
  progress: msg('入伙进度', 'Move-in progress'),
  defects: msg('入伙待整改问题', 'Open move-in defects'),
  fees: msg('入伙收费', 'Fees collected at move-in'),
};

export function parse(l: Line) {
  const which = l.arg(0) ?? '';
  if (!(NAMES as readonly string[]).includes(which))
    throw new UsageError(
      msg(`没有报表 ${which}`, `no report ${which}`),
      msg(`可用: ${NAMES.join(', ')}`, `available: ${NAMES.join(', ')}`),
    );
  return {
    name: which as Name,
    building: l.building(),
    xlsx: l.text('xlsx'),
    format: l.choice<'table' | 'csv'>('format'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { name, building } = o;
  const cases = caseIdsOfBuilding(ctx.store, building).map((id) => readMovein(ctx.shown, id));
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
  await emitReport(ctx, report, { xlsx: o.xlsx, format: o.format });
}
