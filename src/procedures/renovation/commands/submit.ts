// wuye renovation submit ZX2026-0007 --drawings floor-plan,electrical,water-drainage
// Manual 四.3: the complete application with drawings goes to the engineering
// department; its 2 working days count from this moment (received_at).
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { submitIn } from '../application.js';
import { DRAWING_CODES } from '../options.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'renovation'),
  drawings: l.list('drawings', DRAWING_CODES),
  note: l.text('note'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    submitIn(ctx, tx, o.id, o.drawings, o.note);
    return {
      message: `renovation: submit ${o.id}`,
      summary: msg(`${o.id} 已送工程部审核`, `${o.id} sent to engineering review`),
    };
  });
}
