// 寄件登记 (四.12; spec 11-mail "Outgoing company mail"): a letter or parcel the center sends — kind, carrier,
// addressee and address, tracking number, postage in fen — one new small file (mail-out/<year>/FJ2026-0001.yaml).
// e.g. wuye mail out --to 湖南爵士湘置业有限公司 --address 长沙市雨花区… --carrier ems --type official --cost 22.00
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { formatMoney, formatYuan } from '../../../core/money.js';
import type { MailCarrier, MailType } from '../../../core/enums.gen.js';
import type { MailOutRecord } from '../../../core/types.gen.js';
import { atTime, nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';

export function parse(l: Line) {
  return {
    to: l.text('to')!,
    address: l.text('address')!,
    carrier: l.choice<MailCarrier>('carrier')!,
    type: l.choice<MailType>('type') ?? 'letter',
    tracking: l.text('tracking'),
    cost: l.money('cost')!,
    purpose: l.text('purpose'),
    at: l.localTime('at'),
    notes: l.text('notes'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const at = atTime(ctx, o.at) ?? ctx.now();
  await ctx.write((tx) => {
    const id = nextCaseId(ctx, tx, 'mail-out', at.slice(0, 4));
    const rec: MailOutRecord = {
      kind: 'mail-out',
      id,
      sent_at: at,
      carrier: o.carrier,
      type: o.type,
      addressee: o.to,
      address: o.address,
      ...(o.tracking ? { tracking: o.tracking } : {}),
      cost: formatMoney(o.cost),
      ...(o.purpose ? { purpose: o.purpose } : {}),
      by: op.id,
      ...(o.notes ? { notes: o.notes } : {}),
    };
    tx.create('mail-out', id, rec);
    const what = `${label('mailCarrier', o.carrier)} ${label('mailType', o.type)}${o.tracking ? ` ${o.tracking}` : ''}`;
    return {
      message: `mail: out ${id}`,
      summary: msg(
        `${id}：寄给 ${o.to} 的${what} 已登记，邮费 ${formatYuan(o.cost)}`,
        `${id}: ${what} to ${o.to} logged, postage ${formatYuan(o.cost)}`,
      ),
    };
  });
}
