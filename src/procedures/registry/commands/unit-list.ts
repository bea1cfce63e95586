// wuye unit list [--building 1] [--state vacant] [--type shop] [--json]
// The units of the estate register (spec 01 "Commands"; manual 四.16), in id order, filtered by building,
// state or type.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg, t } from '../../../core/i18n.js';
import { idOfPath } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import type { UnitRecord } from '../../../core/types.gen.js';

export const parse = (l: Line) => ({
  building: l.building(),
  state: l.choice<UnitRecord['state']>('state'),
  type: l.choice<UnitRecord['type']>('type'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const rows: UnitRecord[] = []; // in id order: unitRels sorts
  for (const rel of ctx.store.unitRels(o.building)) {
    const u = ctx.shown.readRel<UnitRecord>(rel, 'unit', idOfPath(rel)).data;
    if (o.state && u.state !== o.state) continue;
    if (o.type && u.type !== o.type) continue;
    rows.push(u);
  }
  if (ctx.globals.json) {
    ctx.out.json(
      rows.map((u) => ({
        id: u.id,
        type: u.type,
        state: u.state,
        area: u.area,
        layout: u.layout ?? null,
        owners: (u.owners ?? []).map((o) => o.person),
        fee_start: u.fee_start ?? null,
      })),
    );
    return;
  }
  ctx.out.table(rows, [
    { key: 'id', header: msg('房屋', 'Unit'), get: (u) => u.id },
    { key: 'type', header: msg('类型', 'Type'), get: (u) => label('unitType', u.type) },
    { key: 'state', header: msg('状态', 'State'), get: (u) => label('unitState', u.state) },
    { key: 'area', header: msg('面积', 'Area'), get: (u) => u.area, align: 'right' },
    { key: 'layout', header: msg('户型', 'Layout'), get: (u) => u.layout },
    { key: 'owners', header: msg('业主', 'Owners'), get: (u) => (u.owners ?? []).map((o) => o.person).join(',') },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 套`, `${rows.length} units`)));
}
