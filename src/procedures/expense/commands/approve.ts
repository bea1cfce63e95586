// wuye expense approve BZ2026-0001 [--note 同意] --as S002
// Manual 四.8: the claim is signed level by level — the department manager, then (above ¥500) the director,
// then (above ¥5,000) the company's finance; a level is signed only by its role, in order, never by the claimant.
import { readCase, stepCase } from '../../../core/case-engine.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { EXPENSE_CASES } from '../cases.js';
import { approvalAction, EXPENSE, LEVEL_OF, type Claim } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'expense'), note: l.text('note') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const who = actor(ctx);
    const c = readCase<Claim>(tx, EXPENSE_CASES, o.id);
    const level = LEVEL_OF[c.state];
    if (level && c.claimant === who.id)
      throw new RuleError(
        msg(
          `${o.id} 是 ${who.id} 本人的报销单，不能自己审批`,
          `${o.id} is ${who.id}'s own claim; nobody approves their own claim`,
        ),
        msg('由上级审批', 'have it approved by the next level up'),
      );
    const r = stepCase<Claim, Claim['state']>(
      tx,
      EXPENSE_CASES,
      who,
      o.id,
      approvalAction(c),
      () =>
        level
          ? { append: { approvals: [{ level, by: who.id, at: who.now, ...(o.note ? { note: o.note } : {}) }] } }
          : {},
      o.note,
    );
    return {
      message: `expense: approve ${o.id}`,
      summary: msg(
        `${o.id} 已签批，现为「${EXPENSE.states[r.to].zh}」`,
        `${o.id} signed; now ${EXPENSE.states[r.to].en}`,
      ),
    };
  });
}
