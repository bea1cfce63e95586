// Adjust a bill by a reversing entry, never by editing (07-fees.md "Records": waivers, corrections, each with
// a reason and who approved it; late fees "can be waived with a reason"). The approver must be the
// director or the CS manager. e.g. wuye fee adjust 1-2-0801 --type waiver --bill 2026-11/mgmt --amount 50 --reason 漏水补偿 --approved-by S001
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import { changeAccount, readUnit, requireStaff, unitBalance } from '../accounts.js';
import { APPROVERS } from '../roles.js';
import { nextAdjustmentId } from '../rules.js';

export function parse(l: Line) {
  const type = l.choice<'waiver' | 'correction' | 'late-fee-waiver'>('type')!;
  const billId = l.text('bill')!;
  const amount = l.money('amount')!;
  if (amount <= 0) throw new UsageError(msg('--amount 必须大于 0', '--amount must be more than 0'));
  const increase = l.flagged('increase');
  if (increase && type !== 'correction')
    throw new UsageError(msg('--increase 只用于 --type correction', '--increase only goes with --type correction'));
  return {
    unit: l.id(0, 'unit'),
    type,
    billId,
    amount,
    increase,
    reason: l.text('reason')!,
    approvedBy: l.idOpt('approvedBy', 'staff')!,
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { type, billId, amount, increase } = o;
  await ctx.write((tx) => {
    const u = readUnit(tx, o.unit);
    const approver = requireStaff(ctx.store, o.approvedBy, '--approved-by', APPROVERS.adjust);
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
        id: nextAdjustmentId(acc, ctx.config.station),
        at: ctx.now(),
        type,
        bill: billId,
        amount: formatMoney(increase ? -amount : amount),
        reason: o.reason,
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
