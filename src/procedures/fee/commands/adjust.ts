// Adjust a bill by a reversing entry, never by editing (07-fees.md "Records": waivers, corrections, each with
// a reason and who approved it; late fees "can be waived with a reason"). The approver must be the
// director or the CS manager. e.g. wuye fee adjust 1-2-0801 --type waiver --bill 2026-11/mgmt --amount 50 --reason 漏水补偿 --approved-by S001
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import { changeAccount, readUnit, requireStaff } from '../accounts.js';
import { amountOpt, nextAdjustmentId, unitBalance } from '../roles.js';

export async function run(ctx: Ctx, [unitArg]: string[], opts: Opts): Promise<void> {
  const type = str(opts, 'type') as 'waiver' | 'correction' | 'late-fee-waiver';
  const billId = str(opts, 'bill')!;
  const amount = amountOpt(opts);
  if (amount <= 0) throw new UsageError(msg('--amount 必须大于 0', '--amount must be more than 0'));
  const increase = opts.increase === true;
  if (increase && type !== 'correction')
    throw new UsageError(msg('--increase 只用于 --type correction', '--increase only goes with --type correction'));
  await ctx.write((tx) => {
    const u = readUnit(tx, unitArg.trim());
    const approver = requireStaff(ctx.store, str(opts, 'approvedBy')!, '--approved-by', ['director', 'cs-manager']);
    const { bal } = unitBalance(tx, ctx.store, u.id);
    const s = bal.bills.find((x) => x.bill.id === billId);
    if (!s)
      throw new UsageError(
        msg(`--bill: ${u.id} 没有账单 ${billId}`, `--bill: ${u.id} has no bill ${billId}`),
        msg(`用 wuye fee account ${u.id} 查看账单`, `see wuye fee account ${u.id}`),
      );
    const room = type === 'late-fee-waiver' ? s.lateAccrued - s.latePaid - s.lateWaived : s.outstanding;
    if (!increase && amount > room)
      throw new RuleError(
        msg(
          `${billId} 只剩 ${formatYuan(room)} 可${type === 'late-fee-waiver' ? '减免的滞纳金' : '减免'}`,
          `only ${formatYuan(room)} of ${billId} can be ${type === 'late-fee-waiver' ? 'waived as late fee' : 'reduced'}`,
        ),
      );
    changeAccount(tx, s.year, u.id, (acc) => {
      (acc.adjustments ??= []).push({
        id: nextAdjustmentId(acc),
        at: ctx.now(),
        type,
        bill: billId,
        amount: formatMoney(increase ? -amount : amount),
        reason: str(opts, 'reason')!,
        approved_by: approver.id,
        by: ctx.operator().id,
      });
    });
    return {
      message: `fee: adjust ${u.id} ${type} ${billId} ${increase ? '-' : ''}${formatMoney(amount)}`,
      summary: msg(
        `${u.id} ${billId} 调整 ${increase ? '+' : '−'}${formatYuan(amount)}（${approver.name} 批准）`,
        `${u.id} ${billId} adjusted by ${increase ? '+' : '−'}${formatYuan(amount)} (approved by ${approver.name})`,
      ),
    };
  });
}
