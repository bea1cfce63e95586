// 退租 (四.4; spec 04 "when it ends, residents' cards are taken back"): the tenant and those registered with
// them leave — kept on record (past_tenants, past_residents) — and their cards come back; a let unit with no
// tenant left is occupied again.
// e.g. wuye moving tenancy end 2-1-0801 --tenant P000150 --reason 租期届满
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
    tenant: l.idOpt('tenant', 'person')!,
    reason: l.text('reason'),
    notReturned: l.text('cardNotReturned'),
    on: l.date('on'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const on = o.on ?? ctx.today();
  let cards: string[] = [];
  await ctx.write((tx) => {
    const u = tx.read<UnitRecord>('unit', o.id).data;
    const ts = u.tenants ?? [];
    const t = ts.find((x) => x.person === o.tenant);
    if (!t)
      throw new NotFoundError(
        msg(`${o.tenant} 不是 ${o.id} 的租户`, `${o.tenant} is not a tenant of ${o.id}`),
        msg(`租户见 wuye unit show ${o.id}`, `see wuye unit show ${o.id}`),
      );
    const rs = u.residents ?? [];
    const withTenant = rs.filter((r) => r.tenant === o.tenant);
    cards = [t, ...withTenant].flatMap((x) => (x.card ? [x.card.no] : []));
    const left = ts.filter((x) => x !== t);
    tx.edit('unit', o.id, (doc) => {
      if (left.length) setIn(doc, ['tenants'], left);
      else doc.delete('tenants');
      appendIn(doc, ['past_tenants'], {
        ...closeCard(t, on, o.notReturned),
        ended: on,
        ended_by: op.id,
        ...(o.reason ? { reason: o.reason } : {}),
      });
      if (withTenant.length) {
        const stay = rs.filter((r) => r.tenant !== o.tenant);
        if (stay.length) setIn(doc, ['residents'], stay);
        else doc.delete('residents');
        for (const r of withTenant)
          appendIn(doc, ['past_residents'], closeCard({ ...r, until: on, by: op.id }, on, o.notReturned));
      }
      if (u.state === 'let' && !left.length) setIn(doc, ['state'], 'occupied');
    });
    return {
      message: `moving: tenancy end ${o.id} ${o.tenant}`,
      summary: msg(
        `${o.id} 的租约已结束（${o.tenant}${withTenant.length ? ` 及随住 ${withTenant.length} 人` : ''}）${cards.length ? `，住户证 ${cards.join('、')} ${o.notReturned ? `未收回（${o.notReturned}）` : '已收回'}` : ''}`,
        `${o.id}: tenancy of ${o.tenant} ended${withTenant.length ? ` with ${withTenant.length} living with them` : ''}${cards.length ? `; cards ${cards.join(', ')} ${o.notReturned ? `not taken back (${o.notReturned})` : 'taken back'}` : ''}`,
      ),
    };
  });
}
