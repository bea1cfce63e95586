// wuye stock low [--json]
// What to buy (spec 16-stock.md: items below safety stock are listed for purchase): each item under its safety
// stock with what is on the shelf and the shortfall to reach it, and the last supplier and price to ask.
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allItems, allMoves, bookOf } from '../book.js';
import { byBook, lowItems, qtyText } from '../rules.js';

export const parse = (_l: Line) => ({});

export async function run(ctx: Ctx, _o: ReturnType<typeof parse>): Promise<void> {
  const moves = allMoves(ctx.store);
  const low = lowItems(allItems(ctx.store), bookOf(ctx, ctx.store, moves).balances);
  const lastIn = (id: string) =>
    moves
      .filter((m) => m.item === id && m.type === 'in')
      .sort(byBook)
      .at(-1);
  const rows = low.map((l) => ({ l, last: lastIn(l.item.id) }));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map(({ l, last }) => ({
        id: l.item.id,
        name: l.item.name,
        uom: l.item.uom,
        qty: l.qty / 100,
        safety: l.safety / 100,
        shortfall: l.shortfall / 100,
        supplier: last?.supplier ?? null,
        price: last?.unit_price ?? null,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('编码', 'Code'), get: (r) => r.l.item.id },
    { key: 'name', header: msg('名称', 'Name'), get: (r) => r.l.item.name },
    { key: 'cat', header: msg('类别', 'Category'), get: (r) => label('stockCategory', r.l.item.category) },
    { key: 'qty', header: msg('库存', 'On hand'), get: (r) => `${qtyText(r.l.qty)}${r.l.item.uom}`, align: 'right' },
    { key: 'safety', header: msg('安全库存', 'Safety'), get: (r) => qtyText(r.l.safety), align: 'right' },
    {
      key: 'buy',
      header: msg('至少采购', 'Buy at least'),
      get: (r) => `${qtyText(r.l.shortfall)}${r.l.item.uom}`,
      align: 'right',
    },
    { key: 'supplier', header: msg('上次供应商', 'Last supplier'), get: (r) => r.last?.supplier ?? '' },
    { key: 'price', header: msg('上次单价', 'Last price'), get: (r) => r.last?.unit_price ?? '', align: 'right' },
  ]);
}
