// wuye stock item add WX001 --name 水龙头阀芯 --uom 个 --category repair --safety 10 [--spec 1/2寸] [--location A-01] --as S006
// The warehouse post (spec 16-stock.md "Records"): an item with its unit of measure and safety stock; its quantity
// and value are never written here — they are the sum of its movements.
import type { StockCategory } from '../../../core/enums.gen.js';
import { ConflictError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { parseQty, qn, type Item } from '../rules.js';

export function parse(l: Line) {
  const name = l.text('name')!;
  const uom = l.text('uom')!;
  if (!name || name.length > 60)
    throw new UsageError(msg('--name 应为 1 到 60 个字', '--name must be 1 to 60 characters'));
  if (!uom || uom.length > 8) throw new UsageError(msg('--uom 应为 1 到 8 个字', '--uom must be 1 to 8 characters'));
  return {
    id: l.id(0, 'stock-item'),
    name,
    uom,
    category: l.choice<StockCategory>('category')!,
    safety: parseQty(l.text('safety') ?? '', '--safety', true),
    spec: l.text('spec'),
    location: l.text('location'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    ctx.operator();
    if (tx.tryRead('stock-item', o.id))
      throw new ConflictError(
        msg(`物品 ${o.id} 已存在`, `item ${o.id} exists already`),
        msg('换一个编码', 'choose another code'),
      );
    const item: Item = {
      kind: 'stock-item',
      id: o.id,
      name: o.name,
      ...(o.spec ? { spec: o.spec } : {}),
      uom: o.uom,
      category: o.category,
      ...(o.location ? { location: o.location } : {}),
      safety: qn(o.safety),
    };
    tx.create('stock-item', o.id, item);
    return {
      message: `stock: item add ${o.id}`,
      summary: msg(`已登记物品 ${o.id} ${o.name}`, `item ${o.id} ${o.name} added`),
    };
  });
}
