// Arrears with ageing (07-fees.md "Reports": 0–3, 3–6, 6–12, >12 months): every unit with overdue bills,
// its debt by age bucket and the oldest period. e.g. wuye fee arrears [--months 3] [--building 1] [--format csv]
import { optDate, optInt, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg, t } from '../../../core/i18n.js';
import { formatMoney } from '../../../core/money.js';
import { scanAccounts } from '../accounts.js';
import { arrearsRows } from '../reports/data.js';
import { csvCell } from '../roles.js';

export async function run(ctx: Ctx, _args: string[], opts: Opts): Promise<void> {
  const asOf = optDate(opts, 'asOf', '--as-of') ?? ctx.today();
  const months = optInt(opts, 'months', '--months', 0, 600) ?? 0;
  const rows = arrearsRows(scanAccounts(ctx.store, str(opts, 'building')), asOf, months);
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((r) => ({
        ...r,
        total: formatMoney(r.total),
        buckets: Object.fromEntries(Object.entries(r.buckets).map(([k, v]) => [k, formatMoney(v)])),
      })),
    );
    return;
  }
  if (str(opts, 'format') === 'csv') {
    ctx.out.line('unit,oldest,bills,0-3,3-6,6-12,12+,total');
    for (const r of rows)
      ctx.out.line(
        [
          r.unit,
          r.oldest,
          r.bills,
          ...(['0-3', '3-6', '6-12', '12+'] as const).map((k) => formatMoney(r.buckets[k])),
          formatMoney(r.total),
        ]
          .map(csvCell)
          .join(','),
      );
    return;
  }
  ctx.out.table(rows, [
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.unit },
    { key: 'oldest', header: msg('最早欠费期', 'Oldest'), get: (r) => r.oldest },
    { key: 'bills', header: msg('笔数', 'Bills'), get: (r) => r.bills, align: 'right' },
    { key: 'b0', header: msg('0–3月', '0–3 m'), get: (r) => formatMoney(r.buckets['0-3']), align: 'right' },
    { key: 'b3', header: msg('3–6月', '3–6 m'), get: (r) => formatMoney(r.buckets['3-6']), align: 'right' },
    { key: 'b6', header: msg('6–12月', '6–12 m'), get: (r) => formatMoney(r.buckets['6-12']), align: 'right' },
    { key: 'b12', header: msg('12月以上', '>12 m'), get: (r) => formatMoney(r.buckets['12+']), align: 'right' },
    { key: 'total', header: msg('合计', 'Total'), get: (r) => formatMoney(r.total), align: 'right' },
  ]);
  const total = rows.reduce((a, r) => a + r.total, 0);
  ctx.out.err(
    t(
      msg(
        `${rows.length} 户欠费，合计 ¥${formatMoney(total)}（计至 ${asOf}）`,
        `${rows.length} units in arrears, total ¥${formatMoney(total)} (as of ${asOf})`,
      ),
    ),
  );
}
