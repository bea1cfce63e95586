// wuye parking space P1-001 --type owned --unit P1-1-001 --holder P000022 --plate 湘A12345 --as S003
// Manual 四.10: a space is registered with its kind and, when held, the holder and the plate.
import type { SpaceType } from '../../../core/enums.gen.js';
import { NotFoundError, RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import type { ParkingSpaceRecord } from '../../../core/types.gen.js';
import { setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { checkPlate } from '../plates.js';

export function parse(l: Line) {
  const plate = l.text('plate');
  return {
    id: l.id(0, 'parking-space'),
    type: l.choice<SpaceType>('type'),
    unit: l.idOpt('unit', 'unit'),
    holder: l.idOpt('holder', 'person'),
    plate: plate === undefined ? undefined : checkPlate(plate, '--plate'),
    area: l.area('area'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    if (o.holder && !tx.tryRead('person', o.holder))
      throw new NotFoundError(msg(`没有人员 ${o.holder}`, `no person ${o.holder}`));
    if (o.unit && !tx.tryRead('unit', o.unit)) throw new NotFoundError(msg(`没有房屋 ${o.unit}`, `no unit ${o.unit}`));
    const old = tx.tryRead<ParkingSpaceRecord>('parking-space', o.id);
    const fields = { type: o.type, area: o.area, unit: o.unit, holder: o.holder, plate: o.plate };
    if (!old) {
      if (!o.type) throw new UsageError(msg('新车位须写 --type', 'a new space needs --type'));
      if (o.type === 'visitor' && (o.holder || o.plate))
        throw new RuleError(msg('访客车位不登记使用人和车牌', 'a visitor space has no holder or plate'));
      const rec: Record<string, unknown> = { kind: 'parking-space', id: o.id };
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) rec[k] = v;
      rec.since = ctx.today();
      tx.create('parking-space', o.id, rec);
    } else {
      tx.edit('parking-space', o.id, (doc) => {
        for (const [k, v] of Object.entries(fields)) if (v !== undefined) setIn(doc, [k], v);
        if (o.holder || o.plate) setIn(doc, ['since'], ctx.today());
      });
    }
    return { message: `parking: space ${o.id}`, summary: msg(`已登记车位 ${o.id}`, `space ${o.id} recorded`) };
  });
}
