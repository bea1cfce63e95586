// wuye renovation refund approve ZX2026-0007 --deduct "损坏公共墙面:300" --as S001
// Manual 四.3: after acceptance the director approves the deposit refund, minus the
// recorded deductions (itemised, with reasons); never more than was collected.
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { formatMoney, formatYuan, parseAmountInput, parseMoney } from '../../../core/money.js';
import { caseId, record } from '../cases.js';
import { depositsCollected, refundAmount } from '../rules.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const raw = opts.deduct === undefined ? [] : Array.isArray(opts.deduct) ? opts.deduct : [String(opts.deduct)];
  const typed = raw.map((s) => {
    const i = s.lastIndexOf(':');
    if (i <= 0)
      throw new UsageError(
        msg(`--deduct 格式应为 理由:金额，而不是 "${s}"`, `--deduct is reason:amount, not "${s}"`),
        msg('如 --deduct 损坏公共墙面:300', 'e.g. --deduct "damaged corridor wall:300"'),
      );
    return { reason: s.slice(0, i).trim(), amount: formatMoney(parseAmountInput(s.slice(i + 1), '--deduct')) };
  });
  let amount = 0;
  await ctx.write((tx) => {
    record(
      ctx,
      tx,
      id,
      'refund-approve',
      msg('批准退还押金', 'approve the refund'),
      ['accepted'],
      ['director'],
      (c) => {
        const fromViolations =
          opts.violationDeductions === false
            ? []
            : (c.violations ?? [])
                .filter((v) => v.deduction)
                .map((v) => ({
                  reason: `${v.notice} ${labelZh('renovationViolation', v.kind)}`,
                  amount: v.deduction!,
                }));
        const deductions = [...fromViolations, ...typed];
        amount = refundAmount(
          depositsCollected(c),
          deductions.map((d) => parseMoney(d.amount)),
        );
        return {
          refund: { approved_by: ctx.operator().id, approved_at: ctx.now(), deductions, amount: formatMoney(amount) },
        };
      },
    );
    return {
      message: `renovation: refund-approve ${id}`,
      summary: msg(
        `已批准退还押金 ${formatYuan(amount)}；由收银员办理: wuye renovation refund pay ${id}`,
        `refund of ${formatYuan(amount)} approved; the cashier pays it with wuye renovation refund pay ${id}`,
      ),
    };
  });
}
