// wuye stock item list [--category repair] [--json]
// The warehouse's items with their book: quantity, value, average unit cost, safety stock, and a mark on those
// below it (spec 16-stock.md).
import type { StockCategory } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { formatMoney } from '../../../core/money.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allItems, bookOf } from '../book.js';
import { cq, emptyBalance, qtyText, share } from '../rules.js';

export const parse = (l: Line) => ({ category: l.choice<StockCategory>('category') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const book = bookOf(ctx, ctx.store);
  const rows = allItems(ctx.store)
    .filter((i) => !o.category || i.category === o.category)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((i) => {
      const b = book.balances.get(i.id) ?? emptyBalance();
      return { i, b, avg: b.qty ? share(b.value, 100, b.qty) : 0, low: b.qty < cq(i.safety) };
    });
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map(({ i, b, avg, low }) => ({
        id: i.id,
        name: i.name,
        spec: i.spec ?? null,
        uom: i.uom,
        category: i.category,
        location: i.location ?? null,
        qty: b.qty / 100,
        value: formatMoney(b.value),
        average: formatMoney(avg),
        safety: i.safety,
        low,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编码', 'Code'), get: (r) => r.i.id },
    { key: 'name', header: msg('名称', 'Name'), get: (r) => r.i.name },
    { key: 'spec', header: msg('规格', 'Spec'), get: (r) => r.i.spec ?? '' },
    { key: 'cat', header: msg('类别', 'Category'), get: (r) => label('stockCategory', r.i.category) },
    { key: 'qty', header: msg('数量', 'Qty'), get: (r) => `${qtyText(r.b.qty)}${r.i.uom}`, align: 'right' },
    { key: 'avg', header: msg('平均单价', 'Avg cost'), get: (r) => formatMoney(r.avg), align: 'right' },
    { key: 'value', header: msg('金额', 'Value'), get: (r) => formatMoney(r.b.value), align: 'right' },
    { key: 'safety', header: msg('安全库存', 'Safety'), get: (r) => String(r.i.safety), align: 'right' },
    { key: 'low', header: msg('提示', 'Note'), get: (r) => (r.low ? t(msg('低于安全库存', 'below safety')) : '') },
  ]);
}
