// The billing run (07-fees.md "Billing"; manual 四.2 4.5: the fee counts from the move-in notice's date):
// every unit whose fee has started gets one line per periodic item and period — re-running adds nothing,
// a killed run re-run finishes; prepayment (预存) in the year's account pays the new lines. One commit.
// e.g. wuye fee bill --period 2026-11 [--building 1] [--dry-run]
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { Progress } from '../../../kit/output.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { formatMoney, formatYuan, parseMoney } from '../../../core/money.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { discountMonthsOf } from '../../vacant/api.js';
import { accountId, changeAccount, feeItems, unitRels } from '../accounts.js';
import {
  addMonths,
  applyCredit,
  balance,
  billLine,
  checkPeriodAhead,
  cycleMonths,
  isCycleStart,
  nextAdjustmentId,
  type Account,
  type Bill,
} from '../rules.js';

export const parse = (l: Line) => ({ period: l.period('period')!, building: l.building() });

export async function run(ctx: Ctx, { period, building }: ReturnType<typeof parse>): Promise<void> {
  const fees = ctx.config.fees;
  const cycle = fees.cycle;
  checkPeriodAhead(period, ctx.today(), cycle, fees.periods_ahead);
  if (!isCycleStart(period, cycle)) {
    throw new UsageError(
      msg(
        `计费周期为${cycle === 'quarterly' ? '季度' : '年度'}：--period 应为周期首月（如 ${period.slice(0, 4)}-${cycle === 'quarterly' ? '01、04、07 或 10' : '01'}）`,
        `the billing cycle is ${cycle}: --period must be the cycle's first month`,
      ),
    );
  }
  const items = feeItems(fees).filter((i) => i.kind === 'periodic');
  const year = Number(period.slice(0, 4));
  const run = `R${period}`;
  const units = unitRels(ctx.store, building);
  let lines = 0,
    total = 0,
    touched = 0,
    already = 0;
  await ctx.write((tx) => {
    const progress = new Progress(units.length, t(msg('计费', 'billing')));
    for (const { id, rel } of units) {
      progress.tick();
      const u = ctx.store.readRel<UnitRecord>(rel, 'unit', id).data;
      if (!u.fee_start) continue;
      const fresh: Bill[] = [];
      const vacantMonths = discountMonthsOf(tx, id);
      for (const item of items) {
        const b = billLine({
          unit: u,
          item,
          period,
          cycle,
          proration: fees.proration,
          dueDay: fees.due_day,
          vacant: fees.vacant,
          vacantMonths,
          run,
        });
        if (b) fresh.push(b);
      }
      if (!fresh.length) continue;
      const cur = tx.tryRead<Account>('fee-account', accountId(year, id))?.data;
      const have = new Set((cur?.bills ?? []).map((b) => b.id));
      const add = fresh.filter((b) => !have.has(b.id));
      already += fresh.length - add.length;
      if (!add.length) continue;
      changeAccount(
        tx,
        year,
        id,
        (acc) => {
          acc.bills = [...(acc.bills ?? []), ...add];
          // prepayment left in this year's account pays the new lines, oldest first
          const bal = balance([acc]);
          if (bal.credit > 0) {
            const open = bal.bills
              .filter((s) => add.some((b) => b.id === s.bill.id))
              .map((s) => ({ id: s.bill.id, outstanding: s.outstanding }));
            for (const a of applyCredit(bal.credit, open)) {
              (acc.adjustments ??= []).push({
                id: nextAdjustmentId(acc, ctx.config.station),
                at: ctx.now(),
                type: 'prepayment',
                bill: a.bill,
                amount: formatMoney(a.amount),
                reason: '预存抵扣 / prepayment applied',
                by: ctx.operator().id,
              });
            }
          }
        },
        true,
        cur,
      );
      touched++;
      lines += add.length;
      total += add.reduce((s, b) => s + parseMoney(b.amount), 0);
    }
    progress.end();
    const span = cycleMonths(cycle) > 1 ? `${period}..${addMonths(period, cycleMonths(cycle) - 1)}` : period;
    return {
      message: `fee: bill ${span}${building ? ` building ${building}` : ''} (${lines} lines, ${touched} units)`,
      summary: msg(
        `计费 ${span}：${touched} 套房屋，${lines} 行，合计 ${formatYuan(total)}${already ? `；已计费 ${already} 行未重复` : ''}`,
        `billed ${span}: ${touched} units, ${lines} lines, total ${formatYuan(total)}${already ? `; ${already} lines already billed` : ''}`,
      ),
    };
  });
}
