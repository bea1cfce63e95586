// The registry's printable forms (spec procedures/01-registry-and-archive.md "Forms";
// manual 四.16, 四.2 4.3): 业主/住户情况登记表, filled from a unit's owners and residents.
// e.g. wuye form owner-registration 1-2-0801 [--reveal]   ·   wuye form owner-registration --blank
import type { Ctx } from '../../kit/context.js';
import { msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import type { PersonRecord, UnitRecord } from '../../core/types.gen.js';
import type { FormDef } from '../../kit/forms.js';
import { maskedPerson } from './person-view.js';
import { displayName } from './rules.js';

function person(ctx: Ctx, id: string, reveal: boolean): PersonRecord | undefined {
  const p = ctx.store.tryRead<PersonRecord>('person', id)?.data;
  return p && maskedPerson(p, reveal);
}

/** The data model of the owner registration form for one unit (personal data masked unless reveal). */
export function ownerRegistrationData(
  ctx: Ctx,
  unitId: string,
  reveal: boolean,
): { data: Record<string, unknown>; date: string } {
  const u = ctx.store.read<UnitRecord>('unit', unitId).data;
  const owners = (u.owners ?? []).map((o) => ({ ref: o, p: person(ctx, o.person, reveal) }));
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
      const q = person(ctx, r.person, reveal);
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
    const q = person(ctx, t.person, reveal);
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
    // the owner's own file: ids and phones in full, each printing recorded
    ownerFile: true,
    load: (ctx, id, { reveal }) => {
      const unitId = checkId('unit', id, 'ID');
      const { data, date } = ownerRegistrationData(ctx, unitId, reveal);
      const u = ctx.store.read<UnitRecord>('unit', unitId).data;
      const people = [
        ...(u.owners ?? []).map((o) => o.person),
        ...(u.residents ?? []).map((r) => r.person),
        ...(u.tenants ?? []).map((t) => t.person),
      ];
      return { id: unitId, date, data, people };
    },
  },
];
