// wuye repair arrive BX2026-0007 [--at 14:03]
// The technician's arrival against the appointment (三.7.1: more than 5 minutes early or more than 2 minutes
// late is not punctual); the order records the arrival and whether it was punctual.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { conf } from '../cases.js';
import { deviationText, punctuality } from '../rules.js';
import { stepLine, takeStep } from '../step.js';

export const parse = (l: Line) => ({ ...stepLine(l), note: l.text('note') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const cf = conf(ctx);
  let dev = { zh: '', en: '' };
  let ok = true;
  await takeStep(
    ctx,
    o,
    'arrive',
    msg('到场', 'arrival'),
    (r, who) => {
      const p = punctuality(r.promised_at!, who.now, cf);
      dev = deviationText(p.seconds);
      ok = p.punctual;
      return { arrived_at: who.now, punctual: p.punctual };
    },
    o.note,
    (r) => ({
      message: `repair: arrive ${r.id}`,
      summary: msg(
        `${r.id} 已到场（${dev.zh}，${ok ? '准时' : '不准时：提前超过 5 分钟或迟到超过 2 分钟'}）`,
        `${r.id} arrived (${dev.en}, ${ok ? 'punctual' : 'not punctual: more than 5 minutes early or 2 late'})`,
      ),
    }),
  );
}
