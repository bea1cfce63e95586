// wuye renovation decide ZX2026-0007 --result approve --as S001
// Manual 四.3: the director decides within 1 working day of receiving the reviewed
// application; a rejection goes back to the engineering department for review.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { stepCase } from '../../../core/case-engine.js';
import { msg } from '../../../core/i18n.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import type { Case } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'renovation'),
  approve: l.choice<'approve' | 'reject'>('result') === 'approve',
  notes: l.text('notes'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, approve, notes } = o;
  await ctx.write((tx) => {
    const who = actor(ctx);
    const decision = { by: who.id, at: who.now, result: approve ? 'approve' : 'reject', ...(notes ? { notes } : {}) };
    stepCase<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      who,
      id,
      approve ? 'approve' : 'director-reject',
      () => ({ append: { decisions: [decision] } }),
      notes,
    );
    if (!approve) stepCase<Case, RenovationState>(tx, RENOVATION_CASES, who, id, 'return-to-review');
    return {
      message: `renovation: decide ${id} ${approve ? 'approve' : 'reject'}`,
      summary: approve
        ? msg(`${id} 主任已批准`, `${id} approved by the director`)
        : msg(`${id} 主任退回，回到工程部复审`, `${id} rejected by the director; back to engineering review`),
    };
  });
}
