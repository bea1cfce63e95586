// wuye complaint escalate TS2026-0007 [--to "服务中心主任"] [--how phone] [--note "已电话报告周主任"] [--at 2026-11-28T10:00]
// Manual 三.4.3: a major complaint is reported to the departments or persons concerned within one working
// day of receipt (wuye.yaml complaint.major_report_workdays); any complaint may be reported upward.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import type { ContactMethod } from '../../../core/enums.gen.js';
import { conf } from '../cases.js';
import { ACTS } from '../machine.js';
import { reportDue } from '../rules.js';
import { recordStep, stepLine } from '../step.js';

export const parse = (l: Line) => ({
  ...stepLine(l),
  to: l.text('to'),
  how: l.choice<ContactMethod>('how') ?? 'phone',
  note: l.text('note'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const to = o.to ?? conf(ctx).report_to;
  await recordStep(
    ctx,
    o,
    ACTS.escalate,
    (_c, who) => ({
      append: { reports: [{ at: who.now, by: who.id, to, how: o.how, ...(o.note ? { note: o.note } : {}) }] },
    }),
    `${to}${o.note ? ` ${o.note}` : ''}`,
    (c, who) => {
      const due = reportDue(ctx.calendar, c.received_at, conf(ctx));
      const late = c.severity === 'major' && who.now.slice(0, 10) > due && (c.reports ?? []).length === 1;
      if (late)
        ctx.warn(
          msg(
            `重大投诉的通报已逾期（应于 ${due} 24:00 前）`,
            `the report of the major complaint is late (was due by end of ${due})`,
          ),
        );
      return {
        message: `complaint: escalate ${c.id}`,
        summary: msg(`${c.id} 已向 ${to} 通报`, `${c.id} reported to ${to}`),
      };
    },
  );
}
