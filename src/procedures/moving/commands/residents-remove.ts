// 住户迁出 (四.4): the resident's registration closed and kept on record (past_residents), the card taken back
// — or why it was not.
// e.g. wuye moving residents remove 1-2-0801 --person P000124
import { NotFoundError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { closeCard } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'unit'),
    person: l.idOpt('person', 'person')!,
    notReturned: l.text('cardNotReturned'),
    on: l.date('on'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const on = o.on ?? ctx.today();
  let card = '';
  await ctx.write((tx) => {
    const u = tx.read<UnitRecord>('unit', o.id).data;
    const rs = u.residents ?? [];
    const r = rs.find((x) => x.person === o.person);
    if (!r)
      throw new NotFoundError(
        msg(`${o.person} 不是 ${o.id} 的登记住户`, `${o.person} is not a registered resident of ${o.id}`),
        msg(
          `住户见 wuye unit show ${o.id}；租户用 wuye moving tenancy end`,
          `see wuye unit show ${o.id}; for a tenant use wuye moving tenancy end`,
        ),
      );
    card = r.card?.no ?? '';
    const past = closeCard({ ...r, until: on, by: op.id }, on, o.notReturned);
    tx.edit('unit', o.id, (doc) => {
      const stay = rs.filter((x) => x !== r);
      if (stay.length) setIn(doc, ['residents'], stay);
      else doc.delete('residents');
      appendIn(doc, ['past_residents'], past);
    });
    return {
      message: `moving: residents remove ${o.id} ${o.person}`,
      summary: msg(
        `${o.person} 已迁出 ${o.id}${card ? (o.notReturned ? `，住户证 ${card} 未收回（${o.notReturned}）` : `，住户证 ${card} 已收回`) : ''}`,
        `${o.person} left ${o.id}${card ? (o.notReturned ? `; card ${card} not taken back (${o.notReturned})` : `; card ${card} taken back`) : ''}`,
      ),
    };
  });
}
