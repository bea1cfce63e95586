// wuye renovation list [--state in-progress] [--unit 1-2-0801] [--overdue] [--json]
// Manual 四.3: late reviews, decisions and inspections are shown by --overdue with their due dates.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allCases } from '../../../core/case-engine.js';
import { daysBetween, dateOf } from '../../../core/dates.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { conf, RENOVATION_CASES } from '../cases.js';
import { dueText } from '../due-text.js';
import { RENOVATION, type RenovationState } from '../machine.js';
import { nextDue, type Case } from '../rules.js';

export const parse = (l: Line) => ({
  state: l.choice<RenovationState>('state'),
  unit: l.text('unit'),
  overdue: l.flagged('overdue'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const cf = conf(ctx);
  const rows = allCases<Case>(ctx.shown, RENOVATION_CASES)
    .filter((c) => (!o.state || c.state === o.state) && (!o.unit || c.unit === o.unit))
    .map((c) => ({
      c,
      next: nextDue(c, ctx.calendar, cf, today),
      age: daysBetween(dateOf(c.log[0]?.at ?? today), today),
    }))
    .filter((r) => !o.overdue || r.next?.overdue)
    .sort((a, b) => compareIds(a.c.id, b.c.id));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map(({ c, next, age }) => ({
        id: c.id,
        unit: c.unit,
        state: c.state,
        applied: c.log[0]?.at.slice(0, 10) ?? null,
        age_days: age,
        next_step: next?.step ?? null,
        due: next?.due ?? null,
        overdue: next?.overdue ?? false,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('案卷', 'Case'), get: (r) => r.c.id },
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.c.unit },
    { key: 'state', header: msg('状态', 'State'), get: (r) => t(RENOVATION.states[r.c.state as RenovationState]) },
    { key: 'applied', header: msg('申请日期', 'Applied'), get: (r) => r.c.log[0]?.at.slice(0, 10) },
    { key: 'age', header: msg('天数', 'Days'), get: (r) => r.age, align: 'right' },
    { key: 'contractor', header: msg('施工单位', 'Contractor'), get: (r) => r.c.contractor.company },
    { key: 'due', header: msg('下一步期限', 'Next step due'), get: (r) => dueText(r.next) },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 件`, `${rows.length} cases`)));
}
