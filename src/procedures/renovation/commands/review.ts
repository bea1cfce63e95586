// wuye renovation review ZX2026-0007 --result pass --conditions "卫生间先做闭水试验" --as S004
// Manual 四.3: the engineering department gives its opinion within 2 working days;
// a rejection goes back to the applicant with reasons and the changes requested.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { pendingDeadline, stepCase } from '../../../core/case-engine.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { conf, RENOVATION_CASES } from '../cases.js';
import { RENOVATION, type RenovationState } from '../machine.js';
import type { Case } from '../rules.js';

export function parse(l: Line) {
  const pass = l.choice<'pass' | 'reject'>('result') === 'pass';
  const reasons = l.text('reasons');
  if (!pass && !reasons)
    throw new UsageError(
      msg('退回须写明理由及需修改之处（--reasons）', 'a rejection needs reasons and the changes requested (--reasons)'),
    );
  return { id: l.id(0, 'renovation'), pass, reasons, conditions: l.text('conditions') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, pass, reasons, conditions } = o;
  let late = '';
  await ctx.write((tx) => {
    const who = actor(ctx);
    stepCase<Case, RenovationState>(
      tx,
      RENOVATION_CASES,
      who,
      id,
      pass ? 'review-pass' : 'review-reject',
      (cur) => {
        const due = pendingDeadline(RENOVATION, cur, ctx.calendar, ctx.today(), conf(ctx));
        if (due?.overdue) late = due.due;
        return {
          append: {
            reviews: [
              {
                by: who.id,
                at: who.now,
                result: pass ? 'pass' : 'reject',
                ...(reasons ? { reasons } : {}),
                ...(conditions ? { conditions } : {}),
              },
            ],
          },
        };
      },
      reasons,
    );
    if (late) ctx.warn(msg(`审核已逾期（应于 ${late} 前完成）`, `the review is late (was due by ${late})`));
    return {
      message: `renovation: review ${id} ${pass ? 'pass' : 'reject'}`,
      summary: pass
        ? msg(`${id} 工程审核通过，待主任审批`, `${id} passed engineering review; awaiting the director`)
        : msg(`${id} 工程审核退回申请人`, `${id} returned to the applicant`),
    };
  });
}
