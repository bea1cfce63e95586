// wuye warranty visit ZB2026-0003 --note "开发企业工程部上门查看，确认卫生间防水层破损" [--who 张工] [--at 10:30]
// Spec 06: the visits of the developer or contractor while the report is routed (the center chases and records them).
import type { Ctx } from '../../../kit/context.js';
import { caseStep } from '../../../kit/case-step.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import { WARRANTY_CASES } from '../cases.js';
import { ACTS, type WarrantyState } from '../machine.js';
import type { Warranty } from '../rules.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'warranty'),
  at: l.localTime('at'),
  note: l.text('note')!,
  who: l.text('who'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await caseStep<Warranty, WarrantyState>(
    ctx,
    WARRANTY_CASES,
    o,
    { action: ACTS.visit.action, what: ACTS.visit.what, act: ACTS.visit },
    (_w, who) => ({
      append: { visits: [{ at: who.now, by: who.id, ...(o.who ? { who: o.who } : {}), note: o.note }] },
    }),
    undefined,
    (w) => ({
      message: `warranty: visit ${w.id}`,
      summary: msg(`${w.id} 已记录上门（第 ${w.visits!.length} 次）`, `${w.id}: visit ${w.visits!.length} recorded`),
    }),
  );
}
