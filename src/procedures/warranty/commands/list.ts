// wuye warranty list [--overdue] [--component wet-room-waterproofing] [--state routed] [--unit 3-1-0602] [--json]
// Spec 06: the reports at the desk; --overdue lists those whose owner was not answered within 2 working days and
// those the developer has let pass the agreed deadline — escalated to the cs-manager, named on the line.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases } from '../../../core/case-engine.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import type { WarrantyComponent } from '../../../core/enums.gen.js';
import { WARRANTY_CASES, conf } from '../cases.js';
import { WARRANTY, type WarrantyState } from '../machine.js';
import type { Warranty } from '../rules.js';
import { decisionText, hm, lateness, managers } from '../view.js';

export const parse = (l: Line) => ({
  overdue: l.flagged('overdue'),
  component: l.choice<WarrantyComponent>('component'),
  state: l.choice<WarrantyState>('state'),
  unit: l.idOpt('unit', 'unit'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const c = conf(ctx);
  const rows = allCases<Warranty>(ctx.shown, WARRANTY_CASES)
    .map((w) => ({ w, late: lateness(w, ctx.calendar, today, c) }))
    .filter(
      ({ w, late }) =>
        (!o.overdue || late.late) &&
        (!o.component || w.component === o.component) &&
        (!o.state || w.state === o.state) &&
        (!o.unit || w.unit === o.unit),
    )
    .sort((a, b) => compareIds(a.w.id, b.w.id));
  const boss = rows.some((r) => r.late.missed) ? managers(ctx.store, today).map((s) => `${s.id} ${s.name}`) : [];
  const lateText = (x: (typeof rows)[number]) =>
    [
      x.late.answer?.overdue
        ? t(msg(`未按时答复业主（${x.late.answer.due}）`, `owner not answered (${x.late.answer.due})`))
        : '',
      x.late.missed
        ? t(
            msg(
              `开发企业逾期（${x.w.routed!.deadline}），上报 ${boss.join('、')}`,
              `developer past ${x.w.routed!.deadline}, escalated to ${boss.join(', ')}`,
            ),
          )
        : '',
    ]
      .filter(Boolean)
      .join('; ');
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((x) => ({
        id: x.w.id,
        reported: x.w.reported_at,
        unit: x.w.unit,
        component: x.w.component,
        in_warranty: x.w.decision.in_warranty,
        clock: x.w.decision.clock,
        contractor_end: x.w.decision.contractor_end,
        developer_end: x.w.decision.developer_end ?? null,
        state: x.w.state,
        deadline: x.w.routed?.deadline ?? null,
        answer_overdue: !!x.late.answer?.overdue,
        deadline_missed: x.late.missed,
        escalated_to: x.late.missed ? boss : [],
        repair: x.w.repair ?? null,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('保修报告', 'Report'), get: (x) => x.w.id },
    { key: 'reported', header: msg('报告', 'Reported'), get: (x) => hm(x.w.reported_at) },
    { key: 'unit', header: msg('房屋', 'Unit'), get: (x) => x.w.unit },
    { key: 'component', header: msg('部位', 'Component'), get: (x) => label('warrantyComponent', x.w.component) },
    { key: 'decision', header: msg('判定', 'Decision'), get: (x) => decisionText(x.w) },
    { key: 'state', header: msg('状态', 'State'), get: (x) => t(WARRANTY.states[x.w.state as WarrantyState]) },
    { key: 'deadline', header: msg('约定期限', 'Deadline'), get: (x) => x.w.routed?.deadline ?? x.w.repair ?? '' },
    { key: 'late', header: msg('逾期', 'Late'), get: (x) => lateText(x) },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 份`, `${rows.length} reports`)));
}
