// wuye emergency drill --type fire --date 2026-11-09 --scenario 3栋12楼住户厨房起火 --participants 28 --findings …
// Manual 四.13: the emergency procedures are drilled; each drill is recorded with its scenario, who took part, what
// was found and what is to improve.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { checkId } from '../../../core/kinds.js';
import type { EmergencyKind } from '../../../core/enums.gen.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { labelZh } from '../../../core/labels.js';
import { nextCaseId } from '../../../kit/case.js';
import type { EmergencyDrillRecord } from '../../../core/types.gen.js';

export const parse = (l: Line) => ({
  type: l.choice<EmergencyKind>('type')!,
  date: l.date('date'),
  scenario: l.text('scenario')!,
  place: l.text('place'),
  ledBy: l.idOpt('ledBy', 'staff'),
  participants: l.int('participants', 1, 100000)!,
  staff: (l.list('staff') ?? []).map((s) => checkId('staff', s, '--staff')),
  findings: l.text('findings')!,
  improvements: l.text('improvements'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const date = o.date ?? ctx.today();
  if (date > ctx.today())
    throw new UsageError(
      msg(`演练日期 ${date} 还没到`, `the drill date ${date} is in the future`),
      msg('演练之后再登记', 'record it after the drill'),
    );
  for (const s of [o.ledBy, ...o.staff]) if (s) ctx.store.read('staff', s); // not found: exit 3, nothing written
  const op = ctx.operator();
  await ctx.write((tx) => {
    const id = nextCaseId(ctx, tx, 'emergency-drill', date.slice(0, 4));
    const d: EmergencyDrillRecord = {
      kind: 'emergency-drill',
      id,
      date,
      type: o.type,
      scenario: o.scenario,
      ...(o.place ? { place: o.place } : {}),
      led_by: o.ledBy ?? op.id,
      participants: o.participants,
      ...(o.staff.length ? { staff: o.staff } : {}),
      findings: o.findings,
      ...(o.improvements ? { improvements: o.improvements } : {}),
      recorded_by: op.id,
    };
    tx.create('emergency-drill', id, d);
    return {
      message: `emergency: drill ${id}`,
      summary: msg(
        `已登记应急演练 ${id}（${labelZh('emergencyKind', o.type)}，${o.participants} 人）`,
        `drill ${id} (${o.type}, ${o.participants} people) recorded`,
      ),
    };
  });
}
