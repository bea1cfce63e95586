// wuye warranty callback ZB2026-0003 --satisfied yes [--comments …] [--how phone] [--at 15:00]
// Spec 06: the return visit (satisfaction) closes the report; manual 三.9.3 keeps the follow-up records.
import type { Ctx } from '../../../kit/context.js';
import { caseStep } from '../../../kit/case-step.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import type { ContactMethod } from '../../../core/enums.gen.js';
import { WARRANTY_CASES } from '../cases.js';
import type { WarrantyState } from '../machine.js';
import type { Warranty } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'warranty'),
  at: l.localTime('at'),
  satisfied: l.choice<'yes' | 'no'>('satisfied') === 'yes',
  comments: l.text('comments'),
  how: l.choice<ContactMethod>('how') ?? 'phone',
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await caseStep<Warranty, WarrantyState>(
    ctx,
    WARRANTY_CASES,
    o,
    { action: 'callback', what: msg('回访', 'the return visit') },
    (_w, who) => ({
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
    (w) => ({
      message: `warranty: callback ${w.id}`,
      summary: msg(
        `${w.id} 已回访（${o.satisfied ? '满意' : '不满意'}），结案`,
        `${w.id} visited (${o.satisfied ? 'satisfied' : 'not satisfied'}), closed`,
      ),
    }),
  );
}
