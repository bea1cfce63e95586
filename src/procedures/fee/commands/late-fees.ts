// Late fees (滞纳金, 07-fees.md "Rules"): only when wuye.yaml turns them on; round(overdue × daily_rate × days)
// per bill, days from the day after the due date (after grace) to the as-of date; shown separately, and with
// --record accrued on the bills (waived later with wuye fee adjust --type late-fee-waiver).
// e.g. wuye fee late-fees --as-of 2026-11-30 [--building 1] [--record]
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg, t } from '../../../core/i18n.js';
import { formatAmount, formatMoney, formatYuan, parseMoney } from '../../../core/money.js';
import { changeAccount, scanAccounts } from '../accounts.js';
import { balance, lateFee } from '../rules.js';

interface Row {
  unit: string;
  bill: string;
  year: number;
  overdue: number;
  days: number;
  amount: number;
}

export const parse = (l: Line) => ({ asOf: l.date('asOf')!, building: l.building(), record: l.flagged('record') });

export async function run(ctx: Ctx, { asOf, building, record }: ReturnType<typeof parse>): Promise<void> {
  const rule = ctx.config.fees.late_fee;
  if (!rule.enabled) {
    ctx.info(
      msg(
        'wuye.yaml 未启用滞纳金（fees.late_fee.enabled），不计算',
        'late fees are off in wuye.yaml (fees.late_fee.enabled); nothing computed',
      ),
    );
    if (ctx.globals.json) ctx.out.json([]);
    return;
  }
  const rows: Row[] = [];
  for (const { unit, accounts } of scanAccounts(ctx.store, building)) {
    for (const s of balance(accounts).bills) {
      const f = lateFee(s.outstanding, s.bill.due, asOf, rule);
      if (f.amount > 0) rows.push({ unit, bill: s.bill.id, year: s.year, overdue: s.outstanding, ...f });
    }
  }
  if (record && rows.length) {
    await ctx.write((tx) => {
      const byAcc = new Map<string, Row[]>();
      for (const r of rows) byAcc.set(`${r.year}-${r.unit}`, [...(byAcc.get(`${r.year}-${r.unit}`) ?? []), r]);
      for (const list of byAcc.values()) {
        changeAccount(tx, list[0].year, list[0].unit, (acc) => {
          for (const r of list) {
            const b = acc.bills!.find((x) => x.id === r.bill)!;
            // accrued so far never goes down (a bill paid later keeps what it had accrued)
            if (!b.late_fee || b.late_fee.as_of < asOf)
              b.late_fee = {
                as_of: asOf,
                days: r.days,
                amount: formatMoney(Math.max(r.amount, b.late_fee ? parseMoney(b.late_fee.amount) : 0)),
              };
          }
        });
      }
      return {
        message: `fee: late-fees as of ${asOf} (${rows.length} bills)`,
        summary: msg(`滞纳金计至 ${asOf}：${rows.length} 笔`, `late fees as of ${asOf}: ${rows.length} bills`),
      };
    });
    return;
  }
  if (ctx.globals.json) {
    ctx.out.json(rows.map((r) => ({ ...r, overdue: formatMoney(r.overdue), amount: formatMoney(r.amount) })));
    return;
  }
  ctx.out.table(rows, [
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.unit },
    { key: 'bill', header: msg('账单', 'Bill'), get: (r) => r.bill },
    { key: 'overdue', header: msg('欠费', 'Overdue'), get: (r) => formatAmount(r.overdue), align: 'right' },
    { key: 'days', header: msg('天数', 'Days'), get: (r) => r.days, align: 'right' },
    { key: 'amount', header: msg('滞纳金', 'Late fee'), get: (r) => formatAmount(r.amount), align: 'right' },
  ]);
  ctx.out.err(
    t(
      msg(
        `合计滞纳金 ${formatYuan(rows.reduce((a, r) => a + r.amount, 0))}`,
        `late fees total ${formatYuan(rows.reduce((a, r) => a + r.amount, 0))}`,
      ),
    ),
  );
}
