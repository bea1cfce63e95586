// wuye reception assign JD2026-0001 --duty greeter --staff S003,S004
// Manual 四.1 1: the manager assigns the greeters (appearance, etiquette, standard phrases), the tea service, the
// environment department, the butler and the show-flat staff; a duty given again replaces its staff.
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { stepCase } from '../../../core/case-engine.js';
import type { ReceptionDuty, ReceptionState } from '../../../core/enums.gen.js';
import { checkId } from '../../../core/kinds.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { RECEPTION_CASES } from '../cases.js';
import type { Reception } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'reception'),
  duty: l.choice<ReceptionDuty>('duty')!,
  staff: [...new Set((l.list('staff') ?? []).map((s) => checkId('staff', s, '--staff')))],
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  for (const s of o.staff) ctx.store.read('staff', s); // not found: exit 3 before anything is written
  await ctx.write((tx) => {
    stepCase<Reception, ReceptionState>(
      tx,
      RECEPTION_CASES,
      actor(ctx),
      o.id,
      'assign',
      (r) => ({
        assignments: [...(r.assignments ?? []).filter((a) => a.duty !== o.duty), { duty: o.duty, staff: o.staff }],
      }),
      labelZh('receptionDuty', o.duty),
    );
    return {
      message: `reception: assign ${o.id} ${o.duty}`,
      summary: msg(
        `${o.id}：${labelZh('receptionDuty', o.duty)} — ${o.staff.join('、')}`,
        `${o.id}: ${o.duty} — ${o.staff.join(', ')}`,
      ),
    };
  });
}
