// wuye stock writeoff QJ002 --qty 3 --reason expired --approved-by S001 --as S006
// A write-off (spec 16-stock.md: damaged, expired; approved): the approver in a role wuye.yaml allows
// (stock.approve_roles, default the director); never beyond stock; off the book at its cost.
import type { WriteoffReason } from '../../../core/enums.gen.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { formatYuan } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allItems, conf, requireItem } from '../book.js';
import { requireStaff } from '../../../kit/refs.js';
import { enter } from '../moves.js';
import { parseQty, qn } from '../rules.js';

export const parse = (l: Line) => ({
  item: l.id(0, 'stock-item'),
  qty: parseQty(l.text('qty') ?? '', '--qty'),
  reason: l.choice<WriteoffReason>('reason')!,
  approvedBy: checkId('staff', l.text('approvedBy') ?? '', '--approved-by'),
  date: l.date('date'),
  note: l.text('note'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    ctx.operator();
    const item = requireItem(allItems(tx.store), o.item, o.item);
    const approver = requireStaff(tx, o.approvedBy, '--approved-by', conf(ctx).approveRoles);
    const date = o.date ?? ctx.today();
    if (date > ctx.today()) throw new RuleError(msg(`日期 ${date} 在今天之后`, `${date} is after today`));
    const [{ move, value }] = enter(tx, ctx, [
      {
        type: 'writeoff',
        date,
        item: item.id,
        qty: qn(o.qty),
        reason: o.reason,
        approved_by: approver.id,
        ...(o.note ? { note: o.note } : {}),
      },
    ]);
    return {
      message: `stock: writeoff ${move.id} ${item.id}`,
      summary: msg(
        `报废 ${move.id}: ${item.name} ${move.qty}${item.uom}，${formatYuan(value)}`,
        `write-off ${move.id}: ${item.name} ${move.qty} ${item.uom}, ${formatYuan(value)}`,
      ),
    };
  });
}
