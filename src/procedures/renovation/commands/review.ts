// wuye renovation review ZX2026-0007 --result pass --conditions "卫生间先做闭水试验" --as S004
// Manual 四.3: the engineering department gives its opinion within 2 working days;
// a rejection goes back to the applicant with reasons and the changes requested.
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { caseId, conf, takeStep } from '../cases.js';
import { lastOf } from '../rules.js';
import { dateOf } from '../../../core/dates.js';

export async function run(ctx: Ctx, [arg]: string[], opts: Opts): Promise<void> {
  const id = caseId(arg);
  const pass = opts.result === 'pass';
  const reasons = str(opts, 'reasons');
  if (!pass && !reasons)
    throw new UsageError(
      msg('退回须写明理由及需修改之处（--reasons）', 'a rejection needs reasons and the changes requested (--reasons)'),
    );
  let late = '';
  await ctx.write((tx) => {
    const c = takeStep(
      ctx,
      tx,
      id,
      pass ? 'review-pass' : 'review-reject',
      (cur) => {
        const ev = lastOf(cur, ['submit', 'return-to-review']);
        if (ev) {
          const due = ctx.calendar.addWorkdays(dateOf(ev.at), conf(ctx).review_workdays);
          if (ctx.today() > due) late = due;
        }
        return {
          append: {
            reviews: [
              {
                by: ctx.operator().id,
                at: ctx.now(),
                result: pass ? 'pass' : 'reject',
                ...(reasons ? { reasons } : {}),
                ...(str(opts, 'conditions') ? { conditions: str(opts, 'conditions') } : {}),
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
    void c;
  });
}
