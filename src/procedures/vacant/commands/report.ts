// 空置房巡查情况 (四.5; standard 四.5 "vacant units checked on schedule"): for a period, the vacant and unsold
// units, the checks made, the units left longer than vacant.check_days without one, viewings and the approved
// discounts — on screen, --json, --format csv or --xlsx.
// e.g. wuye vacant report --from 2026-01-01 --to 2026-11-30 --xlsx kz.xlsx
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { vacantUnits } from '../api.js';
import { checkDaysOf, checkState, discountMonths, spans, vacantCheckStandard } from '../rules.js';

export const parse = (l: Line) => ({
  from: l.date('from'),
  to: l.date('to'),
  xlsx: l.text('xlsx'),
  format: l.choice<'table' | 'csv'>('format'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const to = o.to ?? ctx.today();
  const from = o.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw new UsageError(msg(`--from ${from} 晚于 --to ${to}`, `--from ${from} is after --to ${to}`));
  const days = checkDaysOf(ctx.config);
  const units = vacantUnits(ctx.shown);
  const std = vacantCheckStandard(
    units.map((v) => ({ id: v.unit.id, since: v.since, rec: v.rec })),
    from,
    to,
    days,
  );
  const late = new Set(std.evidence.map((e) => e.split(' ')[0]));
  const inPeriod = (d: string) => d >= from && d <= to;
  const op = ctx.globals.as ? ctx.operator() : undefined;
  await emitReport(
    ctx,
    {
      title: msg('空置房巡查情况', 'Vacant unit checks'),
      center: ctx.config.center.name,
      period: `${from} 至 ${to}`,
      generatedAt: ctx.now(),
      generatedBy: op ? `${op.id} ${op.name}` : undefined,
      sheets: [
        {
          name: msg('汇总', 'Summary'),
          columns: [
            { key: 'what', header: msg('项目', 'Item') },
            { key: 'n', header: msg('数量', 'Count'), type: 'integer' },
          ],
          rows: [
            { what: '空置、未售房屋（套）', n: std.units },
            { what: '期间巡查（次）', n: std.checks },
            { what: `超过 ${days} 天未巡查（套）`, n: std.late },
            {
              what: '期间看房（次）',
              n: units.reduce(
                (s, v) => s + (v.rec?.viewings ?? []).filter((x) => inPeriod(x.from.slice(0, 10))).length,
                0,
              ),
            },
            { what: '已批准空置优惠（套）', n: units.filter((v) => discountMonths(v.rec).size > 0).length },
          ],
        },
        {
          name: msg('房屋', 'Units'),
          columns: [
            { key: 'unit', header: msg('房屋', 'Unit') },
            { key: 'state', header: msg('状态', 'State') },
            { key: 'checks', header: msg('期间巡查', 'Checks'), type: 'integer', total: true },
            { key: 'last', header: msg('上次巡查', 'Last check'), type: 'date' },
            { key: 'due', header: msg('应巡查', 'Due'), type: 'date' },
            { key: 'late', header: msg('超期', 'Late') },
            { key: 'repairs', header: msg('报修', 'Repairs') },
            { key: 'discount', header: msg('空置优惠月份', 'Discount months') },
          ],
          totals: true,
          rows: units.map((v) => {
            const st = checkState(v.rec, v.since, to, days);
            const checks = (v.rec?.checks ?? []).filter((c) => inPeriod(c.date));
            return {
              unit: v.unit.id,
              state: label('unitState', v.unit.state),
              checks: checks.length,
              last: st.last ?? '',
              due: st.due,
              late: late.has(v.unit.id)
                ? (std.evidence.find((e) => e.startsWith(`${v.unit.id} `)) ?? '').replace(
                    /^.* \((\d+)\)$/,
                    '$1 天无巡查',
                  )
                : '',
              repairs: checks
                .map((c) => c.repair)
                .filter(Boolean)
                .join(' '),
              discount: spans(discountMonths(v.rec)),
            };
          }),
        },
      ],
    },
    o,
  );
}
