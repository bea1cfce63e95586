// wuye unit add 1-2-0801 --type residential --area 89.37 [--layout 三室两厅 ...]
// Registers a unit of the estate (spec 01 "Records": unit; manual 四.16): building, entrance and room come
// from its id, the floor too unless given; a new unit is 'unsold' unless --state says otherwise.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { unitParts } from '../rules.js';
import { unitFields, unitMeters } from '../unit-fields.js';

export const parse = (l: Line) => ({ id: l.id(0, 'unit'), fields: unitFields(l), meters: unitMeters(l) });

export async function run(ctx: Ctx, { id, fields: f, meters }: ReturnType<typeof parse>): Promise<void> {
  const p = unitParts(id);
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
