// wuye complaint feedback TS2026-0007 --what "已约施工单位今晚起 20:00 后停工" [--how phone] [--at 2026-11-29T16:30]
// Manual 三.3.6: every complaint answered to the complainant within 2 working days of receipt (make-up
// working days count, holidays do not; the day of receipt never counts) and followed up with the result.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import type { ContactMethod } from '../../../core/enums.gen.js';
import { conf } from '../cases.js';
import { ACTS } from '../machine.js';
import { feedbackDue } from '../rules.js';
import { recordStep, stepLine } from '../step.js';

export const parse = (l: Line) => ({
  ...stepLine(l),
  how: l.choice<ContactMethod>('how') ?? 'phone',
  what: l.text('what')!,
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await recordStep(
    ctx,
    o,
    ACTS.feedback,
    (_c, who) => ({ append: { feedback: [{ at: who.now, by: who.id, how: o.how, what: o.what }] } }),
    o.what,
    (c, who) => {
      const due = feedbackDue(ctx.calendar, c.received_at, conf(ctx));
      const first = (c.feedback ?? []).length === 1;
      const late = first && who.now.slice(0, 10) > due;
      if (late)
        ctx.warn(
          msg(`反馈已逾期（应于 ${due} 24:00 前，三.3.6）`, `the feedback is late (was due by end of ${due}, 三.3.6)`),
        );
      return {
        message: `complaint: feedback ${c.id}`,
        summary: first
          ? msg(
              `${c.id} 已反馈投诉人${late ? '（逾期）' : `（期限 ${due}，按时）`}`,
              `${c.id}: the complainant has had feedback${late ? ' (late)' : ` (due ${due}, on time)`}`,
            )
          : msg(`${c.id} 已再次反馈投诉人`, `${c.id}: further feedback recorded`),
      };
    },
  );
}
