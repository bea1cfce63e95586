// wuye stock held [--to S007] [--json]
// Tools and uniforms issued to a person and not yet returned (spec 16-stock.md: tracked until returned), oldest
// first, with the issue to return against (wuye stock return KC2026-0004).
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { allItems, allMoves } from '../book.js';
import { holdings, qtyText } from '../rules.js';

export const parse = (l: Line) => {
  const to = l.text('to');
  return { to: to === undefined ? undefined : checkId('staff', to, '--to') };
};

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const items = allItems(ctx.shown);
  const names = new Map([...ctx.shown.all<StaffRecord>('staff')].map((r) => [r.data.id, r.data.name]));
  const rows = holdings(items, allMoves(ctx.shown))
    .filter((h) => !o.to || h.move.requested_by === o.to)
    .map((h) => ({ h, item: items.find((i) => i.id === h.move.item)! }));
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map(({ h, item }) => ({
        issue: h.move.id,
        date: h.move.date,
        to: h.move.requested_by,
        item: item.id,
        name: item.name,
        out: h.out / 100,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    {
      key: 'to',
      header: msg('领用人', 'Person'),
      get: (r) => `${r.h.move.requested_by} ${names.get(r.h.move.requested_by!) ?? ''}`,
    },
    { key: 'item', header: msg('物品', 'Item'), get: (r) => `${r.item.id} ${r.item.name}` },
    { key: 'out', header: msg('未还', 'Out'), get: (r) => `${qtyText(r.h.out)}${r.item.uom}`, align: 'right' },
    { key: 'date', header: msg('领用日期', 'Issued'), get: (r) => r.h.move.date },
    { key: 'issue', header: msg('出库单', 'Issue'), get: (r) => r.h.move.id },
  ]);
}
