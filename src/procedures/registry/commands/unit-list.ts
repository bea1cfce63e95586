// wuye unit list [--building 1] [--state vacant] [--type shop] [--json]
import { str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg, t } from '../../../core/i18n.js';
import { idOfPath } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import type { UnitRecord } from '../../../core/types.gen.js';

export async function run(ctx: Ctx, _args: string[], opts: Opts): Promise<void> {
  const building = str(opts, 'building');
  const rows: UnitRecord[] = [];
  const rels = ctx.store.listRel('unit').filter((r) => !building || r.startsWith(`units/${building}/`));
  for (const rel of rels) {
    const id = idOfPath(rel);
    const u = ctx.store.readRel<UnitRecord>(rel, 'unit', id).data;
    if (opts.state && u.state !== opts.state) continue;
    if (opts.type && u.type !== opts.type) continue;
    rows.push(u);
  }
  rows.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
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
