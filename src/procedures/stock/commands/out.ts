// wuye stock out WX001 --qty 2 --to S007 --repair BX2026-0007 --as S006 · --purpose 2栋路灯 --department engineering
// An issue (领料, spec 16-stock.md "Records": requested by, department, purpose or repair order, approved by, issued
// by): never beyond the stock on the shelf (exit 1, nothing written); a tool or a uniform stays in the name of the
// person it went to until it comes back (wuye stock held).
import type { Department } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { formatYuan } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allItems, requireItem } from '../book.js';
import { requireStaff } from '../../../kit/refs.js';
import { enter } from '../moves.js';
import { parseQty, qn, TRACKED } from '../rules.js';

export function parse(l: Line) {
  const purpose = l.text('purpose');
  const repair = l.idOpt('repair', 'repair');
  if (!purpose && !repair)
    throw new UsageError(
      msg('写明用途（--purpose）或维修单（--repair）', 'give the purpose (--purpose) or the repair order (--repair)'),
    );
  const approved = l.text('approvedBy');
  return {
    item: l.id(0, 'stock-item'),
    qty: parseQty(l.text('qty') ?? '', '--qty'),
    to: checkId('staff', l.text('to') ?? '', '--to'),
    department: l.choice<Department>('department'),
    purpose,
    repair,
    approvedBy: approved === undefined ? undefined : checkId('staff', approved, '--approved-by'),
    date: l.date('date'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    ctx.operator();
    const item = requireItem(allItems(tx.store), o.item, o.item);
    const to = requireStaff(tx, o.to, '--to');
    if (o.approvedBy) requireStaff(tx, o.approvedBy, '--approved-by');
    if (o.repair && !tx.tryRead('repair', o.repair))
      throw new RuleError(
        msg(`没有维修单 ${o.repair}`, `no repair order ${o.repair}`),
        msg('用 wuye repair list 查看', 'see wuye repair list'),
      );
    const date = o.date ?? ctx.today();
    if (date > ctx.today()) throw new RuleError(msg(`日期 ${date} 在今天之后`, `${date} is after today`));
    const department =
      o.department ?? (to.department as Department | undefined) ?? (o.repair ? 'engineering' : undefined);
    const [{ move, value }] = enter(tx, ctx, [
      {
        type: 'out',
        date,
        item: item.id,
        qty: qn(o.qty),
        requested_by: to.id,
        ...(department ? { department } : {}),
        ...(o.purpose ? { purpose: o.purpose } : {}),
        ...(o.repair ? { repair: o.repair } : {}),
        ...(o.approvedBy ? { approved_by: o.approvedBy } : {}),
        ...(o.note ? { note: o.note } : {}),
      },
    ]);
    const held = TRACKED.has(item.category);
    return {
      message: `stock: out ${move.id} ${item.id}`,
      summary: msg(
        `出库单 ${move.id}: ${item.name} ${move.qty}${item.uom} 领给 ${to.name}，成本 ${formatYuan(value)}${held ? '（归还时: wuye stock return ' + move.id + '）' : ''}`,
        `issue ${move.id}: ${item.name} ${move.qty} ${item.uom} to ${to.name}, cost ${formatYuan(value)}${held ? ` (when returned: wuye stock return ${move.id})` : ''}`,
      ),
    };
  });
}
