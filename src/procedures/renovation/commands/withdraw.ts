// wuye renovation withdraw ZX2026-0007 --reason "业主暂缓装修" — allowed only before the permit.
// Money already taken for an approved case stays on record; the cashier refunds it through the fee account.
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import { formatYuan } from '../../../core/money.js';
import { caseId, takeStep } from '../cases.js';
import { collected } from '../rules.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  await ctx.write((tx) => {
    const c = takeStep(ctx, tx, id, 'withdraw', () => ({}), str(opts, 'reason'));
    const taken = collected(c);
    if (taken > 0)
      ctx.warn(
        msg(
          `${id} 已收款 ${formatYuan(taken)}，撤回后须经收费账户退还`,
          `${id} has ${formatYuan(taken)} collected; refund it through the fee account`,
        ),
      );
    return { message: `renovation: withdraw ${id}`, summary: msg(`${id} 已撤回`, `${id} withdrawn`) };
  });
}
