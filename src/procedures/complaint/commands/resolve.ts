// wuye complaint resolve TS2026-0007 --resolution "与施工单位约定 20:00 后停止噪音作业，已执行" [--at 2026-11-30T17:00]
// Manual 三.3.7: every complaint has its result on the record; a complaint is closed only with one, and a
// valid complaint only after a return visit (wuye complaint callback).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { stepLine, takeStep } from '../step.js';

export const parse = (l: Line) => ({ ...stepLine(l), resolution: l.text('resolution')! });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await takeStep(
    ctx,
    o,
    'resolve',
    msg('处理结果', 'the resolution'),
    (_c, who) => ({ append: { resolutions: [{ at: who.now, by: who.id, text: o.resolution }] } }),
    o.resolution,
    (c) => ({
      message: `complaint: resolve ${c.id}`,
      summary: c.valid
        ? msg(
            `${c.id} 已处理，待回访（wuye complaint callback ${c.id}）`,
            `${c.id} resolved; make the return visit (wuye complaint callback ${c.id})`,
          )
        : msg(`${c.id} 已处理（无效投诉，可结案）`, `${c.id} resolved (not valid: it may be closed)`),
    }),
  );
}
