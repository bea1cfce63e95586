// Refund prepayment (预存) or a deposit held in the unit's account (07-fees.md "Deposits": refunded through
// the procedure that took them, never beyond what was taken), with a reason and the director's approval.
// e.g. wuye fee refund 1-2-0801 --deposit renovation-deposit --amount 2000 --reason 装修验收合格 --approved-by S001
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import { changeAccount, readUnit, requireStaff, unitBalance } from '../accounts.js';
import { refundDeposit } from '../api.js';
import { APPROVERS } from '../roles.js';
import { nextAdjustmentId } from '../rules.js';

export function parse(l: Line) {
  const amount = l.money('amount')!;
  if (amount <= 0) throw new UsageError(msg('--amount 必须大于 0', '--amount must be more than 0'));
  return {
    unit: l.id(0, 'unit'),
    amount,
    deposit: l.text('deposit'),
    reason: l.text('reason')!,
    approvedBy: l.idOpt('approvedBy', 'staff')!,
  };
}

export async function run(ctx: Ctx, { amount, deposit, reason, ...o }: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const u = readUnit(tx, o.unit);
    const approver = requireStaff(ctx.store, o.approvedBy, '--approved-by', APPROVERS.refund);
    if (deposit) {
      refundDeposit(tx, ctx.store, {
        unit: u.id,
        deposit,
        amount,
        reason,
        approvedBy: approver.id,
        by: ctx.operator().id,
        at: ctx.now(),
        station: ctx.config.station,
      });
      return {
        message: `fee: refund ${u.id} ${deposit} ${formatMoney(amount)}`,
        summary: msg(
          `${u.id} 退押金 ${deposit} ${formatYuan(amount)}`,
          `${u.id} refunded deposit ${deposit} ${formatYuan(amount)}`,
        ),
      };
    }
    const { bal } = unitBalance(tx, ctx.store, u.id);
    const held = deposit ? (bal.deposits.get(deposit) ?? 0) : bal.credit;
    if (amount > held) {
      throw new RuleError(
        deposit
          ? msg(
              `${u.id} 的押金 ${deposit} 只有 ${formatYuan(held)}，不能退 ${formatYuan(amount)}`,
              `${u.id} holds only ${formatYuan(held)} of deposit ${deposit}; cannot refund ${formatYuan(amount)}`,
            )
          : msg(`${u.id} 的预存余额只有 ${formatYuan(held)}`, `${u.id} has only ${formatYuan(held)} prepayment left`),
      );
    }
    const year = Number(ctx.today().slice(0, 4));
    changeAccount(tx, year, u.id, (acc) => {
      (acc.adjustments ??= []).push({
        id: nextAdjustmentId(acc, ctx.config.station),
        at: ctx.now(),
        type: deposit ? 'deposit-refund' : 'refund',
        ...(deposit ? { deposit } : {}),
        amount: formatMoney(amount),
        reason,
        approved_by: approver.id,
        by: ctx.operator().id,
      });
    });
    return {
      message: `fee: refund ${u.id} ${deposit ?? 'prepayment'} ${formatMoney(amount)}`,
      summary: msg(
        `${u.id} 退${deposit ? `押金 ${deposit}` : '预存'} ${formatYuan(amount)}`,
        `${u.id} refunded ${deposit ? `deposit ${deposit}` : 'prepayment'} ${formatYuan(amount)}`,
      ),
    };
  });
}
