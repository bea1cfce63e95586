// Occupancy forms (manual 四.4; spec 04 "Forms"): 住户登记表 (the residents of a unit, their cards, those who
// left) and 租户登记表 (the tenants, their leases, the owner's consent, those living with them). Personal data
// read through ctx.shown: masked unless --reveal.
// e.g. wuye form resident-registration 1-2-0801 · wuye form tenant-registration 2-1-0801 --reveal
import { msg } from '../../core/i18n.js';
import type { PersonRecord, UnitRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef } from '../../kit/forms.js';

/** A person as the form may show them: read through ctx.shown (masked unless --reveal). */
function personOf(ctx: Ctx, id: string) {
  const p = ctx.shown.tryRead<PersonRecord>('person', id)?.data;
  return { name: p ? (p.company?.name ?? p.name) : id, national_id: p?.national_id, phone: p?.phones?.[0] };
}

const latest = (dates: (string | undefined)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .pop() ?? '2000-01-01';

function ownerOf(ctx: Ctx, u: UnitRecord) {
  const o = u.owners?.[0];
  return o ? personOf(ctx, o.person) : undefined;
}

export function residentData(ctx: Ctx, id: string) {
  const u = ctx.shown.read<UnitRecord>('unit', id).data;
  const residents = (u.residents ?? []).map((r) => ({
    ...personOf(ctx, r.person),
    relation: r.relation,
    since: r.since,
    card: r.card?.no,
  }));
  const past = (u.past_residents ?? []).map((r) => ({
    name: personOf(ctx, r.person).name,
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
  return { id, date, data: { unit: { id }, owner: ownerOf(ctx, u), residents, past } };
}

export function tenantData(ctx: Ctx, id: string) {
  const u = ctx.shown.read<UnitRecord>('unit', id).data;
  const tenants = (u.tenants ?? []).map((t) => ({
    ...personOf(ctx, t.person),
    from: t.from,
    to: t.to,
    card: t.card?.no,
    consent: t.consent,
    consent_by: t.consent_by ? personOf(ctx, t.consent_by).name : '',
    consent_on: t.consent_on,
  }));
  const household = (u.residents ?? [])
    .filter((r) => r.tenant)
    .map((r) => ({ ...personOf(ctx, r.person), relation: r.relation, card: r.card?.no }));
  const date = latest([
    ...(u.tenants ?? []).flatMap((t) => [t.from, t.consent_on]),
    ...(u.residents ?? []).filter((r) => r.tenant).map((r) => r.since),
  ]);
  return {
    id,
    date,
    data: { unit: { id }, owner: ownerOf(ctx, u), tenants, household, tenant_name: tenants[0]?.name },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'resident-registration',
    template: 'moving/resident-registration',
    title: msg('住户登记表', 'resident registration form'),
    idKind: 'unit',
    ownerDocument: true,
    load: (ctx, id) => residentData(ctx, id),
  },
  {
    name: 'tenant-registration',
    template: 'moving/tenant-registration',
    title: msg('租户登记表', 'tenant registration form'),
    idKind: 'unit',
    ownerDocument: true,
    load: (ctx, id) => tenantData(ctx, id),
  },
];
