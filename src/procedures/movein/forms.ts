// The move-in forms (manual 四.2 4.2.2): one data model per unit, filled from
// the case, the unit, its people and wuye.yaml, and the forms that print it —
// the packet of spec 02 in its order. Personal data is masked unless --reveal.
// No pdfkit here. e.g. wuye form movein-inspection 3-1-0101 · wuye movein packet --building 3
import type { Ctx } from '../../kit/context.js';
import { dateOf } from '../../core/dates.js';
import { msg, type Msg } from '../../core/i18n.js';
import { checkId } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import { formatMoney, lineAmount } from '../../core/money.js';
import type { Store } from '../../core/store.js';
import type { MoveinRecord, PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { Config } from '../../core/root.js';
import type { FormDef } from '../../kit/forms.js';
import type { FormItem } from '../../render/model.js';
import { rateOn } from '../fee/api.js';
import { fenOf, moveinFees, openDefects } from './rules.js';

/** The packet's forms, in the order the owner meets them (4.2.2.2). `blank` ones are handed out to fill in later. */
export const PACKET: readonly { form: string; name: string; title: Msg; blank?: boolean }[] = [
  { form: 'movein/notice', name: 'movein-notice', title: msg('入伙通知书', 'move-in notice') },
  { form: 'movein/steps', name: 'movein-steps', title: msg('收楼手续步骤表', 'move-in steps form') },
  {
    form: 'registry/owner-registration',
    name: 'movein-registration',
    title: msg('业主/住户情况登记表', 'owner/resident registration form'),
  },
  { form: 'movein/inspection', name: 'movein-inspection', title: msg('房屋验收交接表', 'handover inspection form') },
  { form: 'movein/keys', name: 'movein-keys', title: msg('钥匙领用登记表', 'key receipt register') },
  // the renovation procedure's own application form (四.3), handed out blank for later
  {
    form: 'renovation/application',
    name: 'renovation-application',
    title: msg('装修申请表', 'renovation application'),
    blank: true,
  },
  { form: 'movein/safety', name: 'movein-safety', title: msg('业主/住户安全责任书', 'safety responsibility letter') },
  { form: 'movein/covenant', name: 'movein-covenant', title: msg('业主临时管理规约', "temporary owners' covenant") },
  {
    form: 'movein/service-agreement',
    name: 'movein-service-agreement',
    title: msg('前期物业服务协议', 'preliminary service agreement'),
  },
  {
    form: 'movein/civility-pact',
    name: 'movein-civility-pact',
    title: msg('居民精神文明建设公约', "residents' civility pact"),
  },
];

const DEFAULT_BRING: { item: string; note: string }[] = [
  { item: '入伙通知书、收楼手续步骤表', note: '' },
  { item: '购房协议（合同）原件', note: '查验后当场返还' },
  { item: '业主身份证原件', note: '查验后当场返还' },
  { item: '家庭成员身份证原件', note: '办理住户证' },
  { item: '业主及家庭成员一寸彩照各 2 张', note: '登记表、住户证各一张' },
  { item: '单位营业执照副本及单位委托书', note: '单位购房' },
  { item: '业主签署的委托书及受托人身份证原件', note: '委托他人办理' },
];

const METERS: [key: 'water' | 'electricity' | 'gas', label: string, unit: string][] = [
  ['water', '水表', '立方米'],
  ['electricity', '电表', '千瓦时'],
  ['gas', '燃气表', '立方米'],
];
const REG_DOCS: Record<string, string> = {
  'purchase-contract': 'contract',
  'owner-id': 'id-copy',
  photos: 'photo',
  'power-of-attorney': 'power-of-attorney',
  'company-licence': 'licence',
};

export interface PacketInput {
  c: MoveinRecord | undefined;
  unit: UnitRecord;
  people: Map<string, PersonRecord>;
  staffName: (id: string | undefined) => string | undefined;
  config: Pick<Config, 'fees' | 'movein'>;
}

const earliest = (ds: (string | undefined)[]): string | undefined => ds.filter((d): d is string => !!d).sort()[0];

/** The document date of a unit's forms: the date of the case's last step (never the clock), so reprints are byte-identical. */
export function packetDate(c: MoveinRecord | undefined, fallback: string): string {
  const last = c?.log[c.log.length - 1];
  return last ? dateOf(last.at) : fallback;
}

/**
 * The data model every move-in form of one unit reads (templates/forms/movein/*.yaml). Pure: it shows the
 * records as given — a loader reads them through ctx.shown, so personal data comes masked unless --reveal.
 */
export function packetData(x: PacketInput): Record<string, unknown> {
  const { c, unit } = x;
  const ownerRef = unit.owners?.find((o) => o.person === c?.owner) ?? unit.owners?.[0];
  const p = ownerRef ? x.people.get(ownerRef.person) : undefined;
  const owner = p && {
    name: p.name,
    gender: p.gender,
    national_id: p.national_id,
    document: p.other_document ? `${labelZh('document', p.other_document.type)} ${p.other_document.number}` : undefined,
    phones: p.phones ?? [],
    share: ownerRef?.share ? `${ownerRef.share}%` : undefined,
    company: p.company ? `${p.company.name}（${p.company.licence}）` : undefined,
    // a company buyer signs with its seal (盖章), a person with a signature
    is_company: !!p.company,
    since: ownerRef?.since,
    // occupancy (入住) is not ownership: the household's own date when the records hold one, else a blank
    moved_in: earliest((unit.residents ?? []).map((r) => r.since)),
    emergency: p.emergency_contact ? { name: p.emergency_contact.name, phone: p.emergency_contact.phone } : undefined,
  };
  const household = c?.checkin?.household ?? (unit.residents ?? []).map((r) => r.person);
  const members = household.map((id) => {
    const m = x.people.get(id);
    const rel = (unit.residents ?? []).find((r) => r.person === id)?.relation;
    return {
      name: m?.name ?? id,
      relation: rel,
      gender: m?.gender,
      national_id: m?.national_id,
      phone: m?.phones?.[0],
    };
  });
  const feeStart = c?.notice?.fee_start ?? unit.fee_start ?? c?.plan?.from ?? c?.slot.date;
  const months = x.config.movein.management_fee_months;
  const due = feeStart ? moveinFees(unit, x.config.fees, feeStart, months) : [];
  // One total: the amount column holds what is paid (or due) now, and 合计 and 大写 are both its sum; a deferred
  // item keeps its amount in the note (paid at the renovation instead).
  const lines = c?.fees
    ? c.fees.items.map((f) =>
        f.status === 'deferred'
          ? { name: f.name, basis: f.basis, amount: undefined, note: `缓交 ¥${f.amount}（装修时交）` }
          : { name: f.name, basis: f.basis, amount: f.amount, note: f.receipt ? `已收，收据 ${f.receipt}` : '已收' },
      )
    : due.map((l) => ({
        name: l.name,
        basis: l.basis,
        amount: formatMoney(l.fen),
        note: l.optional ? '可选：入伙或装修时交' : '',
      }));
  const total = lines.reduce((s, l) => s + (l.amount ? fenOf(l.amount) : 0), 0);
  const mgmt = x.config.fees.items.find(
    (i) =>
      i.kind === 'periodic' &&
      i.rule === 'per-area-month' &&
      (!i.unit_types?.length || i.unit_types.includes(unit.type)),
  );
  const rate = mgmt && feeStart ? rateOn(mgmt, feeStart) : undefined;
  const first = c?.inspections?.[0];
  const defects = c?.defects ?? [];
  const conclusion = !first
    ? []
    : [first.result === 'refused' ? 'repair-first' : defects.length === 0 ? 'pass' : 'move-in-first'];
  const step = (action: string) => {
    const e = [...(c?.log ?? [])].reverse().find((l) => l.action === action);
    return e ? { by: x.staffName(e.by) ?? e.by, on: dateOf(e.at) } : undefined;
  };
  const name = (id: string | undefined) => (id ? (x.people.get(id)?.name ?? id) : undefined);
  const keys = (c?.keys?.items ?? []).map((k) => ({
    name: labelZh('keyType', k.type),
    count: k.count,
    to: name(c!.keys!.to),
    on: c!.keys!.on,
    note: '',
  }));
  if (c?.keys?.kept) {
    const back = openDefects(c).length === 0;
    keys.push({
      name: '大门钥匙（留存服务中心）',
      count: c.keys.kept.count,
      to: '服务中心',
      on: c.keys.on,
      note: `${c.keys.kept.key}，供维修使用${back ? '，已交还业主' : '，整改复验合格后交还'}`,
    });
  }
  return {
    unit: { ...unit, handed_over: c?.keys?.on },
    owner,
    members,
    co_owners: (unit.owners ?? []).filter((o) => o !== ownerRef).map((o) => name(o.person)),
    vehicles: unit.vehicles ?? [],
    tenants: (unit.tenants ?? []).map((t) => ({
      name: name(t.person),
      phone: x.people.get(t.person)?.phones?.[0],
      from: t.from,
      to: t.to,
      consent: t.consent,
    })),
    documents: (c?.checkin?.documents ?? []).map((d) => REG_DOCS[d]).filter(Boolean),
    staff: { name: x.staffName(c?.checkin?.by) },
    movein: {
      slot_date: c?.slot.date,
      slot_time: c?.slot.time,
      first_day: c?.plan?.from ?? c?.slot.date,
      fee_start: feeStart,
      office_hours: x.config.movein.office_hours,
      notice_sent_on: c?.notice?.sent_on,
      capacity: c?.checkin?.capacity,
      documents: c?.checkin?.documents ?? [],
      completed_on: c?.completed_on,
    },
    steps: {
      checkin: step('checkin'),
      inspect: step('inspect'),
      fees: step('fees'),
      keys: step('keys'),
      sign: step('sign'),
      complete: step('complete'),
    },
    bring: (x.config.movein.bring ?? []).length ? x.config.movein.bring!.map((item) => ({ item })) : DEFAULT_BRING,
    fee_lines: lines,
    fee_total: formatMoney(total),
    fee: {
      management_rate: rate,
      management_monthly: rate ? formatMoney(lineAmount(unit.area, rate)) : undefined,
      due_day: x.config.fees.due_day,
      at_movein: mgmt && months > 0 ? months : undefined,
    },
    inspection: first
      ? {
          on: first.on,
          by: x.staffName(first.by) ?? first.by,
          result: first.result,
          conclusion,
          // an owner who refused to sign is printed as having refused, on the line where a signature would be
          refused: first.result === 'refused' ? '拒绝签字' : undefined,
        }
      : undefined,
    readings: METERS.map(([k, label, u]) => ({
      meter: label,
      number: unit.meters?.[k],
      reading: first?.readings?.[k],
      unit: u,
    })),
    defects: defects.map((d) => ({
      no: d.no,
      location: d.location,
      description: d.description,
      category: d.category,
      deadline: d.escalation?.deadline ?? d.deadline,
      done_on: d.done_on,
      verified_on: d.verified_on,
    })),
    keys,
    keys_on: c?.keys?.on,
    keys_to: name(c?.keys?.to),
    agreements_on: c?.agreements?.on,
  };
}

/** Reads what packetData needs for one unit, with caches shared across a batch; give it ctx.shown. */
export class PacketLoader {
  private staff = new Map<string, string | undefined>();
  constructor(
    private readonly store: Store,
    private readonly config: Config,
  ) {}

  private staffName = (id: string | undefined): string | undefined => {
    if (!id) return undefined;
    if (!this.staff.has(id)) this.staff.set(id, this.store.tryRead<StaffRecord>('staff', id)?.data.name);
    return this.staff.get(id);
  };

  load(id: string, today: string): { date: string; data: Record<string, unknown>; c?: MoveinRecord } {
    const c = this.store.tryRead<MoveinRecord>('movein', id)?.data;
    const unit = this.store.read<UnitRecord>('unit', id).data;
    const ids = new Set<string>([
      ...(unit.owners ?? []).map((o) => o.person),
      ...(unit.residents ?? []).map((r) => r.person),
      ...(unit.tenants ?? []).map((t) => t.person),
      ...(c?.checkin?.household ?? []),
      ...(c?.keys ? [c.keys.to] : []),
    ]);
    const people = new Map<string, PersonRecord>();
    for (const p of ids) {
      const r = this.store.tryRead<PersonRecord>('person', p);
      if (r) people.set(p, r.data);
    }
    return {
      date: packetDate(c, today),
      data: packetData({ c, unit, people, staffName: this.staffName, config: this.config }),
      c,
    };
  }
}

/** The forms of one unit's packet as renderer items. */
export function packetForms(id: string, data: Record<string, unknown>): FormItem[] {
  return PACKET.map((f) => ({ form: f.form, data, id, ...(f.blank ? { blank: true } : {}) }));
}

/**
 * What a move-in form prints even blank (from wuye.yaml): the documents to bring, the office hours, the meters
 * to read and their units — a blank form leaves out only what is the unit's own.
 */
export function packetFixed(config: Pick<Config, 'movein'>): Record<string, unknown> {
  return {
    bring: (config.movein.bring ?? []).length ? config.movein.bring!.map((item) => ({ item })) : DEFAULT_BRING,
    movein: { office_hours: config.movein.office_hours },
    readings: METERS.map(([, meter, unit]) => ({ meter, unit })),
  };
}

/** Every move-in form for `wuye form NAME [UNIT] [--blank]`. */
export const FORMS: FormDef[] = PACKET.filter((f) => f.form.startsWith('movein/')).map((f) => ({
  name: f.name,
  template: f.form,
  title: f.title,
  idKind: 'movein',
  load: (ctx: Ctx, id: string) => {
    checkId('movein', id, 'ID');
    const r = new PacketLoader(ctx.shown, ctx.config).load(id, ctx.today());
    return { id, date: r.date, data: r.data };
  },
  fixed: (ctx: Ctx) => packetFixed(ctx.config),
  ownerDocument: true, // the packet goes to the owner and into the owner's file
}));
