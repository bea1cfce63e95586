// Refund prepayment (预存) or a deposit held in the unit's account (07-fees.md "Deposits": refunded through
// the procedure that took them, never beyond what was taken), with a reason and the director's approval.
// e.g. wuye fee refund 1-2-0801 --deposit renovation-deposit --amount 2000 --reason 装修验收合格 --approved-by S001
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import { changeAccount, readUnit, requireStaff } from '../accounts.js';
import { refundDeposit } from '../api.js';
import { amountOpt, nextAdjustmentId, unitBalance } from '../roles.js';

export async function run(ctx: Ctx, [unitArg]: string[], opts: Opts): Promise<void> {
  const amount = amountOpt(opts);
  if (amount <= 0) throw new UsageError(msg('--amount 必须大于 0', '--amount must be more than 0'));
  const deposit = str(opts, 'deposit');
  await ctx.write((tx) => {
    const u = readUnit(tx, unitArg.trim());
    const approver = requireStaff(ctx.store, str(opts, 'approvedBy')!, '--approved-by', ['director']);
    if (deposit) {
      refundDeposit(tx, ctx.store, {
        unit: u.id,
        deposit,
        amount,
        reason: str(opts, 'reason')!,
        approvedBy: approver.id,
        by: ctx.operator().id,
        at: ctx.now(),
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
        id: nextAdjustmentId(acc),
        at: ctx.now(),
        type: deposit ? 'deposit-refund' : 'refund',
        ...(deposit ? { deposit } : {}),
        amount: formatMoney(amount),
        reason: str(opts, 'reason')!,
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
