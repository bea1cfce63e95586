// wuye stock in WX001 --qty 20 --price 12.50 --supplier 长沙五金 --invoice 04300261 --checked-by S007 --as S006
// A receipt (spec 16-stock.md "Records": supplier, quantity, unit price, invoice, received and checked by): the
// storekeeper receives, another checks; the amount is the invoice's (or price × quantity, half-up to the fen).
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import { formatMoney, formatYuan, parseAmountInput } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allItems, requireItem } from '../book.js';
import { requireStaff } from '../../../kit/refs.js';
import { enter } from '../moves.js';
import { parseQty, qn, share } from '../rules.js';

export function parse(l: Line) {
  const price = l.text('price');
  const amount = l.text('amount');
  if (price === undefined && amount === undefined)
    throw new UsageError(
      msg('写明单价（--price）或金额（--amount）', 'give the unit price (--price) or the amount (--amount)'),
    );
  const checked = l.text('checkedBy');
  return {
    item: l.id(0, 'stock-item'),
    qty: parseQty(l.text('qty') ?? '', '--qty'),
    price: price === undefined ? undefined : parseAmountInput(price, '--price'),
    amount: amount === undefined ? undefined : parseAmountInput(amount, '--amount'),
    supplier: l.text('supplier')!,
    invoice: l.text('invoice'),
    checkedBy: checked === undefined ? undefined : checkId('staff', checked, '--checked-by'),
    date: l.date('date'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const op = ctx.operator();
    const item = requireItem(allItems(tx.store), o.item, o.item);
    if (o.checkedBy) requireStaff(tx, o.checkedBy, '--checked-by');
    const date = o.date ?? ctx.today();
    if (date > ctx.today()) throw new RuleError(msg(`日期 ${date} 在今天之后`, `${date} is after today`));
    const amount = o.amount ?? share(o.price!, o.qty, 100);
    const [{ move }] = enter(tx, ctx, [
      {
        type: 'in',
        date,
        item: item.id,
        qty: qn(o.qty),
        ...(o.price !== undefined ? { unit_price: formatMoney(o.price) } : {}),
        amount: formatMoney(amount),
        supplier: o.supplier,
        ...(o.invoice ? { invoice: o.invoice } : {}),
        checked_by: o.checkedBy ?? op.id,
        ...(o.note ? { note: o.note } : {}),
      },
    ]);
    return {
      message: `stock: in ${move.id} ${item.id}`,
      summary: msg(
        `入库单 ${move.id}: ${item.name} ${move.qty}${item.uom}，${formatYuan(amount)}`,
        `receipt ${move.id}: ${item.name} ${move.qty} ${item.uom}, ${formatYuan(amount)}`,
      ),
    };
  });
}
