// The registry's printable forms (spec procedures/01-registry-and-archive.md "Forms";
// manual 四.16, 四.2 4.3): 业主/住户情况登记表, filled from a unit's owners and residents.
// e.g. wuye form owner-registration 1-2-0801 [--reveal]   ·   wuye form owner-registration --blank
import type { Ctx } from '../../kit/context.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import type { PersonRecord, UnitRecord } from '../../core/types.gen.js';
import type { FormDef } from '../../kit/forms.js';
import { displayName } from './rules.js';

/** A person as the form may show them: read through ctx.shown (masked unless --reveal). */
function person(ctx: Ctx, id: string): PersonRecord | undefined {
  return ctx.shown.tryRead<PersonRecord>('person', id)?.data;
}

/** The data model of the owner registration form for one unit (read through ctx.shown: masked unless --reveal). */
export function ownerRegistrationData(ctx: Ctx, unitId: string): { data: Record<string, unknown>; date: string } {
  const u = ctx.shown.read<UnitRecord>('unit', unitId).data;
  const owners = (u.owners ?? []).map((o) => ({ ref: o, p: person(ctx, o.person) }));
  const first = owners[0];
  const p = first?.p;
  const owner = p && {
    id: p.id,
    name: displayName(p),
    gender: p.gender,
    national_id: p.national_id,
    document: p.other_document ? `${p.other_document.type} ${p.other_document.number}` : undefined,
    phones: p.phones,
    company: p.company ? `${p.company.name}（${p.company.licence}）` : undefined,
    share: first.ref.share !== undefined ? `${first.ref.share}%` : undefined,
    since: first.ref.since,
    is_company: !!p.company,
    // occupancy (入住) is not ownership (owners[].since): the household's earliest residence date, else a blank
    moved_in: (u.residents ?? [])
      .map((r) => r.since)
      .filter(Boolean)
      .sort()[0],
    emergency: p.emergency_contact && {
      name: p.emergency_contact.name + (p.emergency_contact.relation ? `（${p.emergency_contact.relation}）` : ''),
      phone: p.emergency_contact.phone,
    },
  };
  const members = [
    ...owners.slice(1).map(
      ({ p: q }) =>
        q && {
          name: displayName(q),
          relation: '共同业主',
          gender: q.gender,
          national_id: q.national_id,
          phone: q.phones?.[0],
        },
    ),
    ...(u.residents ?? []).map((r) => {
      const q = person(ctx, r.person);
      return (
        q && {
          name: displayName(q),
          relation: r.relation,
          gender: q.gender,
          national_id: q.national_id,
          phone: q.phones?.[0],
        }
      );
    }),
  ].filter(Boolean);
  const tenants = (u.tenants ?? []).map((t) => {
    const q = person(ctx, t.person);
    return { name: q ? displayName(q) : t.person, phone: q?.phones?.[0], from: t.from, to: t.to, consent: t.consent };
  });
  // the document date: when the unit's data last changed in a way the form shows, never the clock
  const dates = [
    u.fee_start,
    ...(u.owners ?? []).map((o) => o.since),
    ...(u.residents ?? []).map((r) => r.since),
    ...(u.transfers ?? []).map((t) => t.date),
  ]
    .filter((d): d is string => !!d)
    .sort();
  return {
    date: dates[dates.length - 1] ?? '2000-01-01',
    data: {
      unit: u,
      owner,
      co_owners: owners
        .slice(1)
        .map((o) => o.p && displayName(o.p))
        .filter(Boolean),
      members,
      vehicles: u.vehicles ?? [],
      tenants,
    },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'owner-registration',
    template: 'registry/owner-registration',
    title: msg('业主/住户情况登记表', 'owner/resident registration form'),
    idKind: 'unit',
    ownerDocument: true,
    load: (ctx, id) => {
      const unitId = checkId('unit', id, 'ID');
      const { data, date } = ownerRegistrationData(ctx, unitId);
      return { id: unitId, date, data };
    },
  },
];
