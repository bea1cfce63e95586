// The move-in rules as pure functions (manual 四.2 物业入伙管理规程; spec
// procedures/02-movein.md): the case's state machine in the manual's order,
// appointment slots, the 7-day announcement, who may do a move-in, the keys
// rule (one entrance key kept while defects are open), fees due at move-in
// from wuye.yaml, and the board's "stuck, and why". No I/O here.
// e.g. slotsFor(['3-1-0101', ...], '2026-12-05', 12, ['09:00', '10:00'])
import { defineMachine, type Role } from '../../core/case.js';
import { addDays, daysBetween } from '../../core/dates.js';
import { compareIds } from '../../core/kinds.js';
import { msg, type Msg } from '../../core/i18n.js';
import { formatMoney, lineAmount, parseMoney, type Fen } from '../../core/money.js';
import { billsFrom, rateOn, type Bill } from '../fee/api.js';
import type { ConfigRecord, MoveinRecord, UnitRecord, PersonRecord } from '../../core/types.gen.js';
import { AGREEMENT, HANDOUT, MOVEIN_STATE, type MoveinCapacity } from '../../core/enums.gen.js';

export type MoveinState = MoveinRecord['state'];
export type Defect = NonNullable<MoveinRecord['defects']>[number];
export type Inspection = NonNullable<MoveinRecord['inspections']>[number];
export type DocumentCode = NonNullable<MoveinRecord['checkin']>['documents'][number];
export type KeyItem = NonNullable<MoveinRecord['keys']>['items'][number];
export type FeeItemConfig = NonNullable<NonNullable<ConfigRecord['fees']>['items']>[number];

const DESK: Role[] = ['cs-assistant', 'cs-manager', 'director'];
/** 3.4, 4.5: the cashier (内勤助理) takes the move-in fees, with a receipt of the book in hand. */
const CASHIER: Role[] = ['cashier'];
/** 3.5, 4.4 1): the maintenance staff of 设备维护部 walk the unit with the owner; the second inspection is theirs too. */
const INSPECT: Role[] = ['engineer'];
/** 4.4 4) 设备维护部 follows the repairs and reports; 4.4 6) the cs-manager presses what failed again. */
const RECTIFY: Role[] = ['engineer', 'cs-manager'];
const FOLLOW_UP = ['inspected', 'rectifying', 'reinspected'] as const;
const AFTER_FEES = ['fees-paid', 'keys-issued', 'completed'] as const;

/**
 * planned → notified → documents-checked → inspected → (rectifying → reinspected)*
 * → fees-paid → keys-issued → completed. Defect follow-up (rectify, reinspect)
 * continues after the owner took the keys (4.4 3): those steps keep the state.
 * `plan` opens the case (the director or the cs-manager, who make the move-in plan, 4.1) and is
 * outside the machine (re-planning keeps `planned`).
 */
export const MOVEIN = defineMachine<MoveinState>({
  name: 'movein',
  initial: 'planned',
  open: { roles: ['director', 'cs-manager'], label: msg('制订入伙方案', 'plan the move-in') },
  states: {
    planned: msg('已预约', 'planned'),
    notified: msg('已通知', 'notified'),
    'documents-checked': msg('资料已查验', 'documents checked'),
    inspected: msg('已验房', 'inspected'),
    rectifying: msg('整改中', 'rectifying'),
    reinspected: msg('已复验', 're-inspected'),
    'fees-paid': msg('已交费', 'fees paid'),
    'keys-issued': msg('已领钥匙', 'keys issued'),
    completed: msg('入伙完成', 'completed'),
  },
  transitions: [
    { action: 'notice', from: ['planned'], to: 'notified', label: msg('登记入伙通知书寄出', 'record the notice sent') },
    {
      action: 'checkin',
      from: ['notified'],
      to: 'documents-checked',
      roles: DESK,
      label: msg('查验入伙资料', 'check the documents'),
    },
    {
      action: 'inspect',
      from: ['documents-checked'],
      to: 'inspected',
      roles: INSPECT,
      label: msg('验房', 'inspect the unit'),
    },
    {
      action: 'rectify',
      from: FOLLOW_UP,
      to: 'rectifying',
      roles: RECTIFY,
      label: msg('登记整改', 'record rectification'),
    },
    ...AFTER_FEES.map((s) => ({
      action: 'rectify',
      from: [s],
      to: s,
      roles: RECTIFY,
      label: msg('登记整改', 'record rectification'),
    })),
    { action: 'reinspect', from: ['rectifying'], to: 'reinspected', roles: INSPECT, label: msg('复验', 're-inspect') },
    ...AFTER_FEES.map((s) => ({
      action: 'reinspect',
      from: [s],
      to: s,
      roles: INSPECT,
      label: msg('复验', 're-inspect'),
    })),
    {
      action: 'fees',
      from: FOLLOW_UP,
      to: 'fees-paid',
      roles: CASHIER,
      label: msg('交纳入伙费用', 'collect the move-in fees'),
    },
    {
      action: 'keys',
      from: ['fees-paid'],
      to: 'keys-issued',
      roles: DESK,
      label: msg('发放钥匙', 'hand over the keys'),
    },
    {
      action: 'sign',
      from: ['fees-paid'],
      to: 'fees-paid',
      roles: DESK,
      label: msg('签署协议', 'sign the agreements'),
    },
    {
      action: 'sign',
      from: ['keys-issued'],
      to: 'keys-issued',
      roles: DESK,
      label: msg('签署协议', 'sign the agreements'),
    },
    {
      action: 'complete',
      from: ['keys-issued'],
      to: 'completed',
      roles: DESK,
      label: msg('入伙完成（发放资料）', 'complete (hand out the documents)'),
    },
  ],
});

