// Occupancy forms (manual 四.4; spec 04 "Forms"): 住户登记表 (the residents of a unit, their cards, those who
// left) and 租户登记表 (the tenants, their leases, the owner's consent, those living with them). Personal data
// read through ctx.shown: masked unless --reveal.
// e.g. wuye form resident-registration 1-2-0801 · wuye form tenant-registration 2-1-0801 --reveal
import { RuleError, UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { label } from '../../core/labels.js';
import type { PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { Moving } from './rules.js';
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

const staffName = (ctx: Ctx, id?: string) => (id ? (ctx.shown.tryRead<StaffRecord>('staff', id)?.data.name ?? id) : '');

/** The fee check as printed: none owed, or owed and released by the manager with the reason. */
const feeCheck = (ctx: Ctx, m: Moving) =>
  !m.pass
    ? ''
    : m.pass.override
      ? `欠费 ¥${m.pass.arrears}，${staffName(ctx, m.pass.override.by)}批准放行：${m.pass.override.reason}`
      : '无欠费';

/** 物品放行条 of a booking (its stub and the pass), from the booking's pass. */
export function passData(ctx: Ctx, id: string) {
  const m = ctx.shown.read<Moving>('moving', id).data;
  if (!m.pass)
    throw new RuleError(
      msg(`${m.id} 尚未开具放行条`, `${m.id} has no release pass yet`),
      msg(`先开具: wuye moving pass ${m.id} --person … --goods …`, `issue it first: wuye moving pass ${m.id} …`),
    );
  const p = m.pass;
  const c = p.owner_confirmation;
  return {
    id: p.no,
    date: p.issued_at.slice(0, 10),
    data: {
      pass: {
        no: p.no,
        unit: m.unit,
        date: m.date,
        slot: `${m.from}-${m.to}`,
        person: personOf(ctx, p.person).name,
        as: label('movingApplicantAs', p.as),
        confirmation: c ? `${personOf(ctx, c.owner).name}（${label('ownerConfirmation', c.how)}）` : '业主本人',
        mover: m.mover ?? '',
        plates: m.plates ?? [],
        fees: feeCheck(ctx, m),
        goods: p.goods,
        issued_by: staffName(ctx, p.issued_by),
      },
    },
  };
}

/** 搬迁登记表 of a day (YYYY-MM-DD) or a month (YYYY-MM). */
export function registerData(ctx: Ctx, id: string) {
  if (!/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(id))
    throw new UsageError(
      msg(`register 的编号应为日期或月份，而不是 "${id}"`, `register takes a date or a month, not "${id}"`),
      msg('如 2026-11-30 或 2026-11', 'e.g. 2026-11-30 or 2026-11'),
    );
  const rows = [...ctx.shown.all<Moving>('moving')]
    .map((r) => r.data)
    .filter((m) => m.date.startsWith(id))
    .sort((a, b) => (a.date + a.from).localeCompare(b.date + b.from) || a.id.localeCompare(b.id));
  const moves = rows.map((m) => ({
    id: m.id,
    unit: m.unit,
    direction: label('movingDirection', m.direction),
    slot: `${m.date} ${m.from}-${m.to}`,
    lift: m.lift ? '✓' : '',
    mover: [m.mover, ...(m.plates ?? [])].filter(Boolean).join(' '),
    pass: m.pass?.no ?? '',
    fees: m.pass ? (m.pass.override ? `欠费 ¥${m.pass.arrears} 经理放行` : '无欠费') : '',
    gate: m.gate ? `${staffName(ctx, m.gate.by)} ${m.gate.at.slice(11, 16)}` : '',
  }));
  const date = latest(
    rows.flatMap((m) => [m.booked_at.slice(0, 10), m.pass?.issued_at.slice(0, 10), m.gate?.at.slice(0, 10)]),
  );
  return {
    id,
    date: date === '2000-01-01' ? (id.length === 7 ? `${id}-01` : id) : date,
    data: { register: { id, total: moves.length }, moves },
  };
}

export const FORMS: FormDef[] = [
  {
    name: 'moving-pass',
    template: 'moving/pass',
    title: msg('物品放行条', 'release pass'),
    idKind: 'moving',
    load: (ctx, id) => passData(ctx, id),
  },
  {
    name: 'moving-register',
    template: 'moving/register',
    title: msg('搬迁登记表', 'moving register'),
    idKind: 'YYYY-MM-DD|YYYY-MM',
    load: (ctx, id) => registerData(ctx, id),
  },
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
