// wuye emergency report JJ2026-0003 [--to 公司总部] [--at "2026-11-28 22:05"] [--note …] [--out jj.pdf]
// Manual 三.4.3: an emergency is reported to the company and the departments concerned within one working day of its
// discovery; the report is recorded (never timed before the discovery) and the 紧急事件处理记录表 printed to send.
import { actorAt, atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import { writeFormFile } from '../../../kit/form-command.js';
import type { Line } from '../../../kit/line.js';
import { readCase, recordAct } from '../../../core/case-engine.js';
import { dateOf } from '../../../core/dates.js';
import { msg } from '../../../core/i18n.js';
import { conf, EMERGENCY_CASES, notBeforeDiscovery } from '../cases.js';
import { emergencyDate, emergencyModel } from '../forms.js';
import { ACTS, reportDue, type Emergency } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'emergency'),
  to: l.text('to'),
  at: l.localTime('at'),
  note: l.text('note'),
  out: l.text('out'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const when = atTime(ctx, o.at) ?? ctx.now();
  const c = conf(ctx);
  const to = o.to ?? c.report_to;
  await ctx.write((tx) => {
    const e = readCase<Emergency>(tx, EMERGENCY_CASES, o.id);
    notBeforeDiscovery(e, when, '报告');
    const who = actorAt(ctx, undefined);
    recordAct<Emergency, Emergency['state']>(tx, EMERGENCY_CASES, who, o.id, ACTS.report, () => ({
      append: { reports: [{ at: when, by: who.id, to, ...(o.note ? { note: o.note } : {}) }] },
    }));
    const due = reportDue(ctx.calendar, e.discovered_at, c);
    const late = !(e.reports ?? []).length && dateOf(when) > due;
    return {
      message: `emergency: report ${o.id}`,
      summary: late
        ? msg(
            `已记录 ${o.id} 向${to}报告；应于 ${due} 前报告，已逾期`,
            `${o.id} reported to ${to}; it was due by ${due}: late`,
          )
        : msg(`已记录 ${o.id} 向${to}报告（期限 ${due}）`, `${o.id} reported to ${to} (due by ${due})`),
    };
  });
  const e = readCase<Emergency>(ctx.shown, EMERGENCY_CASES, o.id);
  await writeFormFile(
    ctx,
    'emergency/record',
    { id: e.id, date: emergencyDate(e), data: emergencyModel(ctx.shown, e, ctx.calendar, c) },
    o.out,
    `${e.id}-record.pdf`,
  );
}
