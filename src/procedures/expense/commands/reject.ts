// wuye expense reject BZ2026-0001 --reason "发票抬头不是本公司" --as S002
// Manual 四.8: an approver at the claim's current level returns it with the reason; its invoices may be claimed again.
import { readCase, stepCase } from '../../../core/case-engine.js';
import { msg } from '../../../core/i18n.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { EXPENSE_CASES } from '../cases.js';
import { LEVEL_OF, type Claim } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'expense'), reason: l.text('reason')! });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const who = actor(ctx);
    const level = LEVEL_OF[readCase<Claim>(tx, EXPENSE_CASES, o.id).state];
    stepCase<Claim, Claim['state']>(
      tx,
      EXPENSE_CASES,
      who,
      o.id,
      'reject',
      () => (level ? { rejection: { level, by: who.id, at: who.now, reason: o.reason } } : {}),
      o.reason,
    );
    return { message: `expense: reject ${o.id}`, summary: msg(`${o.id} 已退回`, `${o.id} rejected`) };
  });
}
