// Reopen a closed cashier day (07-fees.md "Cashier days"; issue 11: the cashier who closed too early): only the
// cs-manager, only with a reason; the reopening is kept in the day's own file (who, when, why, and what the
// close it undoes said), the day takes payments, voids and corrections again until `fee close-day` seals it anew.
// e.g. wuye fee reopen-day --date 2026-11-28 --cashier S003 --reason "日结后业主补交现金，当日入账" --as S002
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { NotFoundError, RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatYuan, parseMoney } from '../../../core/money.js';
import type { CashierDayRecord } from '../../../core/types.gen.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import { dayId } from '../cashday.js';
import { requireFeeRole } from '../roles.js';

export const parse = (l: Line) => ({
  date: l.date('date'),
  cashier: l.idOpt('cashier', 'staff')!,
  reason: l.text('reason')!,
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const date = o.date ?? ctx.today();
  await ctx.write((tx) => {
    requireFeeRole(ctx, 'reopenDay');
    const id = dayId(date, o.cashier);
    const day = tx.tryRead<CashierDayRecord>('cashier-day', id)?.data;
    if (!day)
      throw new NotFoundError(
        msg(`${o.cashier} 的 ${date} 没有日结`, `${o.cashier} has not closed ${date}`),
        msg('未日结的一天本来就可以收款和更正', 'a day not closed takes payments and corrections as it is'),
      );
    if (day.open)
      throw new RuleError(
        msg(`${o.cashier} 的 ${date} 已重开，尚未再次日结`, `${o.cashier}'s day ${date} is already reopened`),
        msg(
          `更正后由收款员再次日结：wuye fee close-day --date ${date}`,
          `the cashier closes it again: wuye fee close-day --date ${date}`,
        ),
      );
    tx.edit('cashier-day', id, (doc) => {
      setIn(doc, ['open'], true);
      appendIn(doc, ['reopened'], {
        at: ctx.now(),
        by: ctx.operator().id,
        reason: o.reason,
        closed_at: day.closed_at,
        total: day.total,
        receipts: day.receipts.length,
      });
    });
    return {
      message: `fee: reopen-day ${date} ${o.cashier}`,
      summary: msg(
        `已重开 ${o.cashier} 的 ${date}（原日结 ${day.receipts.length} 张收据，合计 ${formatYuan(parseMoney(day.total))}）；原因：${o.reason}。更正后请收款员再次日结`,
        `reopened ${o.cashier}'s ${date} (its close: ${day.receipts.length} receipts, total ${formatYuan(parseMoney(day.total))}); reason: ${o.reason}. The cashier closes it again after the correction`,
      ),
    };
  });
}
