// wuye renovation refund pay ZX2026-0007 --voucher TK0001 --as S003
// Manual 四.3: the cashier pays the approved refund through the unit's fee account: a
// deposit-refund on fees/<year>/<unit>.yaml in the same commit (money.ts), and on the case.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { readCase, stepCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatYuan, parseMoney } from '../../../core/money.js';
import { RENOVATION_CASES, unitOf } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { payRefund } from '../money.js';
import { depositsCollected, refundAmount, type Case } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'renovation'), voucher: l.text('voucher')! });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, voucher } = o;
  let amount = 0;
  await ctx.write((tx) => {
    const c = readCase<Case>(tx, RENOVATION_CASES, id);
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
    const who = actor(ctx);
    stepCase<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      who,
      id,
      'refund',
      (cur) => ({ refund: { ...cur.refund!, paid_at: who.now, paid_by: who.id, receipt: voucher } }),
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
