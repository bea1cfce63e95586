// wuye renovation refund pay ZX2026-0007 --voucher TK0001 --as S003
// Manual 四.3: the cashier pays the approved refund through the unit's fee account: a
// deposit-refund on fees/<year>/<unit>.yaml in the same commit (money.ts), and on the case.
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatYuan, parseMoney } from '../../../core/money.js';
import { caseId, readCase, takeStep, unitOf } from '../cases.js';
import { payRefund } from '../money.js';
import { depositsCollected, refundAmount } from '../rules.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const voucher = str(opts, 'voucher')!.trim();
  let amount = 0;
  await ctx.write((tx) => {
    const c = readCase(tx, id);
    if (c.state === 'accepted') {
      if (!c.refund)
        throw new RuleError(
          msg(`${id} 的押金退还尚未经主任批准`, `the refund of ${id} is not approved by the director yet`),
          msg(
            `先由主任办理 wuye renovation refund approve ${id}`,
            `the director runs wuye renovation refund approve ${id} first`,
          ),
        );
      amount = parseMoney(c.refund.amount);
      const max = refundAmount(
        depositsCollected(c),
        c.refund.deductions.map((d) => parseMoney(d.amount)),
      );
      if (amount !== max)
        throw new RuleError(
          msg(
            `批准的退款 ${formatYuan(amount)} 与已收押金减扣款 ${formatYuan(max)} 不符`,
            `the approved refund ${formatYuan(amount)} differs from deposits less deductions (${formatYuan(max)})`,
          ),
          msg('请主任重新批准', 'ask the director to approve again'),
        );
    }
    if (c.refund)
      payRefund(
        ctx,
        tx,
        c,
        unitOf(tx, c),
        c.refund.deductions.reduce((s, d) => s + parseMoney(d.amount), 0),
        '装修押金退还',
        c.refund.approved_by,
      );
    takeStep(
      ctx,
      tx,
      id,
      'refund',
      (cur) => ({ refund: { ...cur.refund!, paid_at: ctx.now(), paid_by: ctx.operator().id, receipt: voucher } }),
      voucher,
    );
    return {
      message: `renovation: refund ${id} ${voucher}`,
      summary: msg(
        `已退还押金 ${formatYuan(amount)}（凭证 ${voucher}）`,
        `refunded ${formatYuan(amount)} (voucher ${voucher})`,
      ),
    };
  });
}
