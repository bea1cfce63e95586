// wuye unit add 1-2-0801 --type residential --area 89.37 [--layout 三室两厅 ...]
import { argId } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { unitParts } from '../rules.js';
import { metersFromOpts, unitFieldsFromOpts } from '../unit-fields.js';

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = argId('unit', idArg, 'UNIT');
  const f = unitFieldsFromOpts(opts);
  const p = unitParts(id);
  const meters = metersFromOpts(opts);
  const rec: UnitRecord = {
    kind: 'unit',
    id,
    building: p.building,
    entrance: p.entrance,
    ...((f.floor ?? p.floor) !== undefined ? { floor: f.floor ?? p.floor } : {}),
    room: p.room,
    type: f.type!,
    area: f.area!,
    ...(f.usable_area ? { usable_area: f.usable_area } : {}),
    ...(f.layout ? { layout: f.layout } : {}),
    state: f.state ?? 'unsold',
    ...(Object.keys(meters).length ? { meters } : {}),
    ...(f.fee_start ? { fee_start: f.fee_start } : {}),
    ...(f.notes ? { notes: f.notes } : {}),
  };
  await ctx.write((tx) => {
    tx.create('unit', id, rec);
    return { message: `unit: add ${id}`, summary: msg(`已登记房屋 ${id}`, `registered unit ${id}`) };
  });
}
