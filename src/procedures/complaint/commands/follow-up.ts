// wuye complaint follow-up TS2026-0007 --note "施工单位已调整作业时间，继续观察" [--at 2026-11-30T09:00]
// Manual 三.3.6–3.7: complaints are followed up until the result; every follow-up is on the record.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { ACTS } from '../machine.js';
import { recordStep, stepLine } from '../step.js';

export const parse = (l: Line) => ({ ...stepLine(l), note: l.text('note')! });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await recordStep(
    ctx,
    o,
    ACTS.followUp,
    (_c, who) => ({ append: { follow_ups: [{ at: who.now, by: who.id, note: o.note }] } }),
    o.note,
    (c) => ({
      message: `complaint: follow-up ${c.id}`,
      summary: msg(
        `${c.id} 已记录跟进（第 ${(c.follow_ups ?? []).length} 次）`,
        `${c.id}: follow-up ${(c.follow_ups ?? []).length} recorded`,
      ),
    }),
  );
}
