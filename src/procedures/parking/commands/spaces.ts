// wuye parking spaces [--type visitor] [--json]
// Manual 四.10: the car park's spaces — owned, rented and visitor — with their holders and plates.
import type { SpaceType } from '../../../core/enums.gen.js';
import { msg, t } from '../../../core/i18n.js';
import { compareIds } from '../../../core/kinds.js';
import { label } from '../../../core/labels.js';
import type { ParkingSpaceRecord, PersonRecord } from '../../../core/types.gen.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';

export const parse = (l: Line) => ({ type: l.choice<SpaceType>('type') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const rows = [...ctx.shown.all<ParkingSpaceRecord>('parking-space')]
    .map((r) => r.data)
    .filter((s) => !o.type || s.type === o.type)
    .sort((a, b) => compareIds(a.id, b.id));
  if (ctx.globals.json) {
    ctx.out.json(rows);
    return;
  }
  const name = (p?: string) => (p ? (ctx.shown.tryRead<PersonRecord>('person', p)?.data.name ?? p) : '');
  ctx.out.table(rows, [
    { key: 'id', header: msg('车位', 'Space'), get: (s) => s.id },
    { key: 'type', header: msg('类别', 'Kind'), get: (s) => label('spaceType', s.type) },
    { key: 'unit', header: msg('房屋', 'Unit'), get: (s) => s.unit ?? '' },
    { key: 'holder', header: msg('使用人', 'Holder'), get: (s) => name(s.holder) },
    { key: 'plate', header: msg('车牌', 'Plate'), get: (s) => s.plate ?? '' },
  ]);
  if (!ctx.globals.quiet) ctx.out.err(t(msg(`共 ${rows.length} 个车位`, `${rows.length} spaces`)));
}
