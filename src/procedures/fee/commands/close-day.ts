// Close the cashier's day (07-fees.md "Cashier days"; manual 二.7): the day's receipts, totals by method, cash
// to deposit at the bank. A closed day is immutable: its entries' digest lets audit verify flag a later change.
// Payments taken after the close are booked to the next working day (记账日期) and closed with it; a day the
// cs-manager reopened (fee reopen-day) is closed again here, its reopenings kept.
// e.g. wuye fee close-day [--date 2026-11-28] [--slip YH20261128-01] [--pdf daily.pdf]
import { writeFileSync } from 'node:fs';
import { outputPath } from '../../../kit/outpath.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { CashierDayRecord } from '../../../core/types.gen.js';
import { renderFee } from '../render.js';
import { cashierDayRecord, dayEntries, dayId, dayTotals } from '../cashday.js';
import { requireFeeRole } from '../roles.js';

export const parse = (l: Line) => ({ date: l.date('date'), slip: l.text('slip'), pdf: l.text('pdf') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const date = o.date ?? ctx.today();
  let rec: CashierDayRecord | undefined;
  await ctx.write((tx) => {
    requireFeeRole(ctx, 'closeDay');
    const op = ctx.operator();
    const id = dayId(date, op.id);
    const before = tx.tryRead<CashierDayRecord>('cashier-day', id)?.data;
    if (before && !before.open)
      throw new RuleError(
        msg(`${op.name} 的 ${date} 已日结`, `${op.name}'s day ${date} is already closed`),
        msg('日结后不可更改；更正用冲正条目', 'a closed day is immutable; correct with a reversing entry'),
      );
    if (date > ctx.today()) throw new RuleError(msg('不能日结未来的日期', 'cannot close a day in the future'));
    const entries = dayEntries(ctx.store, date, op.id);
    rec = cashierDayRecord(date, op.id, ctx.now(), entries, o.slip ?? before?.deposit_slip);
    const { total, cash } = dayTotals(entries);
    const late = entries.filter((e) => e.payment.booked).length;
    // a day the manager reopened is closed again: the same file, its reopenings kept
    if (before) tx.put('cashier-day', id, { ...rec, reopened: before.reopened });
    else tx.create('cashier-day', id, rec);
    return {
      message: `fee: close-day ${date} ${op.id}`,
      summary: msg(
        `${date} 日结：${entries.length} 张收据${late ? `（其中 ${late} 张为前一日日结后所收，记入本日）` : ''}，合计 ${formatYuan(total)}，应存现金 ${formatYuan(cash)}`,
        `${date} closed: ${entries.length} receipts${late ? ` (${late} taken after an earlier day's close, booked to this one)` : ''}, total ${formatYuan(total)}, cash to bank ${formatYuan(cash)}`,
      ),
    };
  });
  const pdf = o.pdf;
  if (pdf && rec && !ctx.dryRun) {
    const data = {
      day: {
        date,
        cashier: ctx.operator().name,
        total: rec.total,
        cash: rec.cash_to_bank ?? '0.00',
        slip: rec.deposit_slip ?? '',
        count: rec.receipts.length,
      },
      rows: rec.receipts.map((r) => ({ ...r, void: r.void ? '作废' : '', taken: r.taken ?? '' })),
      totals: Object.entries(rec.totals).map(([k, v]) => ({ method: k, amount: v })),
    };
    const file = outputPath(ctx, pdf, '');
    writeFileSync(file, await renderFee(ctx, { form: 'fee/daily-report', data, id: rec.id, date }));
    ctx.out.line(t(msg(`收费日报已打印: ${file}`, `daily report printed: ${file}`)));
  }
}
