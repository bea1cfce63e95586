// 住户登记 (四.4; 四.2 4.3.2 住户证): a household member (or one living with a tenant) registered on the unit,
// with a resident card when one is issued.
// e.g. wuye moving residents add 1-2-0801 --person P000124 --relation 配偶 --card ZH-0123
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requirePerson } from '../../../kit/refs.js';
import { cardInUse, registeredAs } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'unit'),
    person: l.idOpt('person', 'person')!,
    relation: l.text('relation')!,
    tenant: l.idOpt('tenant', 'person'),
    card: l.text('card'),
    on: l.date('on'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const on = o.on ?? ctx.today();
  await ctx.write((tx) => {
    requirePerson(tx, o.person, '--person');
    const u = tx.read<UnitRecord>('unit', o.id).data;
    const as = registeredAs(u, o.person);
    if (as)
      throw new RuleError(
        msg(
          `${o.person} 已登记为 ${o.id} 的${as === 'owner' ? '业主' : as === 'tenant' ? '租户' : '住户'}`,
          `${o.person} is already registered on ${o.id} (${as})`,
        ),
        msg(`见 wuye unit show ${o.id}`, `see wuye unit show ${o.id}`),
      );
    if (o.tenant && !(u.tenants ?? []).some((t) => t.person === o.tenant))
      throw new RuleError(
        msg(`${o.tenant} 不是 ${o.id} 的租户`, `${o.tenant} is not a tenant of ${o.id}`),
        msg('先登记租约: wuye moving tenancy start', 'register the tenancy first: wuye moving tenancy start'),
      );
    if (!o.tenant && !(u.owners ?? []).length)
      throw new RuleError(
        msg(`${o.id} 没有业主，不能登记住户`, `${o.id} has no owner; no resident can be registered`),
        msg('先登记业主或租约', 'register the owner or the tenancy first'),
      );
    if (o.card && cardInUse(u, o.card))
      throw new RuleError(
        msg(`住户证 ${o.card} 已在使用`, `card ${o.card} is already in use`),
        msg('换一个证号', 'use another number'),
      );
    tx.edit('unit', o.id, (doc) =>
      appendIn(doc, ['residents'], {
        person: o.person,
        relation: o.relation,
        since: on,
        ...(o.tenant ? { tenant: o.tenant } : {}),
        ...(o.card ? { card: { no: o.card, issued_on: on } } : {}),
        by: op.id,
      }),
    );
    return {
      message: `moving: residents add ${o.id} ${o.person}`,
      summary: msg(
        `${o.person} 已登记为 ${o.id} 的住户（${o.relation}）${o.card ? `，发住户证 ${o.card}` : ''}`,
        `${o.person} registered as a resident of ${o.id} (${o.relation})${o.card ? `, card ${o.card}` : ''}`,
      ),
    };
  });
}
