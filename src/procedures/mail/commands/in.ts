// 收件登记 (四.12): a letter or parcel signed for at the service center — one new small file per item
// (mail/<year>/YJ2026-0001.yaml), so two desks logging parcels at once never touch the same file.
// e.g. wuye mail in --unit 1-2-0801 --addressee 张三 --carrier sf --type parcel --tracking SF1234567890 --place 货架B-3
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { MailCarrier, MailType } from '../../../core/enums.gen.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { atTime, nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import type { MailItem } from '../rules.js';

export function parse(l: Line) {
  return {
    unit: l.idOpt('unit', 'unit')!,
    addressee: l.text('addressee')!,
    carrier: l.choice<MailCarrier>('carrier')!,
    type: l.choice<MailType>('type') ?? 'parcel',
    tracking: l.text('tracking'),
    sender: l.text('sender'),
    place: l.text('place'),
    at: l.localTime('at'),
    notes: l.text('notes'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const at = atTime(ctx, o.at) ?? ctx.now();
  await ctx.write((tx) => {
    tx.read<UnitRecord>('unit', o.unit);
    const id = nextCaseId(ctx, tx, 'mail-item', at.slice(0, 4));
    const rec: MailItem = {
      kind: 'mail-item',
      id,
      received_at: at,
      carrier: o.carrier,
      type: o.type,
      ...(o.tracking ? { tracking: o.tracking } : {}),
      unit: o.unit,
      addressee: o.addressee,
      ...(o.sender ? { sender: o.sender } : {}),
      ...(o.place ? { place: o.place } : {}),
      received_by: op.id,
      ...(o.notes ? { notes: o.notes } : {}),
    };
    tx.create('mail-item', id, rec);
    const what = `${label('mailCarrier', o.carrier)} ${label('mailType', o.type)}${o.tracking ? ` ${o.tracking}` : ''}`;
    return {
      message: `mail: in ${id} ${o.unit}`,
      summary: msg(
        `${id}：${o.unit} ${o.addressee} 的${what} 已登记`,
        `${id}: ${what} for ${o.addressee}, ${o.unit} logged`,
      ),
    };
  });
}
