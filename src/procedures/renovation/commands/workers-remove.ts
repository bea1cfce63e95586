// wuye renovation workers remove ZX2026-0007 --pass ZX2026-0007-W02
// The worker leaves the site and the pass is returned (its deposit is refunded with the case's deposit).
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { recordAct } from '../../../core/case-engine.js';
import { NotFoundError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { ACTS } from '../acts.js';
import { RENOVATION_CASES } from '../cases.js';
import type { RenovationState } from '../machine.js';
import type { Case } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'renovation'), pass: l.text('pass')!, date: l.date('date') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, pass } = o;
  await ctx.write((tx) => {
    recordAct<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      actor(ctx),
      id,
      ACTS.workerRemove,
      (c) => {
        const ws = (c.workers ?? []).map((w) => ({ ...w }));
        const w = ws.find((x) => x.pass_no === pass && !x.removed);
        if (!w) throw new NotFoundError(msg(`${id} 没有有效的出入证 ${pass}`, `${id} has no valid pass ${pass}`));
        w.removed = o.date ?? ctx.today();
        return { workers: ws };
      },
      pass,
    );
    return {
      message: `renovation: worker-remove ${id} ${pass}`,
      summary: msg(`出入证 ${pass} 已收回`, `pass ${pass} returned`),
    };
  });
}
