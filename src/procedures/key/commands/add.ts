// 钥匙登记 (三.12.1, 12.3): a key or key set the center keeps, labelled and filed by kind, with its place.
// e.g. wuye key add K-PUB-ROOF3 --label 3栋天台门 --type roof --count 2 --place 钥匙柜A-01
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import type { KeyRecordType } from '../../../core/enums.gen.js';
import type { Key } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'key'),
    label: l.text('label')!,
    type: l.choice<KeyRecordType>('type')!,
    unit: l.idOpt('unit', 'unit'),
    count: l.int('count', 1, 100) ?? 1,
    place: l.text('place'),
    reason: l.text('reason'),
    since: l.date('since'),
    notes: l.text('notes'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const unitKey = o.type === 'unit-entrance' || o.type === 'unit-set';
  if (unitKey && !o.unit)
    throw new RuleError(
      msg('房屋钥匙须指明所属房屋', 'a unit key needs its unit'),
      msg('加 --unit 房屋编号', 'add --unit UNIT'),
    );
  await ctx.write((tx) => {
    if (o.unit) tx.read('unit', o.unit);
    const rec: Key = {
      kind: 'key',
      id: o.id,
      label: o.label,
      type: o.type,
      ...(o.unit ? { unit: o.unit } : {}),
      count: o.count,
      ...(o.place ? { place: o.place } : {}),
      state: 'held',
      since: o.since ?? ctx.today(),
      ...(o.reason ? { reason: o.reason } : {}),
      ...(o.notes ? { notes: o.notes } : {}),
    };
    tx.create('key', o.id, rec);
    return {
      message: `key: add ${o.id}`,
      summary: msg(
        `已登记钥匙 ${o.id}（${o.label}，${o.count} 把）`,
        `registered key ${o.id} (${o.label}, ${o.count})`,
      ),
    };
  });
}
