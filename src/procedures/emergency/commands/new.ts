// wuye emergency new --type lift-entrapment --place 3栋1单元2号梯 --discovered "2026-11-28 21:30" [--reported-by 张三]
// Manual 四.13, 三.4.3: an emergency is recorded as soon as it is known, with its kind's response steps (copied from
// templates/texts/emergency/<kind>.md into the case and printed here); the report upward is due within one working
// day of the discovery.
import { actor, atTime, nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { openCase } from '../../../core/case-engine.js';
import type { EmergencyKind, EmergencyState } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { checklistOf, conf, EMERGENCY_CASES } from '../cases.js';
import { reportDue, type Emergency } from '../rules.js';

export const parse = (l: Line) => ({
  type: l.choice<EmergencyKind>('type')!,
  place: l.text('place')!,
  discovered: l.localTime('discovered'),
  reportedBy: l.text('reportedBy'),
  severity: (l.choice<Emergency['severity']>('severity') ?? 'ordinary') as Emergency['severity'],
  description: l.text('description'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const discovered = atTime(ctx, o.discovered, '--discovered') ?? ctx.now();
  const list = checklistOf(ctx.root, ctx.config.templates as string | undefined, o.type);
  const due = reportDue(ctx.calendar, discovered, conf(ctx));
  let id = '';
  await ctx.write((tx) => {
    id = nextCaseId(ctx, tx, 'emergency', discovered.slice(0, 4));
    openCase<Emergency, EmergencyState>(tx, EMERGENCY_CASES, actor(ctx), {
      kind: 'emergency',
      id,
      type: o.type,
      place: o.place,
      discovered_at: discovered,
      ...(o.reportedBy ? { reported_by: o.reportedBy } : {}),
      severity: o.severity,
      ...(o.description ? { description: o.description } : {}),
      checklist: list.steps.map((step, i) => ({ no: i + 1, step })),
    });
    return {
      message: `emergency: new ${id}`,
      summary: msg(
        `已登记紧急事件 ${id}（${labelZh('emergencyKind', o.type)}，${o.place}）；请于 ${due} 前向公司报告: wuye emergency report ${id}`,
        `emergency ${id} (${o.type}, ${o.place}) recorded; report it upward by ${due}: wuye emergency report ${id}`,
      ),
    };
  });
  if (ctx.globals.json || ctx.globals.quiet) return; // the steps are in the record (wuye show ID --json)
  ctx.out.line(list.title || t(msg('应急处置步骤', 'response steps')));
  list.steps.forEach((s, i) => ctx.out.line(`  ${i + 1}. ${s}`));
  ctx.out.line(
    t(
      msg(
        `完成一步记一步: wuye emergency log ${id} --step N --what …`,
        `tick each step as it is done: wuye emergency log ${id} --step N --what …`,
      ),
    ),
  );
}
