// A violation and its notice (违规装修整改通知书, manual 四.3 / 三.11.3–11.5): the
// notice number, the deadline in working days, the action. Used by `violation`
// and by `inspect` when the extinguishers fall short of ceil(area/50).
import type { Ctx } from '../../kit/context.js';
import type { Case } from './rules.js';
import { nextInRecord } from '../../core/ids.js';
import { conf } from './cases.js';

export type Violation = NonNullable<Case['violations']>[number];

/** The next notice number of a case: ZX2026-0007-V01, or -VB01 at desk B (`taken`: numbers raised in this same write). */
export const noticeNumber = (
  c: Pick<Case, 'id' | 'violations'>,
  station?: string,
  taken: readonly string[] = [],
): string => nextInRecord(`${c.id}-V`, station, [...(c.violations ?? []).map((v) => v.notice), ...taken]);

export function newViolation(
  ctx: Ctx,
  c: Case,
  v: Omit<Violation, 'notice' | 'by' | 'at' | 'deadline'> & { at?: string; deadline?: string },
  taken: readonly string[] = [],
): Violation {
  return {
    notice: noticeNumber(c, ctx.config.station, taken),
    kind: v.kind,
    what: v.what,
    at: v.at ?? ctx.now(),
    by: ctx.operator().id,
    deadline: v.deadline ?? ctx.calendar.addWorkdays(ctx.today(), conf(ctx).rectify_days),
    action: v.action,
    ...(v.deduction ? { deduction: v.deduction } : {}),
  };
}
