// wuye renovation withdraw ZX2026-0007 --reason "业主暂缓装修" — allowed only before the permit.
// Money already taken for an approved case stays on record; the cashier refunds it through the fee account.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { stepCase } from '../../../core/case-engine.js';
import { msg } from '../../../core/i18n.js';
import { formatYuan } from '../../../core/money.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import { collected, type Case } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'renovation'), reason: l.text('reason') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id } = o;
  await ctx.write((tx) => {
    const { after: c } = stepCase<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      actor(ctx),
      id,
      'withdraw',
      () => ({}),
      o.reason,
    );
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