/** The step a case is at, for the board (index in the manual's order). */
export const STEP_ORDER: readonly MoveinState[] = MOVEIN_STATE; // the schema lists the states in the manual's order

export const ALL_AGREEMENTS = AGREEMENT;
export const ALL_HANDOUTS = HANDOUT;

// ── plan (4.1, 4.2.1) ──────────────────────────────────────────────────────

export interface Slot {
  unit: string;
  date: string;
  time: string;
}

/**
 * Appointment slots: `perDay` units a day from `from`, every calendar day
 * (move-in days run through weekends), spread evenly over the day's times.
 */
export function slotsFor(units: readonly string[], from: string, perDay: number, times: readonly string[]): Slot[] {
  if (perDay < 1 || times.length === 0) throw new RangeError('perDay ≥ 1 and at least one time');
  return [...units].sort(compareIds).map((unit, i) => {
    const day = Math.floor(i / perDay);
    const inDay = i % perDay;
    return { unit, date: addDays(from, day), time: times[Math.floor((inDay * times.length) / perDay)] };
  });
}

/** The newspaper notice must appear ≥ `days` before the first move-in day (4.2.1): a warning, or none. */
export function announcementWarning(announcedOn: string | undefined, firstDay: string, days: number): Msg | undefined {
  const latest = addDays(firstDay, -days);
  if (!announcedOn)
    return msg(
      `尚未登记登报公告日期：须在 ${latest} 或之前登报公告（首个入伙日 ${firstDay} 前 ${days} 天）`,
      `no newspaper announcement recorded: it must appear on or before ${latest} (${days} days before the first move-in day ${firstDay})`,
    );
  const before = daysBetween(announcedOn, firstDay);
  if (before < days)
    return msg(
      `登报公告日期 ${announcedOn} 距首个入伙日 ${firstDay} 只有 ${before} 天，不足 ${days} 天（最迟应为 ${latest}）`,
      `the newspaper announcement on ${announcedOn} is only ${before} days before the first move-in day ${firstDay}, less than ${days} (it should be on or before ${latest})`,
    );
  return undefined;
}

// ── check-in (4.3) ─────────────────────────────────────────────────────────

export type Capacity = MoveinCapacity;

export interface CheckinInput {
  unit: Pick<UnitRecord, 'id' | 'owners' | 'tenants' | 'residents'>;
  person: string;
  owners: Pick<PersonRecord, 'id' | 'name' | 'company'>[];
  agent: boolean;
  documents: readonly DocumentCode[];
  photos?: number;
  household: readonly string[];
}

/**
 * Who may do the move-in, and the documents they must show (4.3.1): a tenant
 * never; an agent only with a power of attorney; a company buyer with its
 * licence. Returns the capacity, or throws-ready problems (first is the reason).
 */
