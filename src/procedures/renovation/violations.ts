// A violation and its notice (违规装修整改通知书, manual 四.3 / 三.11.3–11.5): the
// notice number, the deadline in working days, the action. Used by `violation`
// and by `inspect` when the extinguishers fall short of ceil(area/50).
import type { Ctx } from '../../kit/context.js';
import type { Case } from './rules.js';
import { conf } from './cases.js';

export type Violation = NonNullable<Case['violations']>[number];

export const noticeNumber = (c: Pick<Case, 'id' | 'violations'>, extra = 0): string =>
  `${c.id}-V${String((c.violations ?? []).length + 1 + extra).padStart(2, '0')}`;

export function newViolation(
  ctx: Ctx,
  c: Case,
  v: Omit<Violation, 'notice' | 'by' | 'at' | 'deadline'> & { at?: string; deadline?: string },
  extra = 0,
): Violation {
  return {
    notice: noticeNumber(c, extra),
    kind: v.kind,
    what: v.what,
    at: v.at ?? ctx.now(),
    by: ctx.operator().id,
    deadline: v.deadline ?? ctx.calendar.addWorkdays(ctx.today(), conf(ctx).rectify_days),
    action: v.action,
    ...(v.deduction ? { deduction: v.deduction } : {}),
  };
}
