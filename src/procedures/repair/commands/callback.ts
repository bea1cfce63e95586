// wuye repair callback BX2026-0007 --satisfied yes|no [--comments …] [--how phone] [--at …]
// The return visit after the sign-off (三.7.6: return-visit satisfaction at least 95%) closes the order; an
// unsatisfied owner gets a rework: wuye repair new --rework-of BX2026-0007.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import type { ContactMethod } from '../../../core/enums.gen.js';
import { stepLine, takeStep } from '../step.js';

export const parse = (l: Line) => ({
  ...stepLine(l),
  satisfied: l.choice<'yes' | 'no'>('satisfied') === 'yes',
  comments: l.text('comments'),
  how: l.choice<ContactMethod>('how') ?? 'phone',
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await takeStep(
    ctx,
    o,
    'callback',
    msg('回访', 'the return visit'),
    (_r, who) => ({
      append: {
        callbacks: [
          {
            at: who.now,
            by: who.id,
            how: o.how,
            satisfied: o.satisfied,
            ...(o.comments ? { comments: o.comments } : {}),
          },
        ],
      },
    }),
    undefined,
    (r) => ({
      message: `repair: callback ${r.id}`,
      summary: o.satisfied
        ? msg(`${r.id} 已回访（满意），结单`, `${r.id} visited (satisfied), closed`)
        : msg(
            `${r.id} 已回访（不满意），结单；返修: wuye repair new --rework-of ${r.id}`,
            `${r.id} visited (not satisfied), closed; a rework: wuye repair new --rework-of ${r.id}`,
          ),
    }),
  );
}
