// 空置房清单 (四.5): every unsold or vacant unit with its last check, when the next is due and whether it is
// overdue (vacant.check_days), and the months of an approved fee discount.
// e.g. wuye vacant list --building 3 · wuye vacant list --overdue
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { vacantUnits } from '../api.js';
import { checkDaysOf, checkState, discountMonths, spans } from '../rules.js';

export function parse(l: Line) {
  return { building: l.building(), overdue: l.flagged('overdue') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const today = ctx.today();
  const days = checkDaysOf(ctx.config);
  const rows = vacantUnits(ctx.shown, o.building)
    .map((v) => ({ ...v, st: checkState(v.rec, v.since, today, days), months: discountMonths(v.rec) }))
    .filter((r) => !o.overdue || r.st.overdue);
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((r) => ({
        unit: r.unit.id,
        state: r.unit.state,
        last_check: r.st.last ?? null,
        due: r.st.due,
        overdue: r.st.overdue,
        discount_months: [...r.months].sort(),
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'unit', header: msg('房屋', 'Unit'), get: (r) => r.unit.id },
    { key: 'state', header: msg('状态', 'State'), get: (r) => label('unitState', r.unit.state) },
    { key: 'last', header: msg('上次巡查', 'Last check'), get: (r) => r.st.last ?? '—' },
    { key: 'due', header: msg('应巡查', 'Due'), get: (r) => r.st.due },
    {
      key: 'overdue',
      header: msg('逾期', 'Overdue'),
      get: (r) => (r.st.overdue ? t(msg(`逾期 ${r.st.daysOver} 天`, `${r.st.daysOver} days`)) : ''),
    },
    { key: 'discount', header: msg('空置优惠月份', 'Discount months'), get: (r) => spans(r.months) },
  ]);
  const late = rows.filter((r) => r.st.overdue).length;
  ctx.info(
    msg(
      `空置房 ${rows.length} 套，巡查逾期 ${late} 套（巡查间隔 ${days} 天）`,
      `${rows.length} vacant units, ${late} overdue for a check (every ${days} days)`,
    ),
  );
}
