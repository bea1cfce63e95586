// wuye renovation refund approve ZX2026-0007 --deduct "损坏公共墙面:300" --as S001
// Manual 四.3: after acceptance the director approves the deposit refund, minus the
// recorded deductions (itemised, with reasons); never more than was collected. A violation still
// open is deducted per the agreement (its notice's deduction, or a --deduct naming its notice) or
// blocks the refund until it is put right.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { recordAct } from '../../../core/case-engine.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { formatMoney, formatYuan, parseAmountInput, parseMoney } from '../../../core/money.js';
import { ACTS } from '../acts.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { depositsCollected, refundAmount, refundBlockers, type Case } from '../rules.js';

export function parse(l: Line) {
  const deductions = l.values('deduct').map((s) => {
    const i = s.lastIndexOf(':');
    if (i <= 0)
      throw new UsageError(
        msg(`--deduct 格式应为 理由:金额，而不是 "${s}"`, `--deduct is reason:amount, not "${s}"`),
        msg('如 --deduct 损坏公共墙面:300', 'e.g. --deduct "damaged corridor wall:300"'),
      );
    return { reason: s.slice(0, i).trim(), amount: formatMoney(parseAmountInput(s.slice(i + 1), '--deduct')) };
  });
  // false when --no-violation-deductions is typed
  return { id: l.id(0, 'renovation'), deductions, violationDeductions: l.flagged('violationDeductions') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, deductions: typed } = o;
  let amount = 0;
  await ctx.write((tx) => {
    const who = actor(ctx);
    recordAct<Case, RenovationState>(tx, RENOVATION_CASES, who, id, ACTS.refundApprove, (c) => {
      const fromViolations = !o.violationDeductions
        ? []
        : (c.violations ?? [])
            .filter((v) => v.deduction)
            .map((v) => ({
              reason: `${v.notice} ${labelZh('renovationViolation', v.kind)}`,
              amount: v.deduction!,
            }));
      const deductions = [...fromViolations, ...typed];
      const open = refundBlockers(c, deductions);
      if (open.length)
        throw new RuleError(
          msg(
            `${id} 有未整改的违规 ${open.map((v) => v.notice).join('、')}，不能全额退还押金`,
            `${id} has violations not put right (${open.map((v) => v.notice).join(', ')}); no full refund`,
          ),
          msg(
            `整改后登记（wuye renovation rectify ${id} --notice 编号），或按装修协议扣款: --deduct "${open[0].notice} 未整改:金额"`,
            `record the rectification (wuye renovation rectify ${id} --notice N), or deduct per the agreement: --deduct "${open[0].notice} not rectified:AMOUNT"`,
          ),
        );
      amount = refundAmount(
        depositsCollected(c),
        deductions.map((d) => parseMoney(d.amount)),
      );
      return {
        refund: { approved_by: who.id, approved_at: who.now, deductions, amount: formatMoney(amount) },
      };
    });
    return {
      message: `renovation: refund-approve ${id}`,
      summary: msg(
        `已批准退还押金 ${formatYuan(amount)}；由收银员办理: wuye renovation refund pay ${id}`,
        `refund of ${formatYuan(amount)} approved; the cashier pays it with wuye renovation refund pay ${id}`,
      ),
    };
  });
}
