// Arrears with ageing (07-fees.md "Reports": 0–3, 3–6, 6–12, >12 months): every unit with overdue bills,
// its debt by age bucket and the oldest period, with the owner's name and phone (masked unless --reveal) for
// the collectors; money with thousands separators on screen.
// e.g. wuye fee arrears [--months 3] [--building 1] [--format csv]
import { msg, t } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { ownerContact, scanAccounts } from '../accounts.js';
import { arrearsRows } from '../reports/data.js';
import { arrearsSheet, reportHead } from '../reports/sheets.js';

/** The CSV's header names the columns as scripts read them (unit,oldest,bills,0-3,…,total), in no language. */
const CSV_HEADER: Record<string, string> = { b0: '0-3', b3: '3-6', b6: '6-12', b12: '12+' };

export function parse(l: Line) {
  return {
    asOf: l.date('asOf'),
    months: l.int('months', 0, 600) ?? 0,
    building: l.building(),
    format: l.choice<'table' | 'csv'>('format'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const asOf = o.asOf ?? ctx.today();
  const rows = arrearsRows(scanAccounts(ctx.shown, o.building), asOf, o.months);
  const contact = (u: string) => ownerContact(ctx.shown, u); // masked unless --reveal
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((r) => ({
        ...r,
        owner: contact(r.unit).name,
        phone: contact(r.unit).phone,
        total: formatMoney(r.total),
        buckets: Object.fromEntries(Object.entries(r.buckets).map(([k, v]) => [k, formatMoney(v)])),
      })),
    );
    return;
  }
  const sheet = arrearsSheet(rows, contact);
  if (o.format === 'csv') sheet.columns = sheet.columns.map((c) => ({ ...c, header: CSV_HEADER[c.key] ?? c.key }));
  const title = msg('欠费账龄', 'Arrears ageing');
  await emitReport(ctx, { ...reportHead(ctx), title, period: asOf, sheets: [sheet] }, { format: o.format });
  if (o.format === 'csv') return;
  const total = rows.reduce((a, r) => a + r.total, 0);
  ctx.out.err(
    t(
      msg(
        `${rows.length} 户欠费，合计 ${formatYuan(total)}（计至 ${asOf}）`,
        `${rows.length} units in arrears, total ${formatYuan(total)} (as of ${asOf})`,
      ),
    ),
  );
}
