// wuye renovation decide ZX2026-0007 --result approve --as S001
// Manual 四.3: the director decides within 1 working day of receiving the reviewed
// application; a rejection goes back to the engineering department for review.
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import { caseId, takeStep } from '../cases.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const approve = opts.result === 'approve';
  const notes = str(opts, 'notes');
  await ctx.write((tx) => {
    takeStep(
      ctx,
      tx,
      id,
      approve ? 'approve' : 'director-reject',
      () => ({
        append: {
          decisions: [
            {
              by: ctx.operator().id,
              at: ctx.now(),
              result: approve ? 'approve' : 'reject',
              ...(notes ? { notes } : {}),
            },
          ],
        },
      }),
      notes,
    );
    if (!approve) takeStep(ctx, tx, id, 'return-to-review');
    return {
      message: `renovation: decide ${id} ${approve ? 'approve' : 'reject'}`,
      summary: approve
        ? msg(`${id} 主任已批准`, `${id} approved by the director`)
        : msg(`${id} 主任退回，回到工程部复审`, `${id} rejected by the director; back to engineering review`),
    };
  });
}
