// wuye stock return KC2026-0012 [--qty 1] [--note 工服换季交回] --as S006
// A return against its issue (spec 16-stock.md: tools and uniforms tracked until returned; materials not used):
// never more than is still out, back on the book at the cost it went out at.
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { formatYuan } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allItems, allMoves } from '../book.js';
import { enter } from '../moves.js';
import { parseQty, qn, qtyText, returnable, type Move } from '../rules.js';

export const parse = (l: Line) => {
  const q = l.text('qty');
  return {
    of: l.id(0, 'stock-move'),
    qty: q === undefined ? undefined : parseQty(q, '--qty'),
    date: l.date('date'),
    note: l.text('note'),
  };
};

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    ctx.operator();
    const of = tx.read<Move>('stock-move', o.of).data;
    if (of.type !== 'out')
      throw new RuleError(
        msg(`${o.of} 不是出库单，不能退库`, `${o.of} is not an issue; nothing to return`),
        msg('写原出库单号', 'give the issue it returns'),
      );
    const left = returnable(of, allMoves(tx.store));
    const q = o.qty ?? left;
    const item = allItems(tx.store).find((i) => i.id === of.item)!;
    if (left <= 0 || q > left)
      throw new RuleError(
        msg(
          `${o.of} 领出的 ${item.name} 只剩 ${qtyText(left)}${item.uom} 未还`,
          `only ${qtyText(left)} ${item.uom} of ${o.of} is still out`,
        ),
      );
    const date = o.date ?? ctx.today();
    if (date > ctx.today()) throw new RuleError(msg(`日期 ${date} 在今天之后`, `${date} is after today`));
    if (date < of.date)
      throw new RuleError(
        msg(`退库日期 ${date} 早于出库日期 ${of.date}`, `the return (${date}) is before the issue (${of.date})`),
      );
    const [{ move, value }] = enter(tx, ctx, [
      {
        type: 'return',
        date,
        item: of.item,
        qty: qn(q),
        of: of.id,
        ...(of.requested_by ? { requested_by: of.requested_by } : {}),
        ...(o.note ? { note: o.note } : {}),
      },
    ]);
    return {
      message: `stock: return ${move.id} of ${of.id}`,
      summary: msg(
        `退库单 ${move.id}: ${item.name} ${move.qty}${item.uom}（${of.id}），${formatYuan(value)}`,
        `return ${move.id}: ${item.name} ${move.qty} ${item.uom} (${of.id}), ${formatYuan(value)}`,
      ),
    };
  });
}
