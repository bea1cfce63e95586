// wuye warranty complete ZB2026-0003 --work "重做卫生间防水层，闭水试验 48 小时无渗漏" [--at 16:00]
// Spec 06: the developer's (or contractor's) completion, recorded by the center; after the agreed deadline it is late.
import type { Ctx } from '../../../kit/context.js';
import { caseStep } from '../../../kit/case-step.js';
import type { Line } from '../../../kit/line.js';
import { dateOf } from '../../../core/dates.js';
import { msg } from '../../../core/i18n.js';
import { WARRANTY_CASES } from '../cases.js';
import type { WarrantyState } from '../machine.js';
import type { Warranty } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'warranty'),
  at: l.localTime('at'),
  work: l.text('work')!,
  note: l.text('note'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await caseStep<Warranty, WarrantyState>(
    ctx,
    WARRANTY_CASES,
    o,
    { action: 'complete', what: msg('完工', 'completion') },
    (w, who) => {
      const late = !!w.routed && dateOf(who.now) > w.routed.deadline;
      return { completed: { at: who.now, by: who.id, work: o.work, ...(late ? { late } : {}) } };
    },
    o.note,
    (w) => ({
      message: `warranty: complete ${w.id}`,
      summary: msg(
        `${w.id} 已完工${w.completed!.late ? `（超过约定期限 ${w.routed!.deadline}）` : ''}；验收: wuye warranty verify ${w.id} --passed yes --signed-by 业主`,
        `${w.id} completed${w.completed!.late ? ` (after the deadline ${w.routed!.deadline})` : ''}; check it: wuye warranty verify ${w.id} --passed yes --signed-by OWNER`,
      ),
    }),
  );
}