export function checkinProblems(i: CheckinInput): { capacity: Capacity; problems: Msg[] } {
  const ownerIds = (i.unit.owners ?? []).map((o) => o.person);
  const problems: Msg[] = [];
  if (ownerIds.length === 0) {
    return {
      capacity: 'owner',
      problems: [
        msg(
          `房屋 ${i.unit.id} 没有登记购房人（业主），不能办理入伙`,
          `unit ${i.unit.id} has no registered buyer (owner); no move-in without one`,
        ),
      ],
    };
  }
  const isOwner = ownerIds.includes(i.person);
  const isTenant = (i.unit.tenants ?? []).some((t) => t.person === i.person);
  if (!isOwner && isTenant) {
    return {
      capacity: 'agent',
      problems: [
        msg(
          `${i.person} 是该房租户：租户不能办理入伙手续，须由业主本人或持委托书的受托人办理`,
          `${i.person} is a tenant of the unit: a tenant never does the move-in; the owner or an agent with a power of attorney must`,
        ),
      ],
    };
  }
  if (!isOwner && !i.agent) {
    problems.push(
      msg(
        `${i.person} 不是房屋 ${i.unit.id} 的业主：代办须加 --agent 并查验委托书`,
        `${i.person} is not an owner of ${i.unit.id}: an agent needs --agent and a power of attorney`,
      ),
    );
  }
  const company = i.owners.find((o) => o.company);
  const capacity: Capacity = !isOwner ? 'agent' : company ? 'company' : 'owner';
  const has = (d: DocumentCode) => i.documents.includes(d);
  if (!isOwner && !has('power-of-attorney')) {
    problems.push(
      msg(
        '受托人代办须查验业主的委托书（--documents 中加 power-of-attorney）',
        "an agent must show the owner's power of attorney (add power-of-attorney to --documents)",
      ),
    );
  }
  if (company && !has('company-licence')) {
    problems.push(
      msg(
        `单位购房（${company.company!.name}）须查验单位营业执照副本（--documents 中加 company-licence）`,
        `a company buyer (${company.company!.name}) must show its business licence (add company-licence to --documents)`,
      ),
    );
  }
  const required: [DocumentCode, Msg][] = [
    ['purchase-contract', msg('购房协议原件', 'the purchase contract (original)')],
    ['owner-id', msg('身份证原件', 'the id card (original)')],
    ['steps-form', msg('收楼手续步骤表', 'the move-in steps form')],
    ['photos', msg('一寸彩照', 'one-inch photos')],
  ];
  if (i.household.length)
    required.push(['household-ids', msg('家庭成员身份证原件', "the household members' id cards")]);
  const missing = required.filter(([d]) => !has(d)).map(([, m]) => m);
  if (missing.length)
    problems.push(
      msg(
        `缺少资料：${missing.map((m) => m.zh).join('、')}`,
        `documents missing: ${missing.map((m) => m.en).join(', ')}`,
      ),
    );
  const people = 1 + i.household.length;
  if (has('photos') && i.photos !== undefined && i.photos < 2 * people) {
    problems.push(
      msg(
        `一寸彩照每人 2 张，${people} 人应为 ${2 * people} 张，只收到 ${i.photos} 张`,
        `two one-inch photos per person: ${people} people need ${2 * people}, got ${i.photos}`,
      ),
    );
  }
  return { capacity, problems };
}

// ── inspection, defects (4.4) ─────────────────────────────────────────────

export const openDefects = (c: Pick<MoveinRecord, 'defects'>): Defect[] =>
  (c.defects ?? []).filter((d) => d.status !== 'verified');

/** The owner has signed the inspection form (first inspection signed, or a re-inspection passed). */
export const inspectionSigned = (c: Pick<MoveinRecord, 'inspections'>): boolean =>
  (c.inspections ?? []).some((i) => i.result === 'signed' || i.result === 'passed');

/**
 * Why keys (or fees, which come just before them) may not be handed over yet:
 * documents not checked, no inspection, or the owner refused to sign it.
 */
export function handoverBlocker(
  c: Pick<MoveinRecord, 'checkin' | 'inspections' | 'state'>,
  what: 'keys' | 'fees' = 'keys',
): Msg | undefined {
  const w = what === 'keys' ? msg('发放钥匙', 'keys') : msg('收取入伙费用', 'move-in fees');
  if (!c.checkin)
    return msg(
      `入伙资料尚未查验，不能${w.zh}（先办理 movein checkin）`,
      `the documents have not been checked: no ${w.en} yet (do movein checkin first)`,
    );
  if (!(c.inspections ?? []).length)
    return msg(
      `尚未验房，验房签字前不能${w.zh}（先办理 movein inspect）`,
      `the unit has not been inspected: no ${w.en} before the inspection is signed (do movein inspect first)`,
    );
  if (!inspectionSigned(c))
    return msg(
      `业主未在验房表上签字确认（拒签），须整改并复验合格后才能${w.zh}`,
      `the owner refused to sign the inspection: rectify and pass a re-inspection before ${w.en}`,
    );
  return undefined;
}

