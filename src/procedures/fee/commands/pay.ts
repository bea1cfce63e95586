// The cashier takes a payment (07-fees.md "Payments"; manual 二.7): allocated to bills oldest first unless
// the payer names items or bills, the rest kept as prepayment (预存); the receipt number is the next of the
// cashier's current book, taken under the repository lock (no reuse, no gap); the receipt prints three copies.
// After the cashier has closed the day, a payment is booked to the next working day (日结后的收款记到下一天),
// its 记账日期 printed on the receipt.
// e.g. wuye fee pay 1-2-0801 --amount 630.06 --method wechat --payer 张三
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { amountInWords, formatMoney, formatYuan } from '../../../core/money.js';
import { accountId, feeItems, feeYears, findItem, readUnit, unitAccounts } from '../accounts.js';
import { recordPayment } from '../api.js';
import { printReceipt } from '../receipts.js';
import { requireFeeRole } from '../roles.js';
import { allocate, balance, itemName, type Allocation, type Method, type Payment } from '../rules.js';

export function parse(l: Line) {
  const unit = l.id(0, 'unit');
  const amount = l.money('amount')!;
  if (amount <= 0) throw new UsageError(msg('--amount 必须大于 0', '--amount must be more than 0'));
  const codes = (key: string) =>
    l
      .text(key)
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return {
    unit,
    amount,
    method: l.choice<Method>('method')!,
    only: codes('bills'),
    items: codes('items'),
    lateFees: l.flagged('lateFees'),
    deposit: l.text('deposit'),
    payer: l.text('payer'),
    out: l.text('out'),
    print: l.flagged('print'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { unit, amount, method, only, items, deposit } = o;
  if (deposit && findItem(ctx.config.fees, deposit, '--deposit').kind !== 'deposit') {
    throw new UsageError(
      msg(`--deposit: ${deposit} 不是押金类收费项目`, `--deposit: ${deposit} is not a deposit fee item`),
    );
  }
  for (const c of items ?? []) findItem(ctx.config.fees, c, '--items');
  let paid: { payment: Payment; year: number } | undefined;
  await ctx.write((tx) => {
    requireFeeRole(ctx, 'pay');
    const op = ctx.operator();
    const u = readUnit(tx, unit);
    const today = ctx.today();
    const year = Number(today.slice(0, 4));
    const years = [...new Set([...feeYears(ctx.store), year])].sort();
    const bal = balance(unitAccounts(tx, u.id, years));
    let allocations: Allocation[] = [];
    let prepaid = 0;
    if (deposit) {
      prepaid = 0;
    } else {
      let left = amount;
      if (o.lateFees) {
        for (const s of bal.bills) {
          const due = s.lateAccrued - s.latePaid - s.lateWaived;
          if (due <= 0 || left === 0) continue;
          const a = Math.min(due, left);
          allocations.push({ bill: s.bill.id, amount: a, late_fee: true });
          left -= a;
        }
      }
      if (only)
        for (const b of only)
          if (!bal.bills.some((s) => s.bill.id === b))
            throw new UsageError(
              msg(`--bills: ${u.id} 没有账单 ${b}`, `--bills: ${u.id} has no bill ${b}`),
              msg(`用 wuye fee account ${u.id} 查看账单`, `see wuye fee account ${u.id}`),
            );
      const chosen =
        only ?? (items ? bal.bills.filter((s) => items.includes(s.bill.item)).map((s) => s.bill.id) : undefined);
      const r = allocate(
        left,
        bal.bills.map((s) => ({ id: s.bill.id, outstanding: s.outstanding })),
        chosen,
      );
      allocations = [...allocations, ...r.allocations];
      prepaid = r.prepaid;
    }
    const payment = recordPayment(tx, ctx.store, {
      unit: u.id,
      cashier: op.id,
      cashierName: op.name,
      at: ctx.now(),
      amount,
      method,
      payer: o.payer,
      allocations,
      prepaid,
      deposit,
      calendar: ctx.calendar,
    });
    const no = payment.receipt;
    paid = { payment, year };
    const booked = payment.booked
      ? msg(`；${today} 已日结，记账日期 ${payment.booked}`, `; ${today} is closed, booked to ${payment.booked}`)
      : msg('', '');
    const names = feeItems(ctx.config.fees);
    const billItem = (id: string) => itemName(names, bal.bills.find((s) => s.bill.id === id)?.bill.item ?? '');
    const preview = {
      lines: [
        ...allocations.map(
          (a) =>
            `${a.bill}  ${billItem(a.bill)}${a.late_fee ? t(msg('（滞纳金）', ' (late fee)')) : ''}  ${formatMoney(a.amount)}`,
        ),
        ...(prepaid ? [t(msg(`预存  ${formatMoney(prepaid)}`, `prepaid  ${formatMoney(prepaid)}`))] : []),
        ...(deposit ? [`${t(msg('押金', 'deposit'))} ${itemName(names, deposit)}  ${formatMoney(amount)}`] : []),
      ],
      data: {
        receipt: no,
        amount: formatMoney(amount),
        allocations: allocations.map((a) => ({ bill: a.bill, amount: formatMoney(a.amount), late_fee: !!a.late_fee })),
        prepaid: formatMoney(prepaid),
        ...(payment.booked ? { booked: payment.booked } : {}),
      },
    };
    return {
      preview,
      message: `fee: pay ${u.id} ${payment.amount} receipt ${no}${payment.booked ? ` booked ${payment.booked}` : ''}`,
      summary: msg(
        `收据 ${no}：${u.id} 收到 ${formatYuan(amount)}（${amountInWords(amount)}）${prepaid ? `，其中预存 ${formatYuan(prepaid)}` : ''}${booked.zh}`,
        `receipt ${no}: ${u.id} paid ${formatYuan(amount)} (${amountInWords(amount)})${prepaid ? `, of which prepaid ${formatYuan(prepaid)}` : ''}${booked.en}`,
      ),
    };
  });
  if (!paid || ctx.dryRun || !o.print) return;
  const file = await printReceipt(ctx, accountId(paid.year, unit), paid.payment.receipt, o.out, false);
  if (file && !ctx.globals.json && !ctx.globals.quiet)
    ctx.out.line(t(msg(`收据已打印: ${file}`, `receipt printed: ${file}`)));
}
