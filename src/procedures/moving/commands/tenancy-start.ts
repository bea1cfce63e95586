// 租户登记 (四.4; spec 04 "A tenancy needs the owner's consent and lease dates"): the tenant, the lease, the
// owner's written consent (which owner, what document) and a resident card; the unit becomes let; the consent
// is listed in the unit's file.
// e.g. wuye moving tenancy start 2-1-0801 --tenant P000150 --from 2026-12-01 --to 2027-11-30 --consent 业主书面同意出租书
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { UnitRecord } from '../../../core/types.gen.js';
import { appendIn, setIn } from '../../../core/yamlio.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { requirePerson } from '../../../kit/refs.js';
import { fileDocuments } from '../../archive/api.js';
import { cardInUse, leaseProblem, registeredAs } from '../rules.js';

export function parse(l: Line) {
  return {
    id: l.id(0, 'unit'),
    tenant: l.idOpt('tenant', 'person')!,
    from: l.date('from')!,
    to: l.date('to')!,
    consent: l.text('consent')!,
    consentBy: l.idOpt('consentBy', 'person'),
    card: l.text('card'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  const today = ctx.today();
  const bad = leaseProblem(o.from, o.to);
  if (bad) throw new RuleError(bad, msg('检查 --from 和 --to', 'check --from and --to'));
  if (!o.consent)
    throw new RuleError(
      msg('出租须有业主的书面同意', "a tenancy needs the owner's written consent"),
      msg('用 --consent 写明同意书', 'name the consent document with --consent'),
    );
  await ctx.write((tx) => {
    requirePerson(tx, o.tenant, '--tenant');
    const u = tx.read<UnitRecord>('unit', o.id).data;
    const owners = (u.owners ?? []).map((x) => x.person);
    if (!owners.length)
      throw new RuleError(
        msg(`${o.id} 没有业主，无人能同意出租`, `${o.id} has no owner to consent to a tenancy`),
        msg('先登记业主（wuye unit update --add-owner）', 'register the owner first (wuye unit update --add-owner)'),
      );
    const consentBy = o.consentBy ?? owners[0];
    if (!owners.includes(consentBy))
      throw new RuleError(
        msg(
          `${consentBy} 不是 ${o.id} 的业主，其同意无效`,
          `${consentBy} does not own ${o.id}; their consent does not count`,
        ),
        msg(`业主：${owners.join('、')}`, `owners: ${owners.join(', ')}`),
      );
    const as = registeredAs(u, o.tenant);
    if (as)
      throw new RuleError(
        msg(
          `${o.tenant} 已登记为 ${o.id} 的${as === 'owner' ? '业主' : as === 'tenant' ? '租户' : '住户'}`,
          `${o.tenant} is already registered on ${o.id} (${as})`,
        ),
        msg(
          `续租先结束原租约: wuye moving tenancy end ${o.id} --tenant ${o.tenant}`,
          `to renew, end the lease first: wuye moving tenancy end ${o.id} --tenant ${o.tenant}`,
        ),
      );
    if (o.card && cardInUse(u, o.card))
      throw new RuleError(
        msg(`住户证 ${o.card} 已在使用`, `card ${o.card} is already in use`),
        msg('换一个证号', 'use another number'),
      );
    tx.edit('unit', o.id, (doc) => {
      appendIn(doc, ['tenants'], {
        person: o.tenant,
        from: o.from,
        to: o.to,
        consent: o.consent,
        consent_by: consentBy,
        consent_on: today,
        ...(o.card ? { card: { no: o.card, issued_on: today } } : {}),
        by: op.id,
      });
      if (['occupied', 'handed-over', 'vacant'].includes(u.state)) setIn(doc, ['state'], 'let');
    });
    fileDocuments(tx, {
      unit: o.id,
      types: ['tenancy-consent'],
      title: `${o.consent}（${o.tenant}，${o.from}–${o.to}）`,
      on: today,
      by: op.id,
    });
    return {
      message: `moving: tenancy start ${o.id} ${o.tenant}`,
      summary: msg(
        `${o.tenant} 已登记为 ${o.id} 的租户（${o.from} 至 ${o.to}，业主 ${consentBy} 同意）${o.card ? `，发住户证 ${o.card}` : ''}`,
        `${o.tenant} registered as a tenant of ${o.id} (${o.from} to ${o.to}, consent of ${consentBy})${o.card ? `, card ${o.card}` : ''}`,
      ),
    };
  });
}
