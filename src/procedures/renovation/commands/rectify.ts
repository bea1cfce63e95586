// wuye renovation rectify ZX2026-0007 --notice ZX2026-0007-V01 — the violation was put right (manual 四.3).
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

export const parse = (l: Line) => ({ id: l.id(0, 'renovation'), notice: l.text('notice')!, date: l.date('date') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, notice } = o;
  await ctx.write((tx) => {
    recordAct<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      actor(ctx),
      id,
      ACTS.rectify,
      (c) => {
        const vs = (c.violations ?? []).map((v) => ({ ...v }));
        const v = vs.find((x) => x.notice === notice && !x.rectified);
        if (!v)
          throw new NotFoundError(msg(`${id} 没有未整改的通知书 ${notice}`, `${id} has no open notice ${notice}`));
        v.rectified = o.date ?? ctx.today();
        return { violations: vs };
      },
      notice,
    );
    return { message: `renovation: rectify ${id} ${notice}`, summary: msg(`${notice} 已整改`, `${notice} rectified`) };
  });
}