/** Which defects a re-inspection fails; the rest of the rectified ones pass. Refuses when some were never reported done. */
export function reinspectOutcome(
  defects: readonly Defect[],
  failNos: readonly number[],
): { pass: number[]; fail: number[]; notDone: number[]; unknown: number[] } {
  const open = defects.filter((d) => d.status !== 'verified');
  const unknown = failNos.filter((n) => !open.some((d) => d.no === n));
  const notDone = open.filter((d) => d.status === 'open' && !failNos.includes(d.no)).map((d) => d.no);
  const fail = open.filter((d) => failNos.includes(d.no)).map((d) => d.no);
  const pass = open.filter((d) => d.status === 'done' && !failNos.includes(d.no)).map((d) => d.no);
  return { pass, fail, notDone, unknown };
}

// ── keys (4.6) ─────────────────────────────────────────────────────────────

/**
 * The keys the owner takes: the whole set, or — while defects are open — all
 * but one entrance key, which stays at the center for the repairs (4.6 2).
 */
export function keysToHand(set: readonly KeyItem[], defectsOpen: boolean): { given: KeyItem[]; kept: number } {
  if (!defectsOpen) return { given: set.map((k) => ({ ...k })), kept: 0 };
  const entrance = set.find((k) => k.type === 'entrance');
  if (!entrance) throw new RangeError('the key set has no entrance key to keep');
  const given = set
    .map((k) => (k.type === 'entrance' ? { ...k, count: k.count - 1 } : { ...k }))
    .filter((k) => k.count > 0);
  return { given, kept: 1 };
}

/** The key register id of a unit's kept entrance key. */
export const keptKeyId = (unit: string): string => `K-${unit}`;

// ── fees at move-in (4.5) ─────────────────────────────────────────────────

export interface FeeLine {
  code: string;
  name: string;
  kind: FeeItemConfig['kind'];
  fen: Fen;
  basis: string;
  optional: boolean;
  /** The management fee's bills (periodic items), as the fee account will hold them. */
  bills?: Bill[];
  /** Rate and base of a one-off line (its bill when taken). */
  rate?: string;
  base?: string;
}

/** What moveinFees reads of wuye.yaml `fees`. */
export type FeesConfig = Pick<
  NonNullable<ConfigRecord['fees']>,
  'items' | 'cycle' | 'proration' | 'due_day' | 'vacant'
>;

/**
 * The fees due at move-in for a unit (4.5): the items with at_movein for its type at their amount (gas account
 * opening and cable TV as local policy sets them; the renovation deposit and debris fee, which the owner may pay
 * now or at the renovation — `optional`); and 4) the management fee from the date on the notice: every periodic
 * item of the unit's type for `months` months (wuye.yaml movein.management_fee_months), billed as the billing run
 * bills it (the first month prorated by days: start 2026-11-17, 14 of 30), one half-up rounding per bill line.
 */
export function moveinFees(
  unit: Pick<UnitRecord, 'id' | 'type' | 'area' | 'state'>,
  fees: FeesConfig,
  feeStart: string,
  months: number,
): FeeLine[] {
  const out: FeeLine[] = [];
  for (const it of fees.items ?? []) {
    if (it.unit_types?.length && !it.unit_types.includes(unit.type)) continue;
    if (it.rule === 'per-reading') continue;
    const optional = it.optional ?? false;
    if (it.kind === 'periodic') {
      if (months <= 0) continue;
      const bills = billsFrom({
        unit,
        item: it,
        start: feeStart,
        months,
        cycle: fees.cycle ?? 'monthly',
        proration: fees.proration ?? 'prorate',
        dueDay: fees.due_day ?? 15,
        vacant: fees.vacant,
        run: 'movein',
      });
      if (!bills.length) continue;
      const rate = bills[0].rate;
      const per = it.rule === 'per-area-month' ? `${unit.area}m² × ¥${rate}/m²/月` : `¥${rate}/月`;
      const parts = bills.map((b) => (b.days ? `${b.period}（${b.days}/${b.days_in_month}天）` : b.period));
      out.push({
        code: it.code,
        name: it.name,
        kind: it.kind,
        fen: bills.reduce((t, b) => t + parseMoney(b.amount), 0),
        basis: `${per}，${parts[0]} 起 ${months} 个月`,
        optional,
        bills,
      });
      continue;
    }
    if (!it.at_movein) continue;
    const rate = rateOn(it, feeStart);
    if (rate === undefined) continue;
    // a one-off charge, deposit or pass-through: once, fixed or priced per m²
    const base = it.rule === 'per-area-month' ? unit.area : '1.00';
    out.push({
      code: it.code,
      name: it.name,
      kind: it.kind,
      fen: lineAmount(base, rate),
      basis:
        it.rule === 'per-area-month' ? `${unit.area}m² × ¥${rate}/m²` : `¥${formatMoney(lineAmount('1.00', rate))}`,
      optional,
      rate,
      base,
    });
  }
  return out;
}

