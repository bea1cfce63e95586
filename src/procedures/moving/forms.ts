// Occupancy forms (manual 四.4; spec 04 "Forms"): 住户登记表 (the residents of a unit, their cards, those who
// left) and 租户登记表 (the tenants, their leases, the owner's consent, those living with them). Personal data
// masked unless --reveal.
// e.g. wuye form resident-registration 1-2-0801 · wuye form tenant-registration 2-1-0801 --reveal
import { msg } from '../../core/i18n.js';
import { maskNationalId, maskPhone } from '../../core/personal.js';
import type { PersonRecord, UnitRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef } from '../../kit/forms.js';

function personOf(ctx: Ctx, id: string, reveal: boolean) {
  const p = ctx.store.tryRead<PersonRecord>('person', id)?.data;
  const phone = p?.phones?.[0];
  return {
    name: p ? (p.company?.name ?? p.name) : id,
    national_id: p?.national_id && (reveal ? p.national_id : maskNationalId(p.national_id)),
    phone: phone && (reveal ? phone : maskPhone(phone)),
  };
}

const latest = (dates: (string | undefined)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .pop() ?? '2000-01-01';

function ownerOf(ctx: Ctx, u: UnitRecord, reveal: boolean) {
  const o = u.owners?.[0];
  return o ? personOf(ctx, o.person, reveal) : undefined;
}

export function residentData(ctx: Ctx, id: string, reveal: boolean) {
  const u = ctx.store.read<UnitRecord>('unit', id).data;
  const residents = (u.residents ?? []).map((r) => ({
    ...personOf(ctx, r.person, reveal),
    relation: r.relation,
    since: r.since,
    card: r.card?.no,
  }));
  const past = (u.past_residents ?? []).map((r) => ({
    name: personOf(ctx, r.person, reveal).name,
    relation: r.relation,
    until: r.until,
    card: r.card?.no,
    card_back: r.card
      ? r.card.returned_on
        ? `${r.card.returned_on} 收回`
        : `未收回：${r.card.not_returned ?? ''}`
      : '',
  }));
  const date = latest([
    ...(u.owners ?? []).map((o) => o.since),
    ...(u.residents ?? []).map((r) => r.since),
    ...(u.past_residents ?? []).map((r) => r.until),
  ]);
  return { id, date, data: { unit: { id }, owner: ownerOf(ctx, u, reveal), residents, past } };
}

export function tenantData(ctx: Ctx, id: string, reveal: boolean) {
  const u = ctx.store.read<UnitRecord>('unit', id).data;
  const tenants = (u.tenants ?? []).map((t) => ({
    ...personOf(ctx, t.person, reveal),
    from: t.from,
    to: t.to,
    card: t.card?.no,
    consent: t.consent,
    consent_by: t.consent_by ? personOf(ctx, t.consent_by, reveal).name : '',
    consent_on: t.consent_on,
  }));
  const household = (u.residents ?? [])
    .filter((r) => r.tenant)
    .map((r) => ({ ...personOf(ctx, r.person, reveal), relation: r.relation, card: r.card?.no }));
  const date = latest([
    ...(u.tenants ?? []).flatMap((t) => [t.from, t.consent_on]),
    ...(u.residents ?? []).filter((r) => r.tenant).map((r) => r.since),
  ]);
  return {
    id,
    date,
    data: { unit: { id }, owner: ownerOf(ctx, u, reveal), tenants, household, tenant_name: tenants[0]?.name },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'resident-registration',
    template: 'moving/resident-registration',
    title: msg('住户登记表', 'resident registration form'),
    idKind: 'unit',
    load: (ctx, id, { reveal }) => residentData(ctx, id, reveal),
  },
  {
    name: 'tenant-registration',
    template: 'moving/tenant-registration',
    title: msg('租户登记表', 'tenant registration form'),
    idKind: 'unit',
    load: (ctx, id, { reveal }) => tenantData(ctx, id, reveal),
  },
];