/** The bill of a one-off or pass-through line taken on a day (its id <period>/<code>, due that day). */
export function oneOffBill(l: FeeLine, on: string): Bill {
  return {
    id: `${on.slice(0, 7)}/${l.code}`,
    item: l.code,
    period: on.slice(0, 7),
    rate: l.rate ?? formatMoney(l.fen),
    base: l.base ?? '1.00',
    amount: formatMoney(l.fen),
    due: on,
    note: '入伙时交纳（四.2 4.5）',
  };
}

export const sumFen = (xs: readonly { fen: Fen }[]): Fen => xs.reduce((s, x) => s + x.fen, 0);
export const fenOf = (money: string): Fen => parseMoney(money);

// ── the board (status --building B) ────────────────────────────────────────

/**
 * Why a case is stuck on `today`, for the board: a notice not sent a week
 * before the slot, an owner who did not come on the day, a refused
 * inspection, overdue or escalated defects, keys not taken, agreements not signed.
 */
export function stuckReasons(c: MoveinRecord, today: string, announceDays: number): Msg[] {
  const out: Msg[] = [];
  const slot = c.slot.date;
  switch (c.state) {
    case 'planned':
      if (daysBetween(today, slot) < announceDays)
        out.push(
          msg(
            `预约日 ${slot} 临近（不足 ${announceDays} 天），通知书尚未寄出`,
            `slot on ${slot} is less than ${announceDays} days away and no notice was sent`,
          ),
        );
      break;
    case 'notified':
      if (slot < today)
        out.push(msg(`预约日 ${slot} 已过，业主未来办理`, `the slot on ${slot} has passed and the owner has not come`));
      break;
    case 'documents-checked':
      if (c.checkin && c.checkin.on < today)
        out.push(
          msg(`${c.checkin.on} 已查验资料，尚未验房`, `documents checked on ${c.checkin.on}, not yet inspected`),
        );
      break;
    case 'inspected':
    case 'reinspected':
    case 'rectifying': {
      const signed = (c.inspections ?? []).filter((i) => i.result === 'signed' || i.result === 'passed').pop();
      if (signed && signed.on < today)
        out.push(
          msg(
            `${signed.on} 验房已签字确认，尚未交费领钥匙`,
            `inspection signed on ${signed.on}; fees and keys not yet done`,
          ),
        );
      break;
    }
    case 'fees-paid':
      if (c.fees && c.fees.on < today)
        out.push(msg(`${c.fees.on} 已交费，尚未领钥匙`, `fees paid on ${c.fees.on}, keys not yet taken`));
      break;
    case 'keys-issued': {
      const signed = c.agreements?.items ?? [];
      if (ALL_AGREEMENTS.some((a) => !signed.includes(a)))
        out.push(msg('已领钥匙，协议尚未签署', 'keys taken, agreements not yet signed'));
      break;
    }
    default:
      break;
  }
  const last = (c.inspections ?? [])[(c.inspections ?? []).length - 1];
  if (last?.result === 'refused' && !inspectionSigned(c))
    out.push(
      msg(
        `${last.on} 验房拒签，待整改复验`,
        `inspection refused on ${last.on}; awaiting rectification and re-inspection`,
      ),
    );
  const open = openDefects(c);
  const overdue = open.filter((d) => d.deadline && (d.escalation?.deadline ?? d.deadline) < today);
  if (overdue.length) {
    const first = overdue.map((d) => d.escalation?.deadline ?? d.deadline!).sort()[0];
    out.push(
      msg(
        `${overdue.length} 项整改逾期（最早期限 ${first}）`,
        `${overdue.length} defect(s) overdue (earliest deadline ${first})`,
      ),
    );
  }
  const escalated = open.filter((d) => d.escalation);
  if (escalated.length)
    out.push(
      msg(
        `${escalated.length} 项复验不合格，已转用户服务部经理跟进（期限 ${escalated.map((d) => d.escalation!.deadline).sort()[0]}）`,
        `${escalated.length} defect(s) failed re-inspection, escalated to the cs-manager (deadline ${escalated.map((d) => d.escalation!.deadline).sort()[0]})`,
      ),
    );
  return out;
}
