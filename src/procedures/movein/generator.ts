// Move-in history for generated estates (spec 02; the demo's building 3 "in the
// middle of its move-in"): every building whose plan is in its move-in phase gets
// its cases as the CLI would have written them — planned from the handover date,
// notified by registered mail, then each unit taken as far as its story goes
// (completed, completed with open or rectified defects and a kept key, refused and
// escalated, fees paid but no keys, keys without agreements, documents only, not
// come). Pure steps over plain objects, the same rules the commands use.
// Registered in src/procedures/system/generate/index.ts: wuye demo generate DIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { WorkCalendar } from '../../core/calendar.js';
import { addDays } from '../../core/dates.js';
import { compareIds, relPath } from '../../core/kinds.js';
import { formatMoney } from '../../core/money.js';
import type { KeyRecord, MoveinRecord, PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import {
  keptKeyId,
  keysToHand,
  moveinFees,
  openDefects,
  slotsFor,
  oneOffBill,
  type Defect,
  type FeesConfig,
  type KeyItem,
} from './rules.js';
import type { CounterTake } from '../../kit/generate/context.js';
import { AGREEMENT, CONFIG_DEFAULTS, HANDOUT } from '../../core/enums.gen.js';

interface Rng {
  next(): number;
  int(a: number, b: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
}

export interface MoveinGenConfig {
  fees: FeesConfig;
  keys: KeyItem[];
  slots: string[];
  /** The center's agreed working days (wuye.yaml); unset, each deadline is agreed case by case (10–20 working days here). */
  rectifyWorkdays?: number;
  escalateWorkdays?: number;
  months: number;
}

type Story =
  | 'complete'
  | 'complete-defects'
  | 'complete-fixed'
  | 'complete-overdue'
  | 'refused-escalated'
  | 'refused-passed'
  | 'keys-only'
  | 'fees-only'
  | 'inspected'
  | 'checked'
  | 'no-show'
  | 'agent';

/** How many units of a building tell each story (at least one of each in a building of 30 or more). */
const SHARES: [Story, number][] = [
  ['complete-defects', 0.08],
  ['complete-fixed', 0.05],
  ['complete-overdue', 0.04],
  ['refused-escalated', 0.03],
  ['refused-passed', 0.03],
  ['keys-only', 0.04],
  ['fees-only', 0.04],
  ['inspected', 0.03],
  ['checked', 0.03],
  ['no-show', 0.12],
  ['agent', 0.04],
];

const DEFECTS: [string, string, Defect['category']][] = [
  ['主卧', '墙面裂缝约 30cm', 'wall'],
  ['卫生间', '地漏排水不畅', 'plumbing'],
  ['厨房', '橱柜门铰链松动', 'fixtures'],
  ['次卧', '外墙渗水，墙面霉斑', 'waterproofing'],
  ['阳台', '推拉门关闭不严', 'door-window'],
  ['客厅', '地砖空鼓 3 块', 'floor'],
  ['入户门', '猫眼缺失', 'fixtures'],
  ['主卧', '窗户密封条脱落', 'door-window'],
  ['卫生间', '淋浴龙头滴水', 'plumbing'],
  ['客厅', '插座面板松动无电', 'electrical'],
  ['餐厅', '天花石膏板裂缝', 'ceiling'],
  ['厨房', '燃气表接口有异味', 'gas'],
];

const two = (n: number) => String(n).padStart(2, '0');

function shuffle<T>(xs: T[], rng: Rng): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/**
 * The cases of one building (its units with buyers), the kept keys, and the
 * units' changes (fee start from the notice, handed over with the keys).
 */
export function moveinHistory(x: {
  units: UnitRecord[];
  people: Map<string, PersonRecord>;
  staff: StaffRecord[];
  config: MoveinGenConfig;
  from: string;
  asOf: string;
  rng: Rng;
  calendar: WorkCalendar;
  /** Where the money taken goes (the fee generator puts it on the fee accounts). */
  counter?: CounterTake[];
}): { cases: MoveinRecord[]; keys: KeyRecord[]; numbered: () => void } {
  const { rng, config, calendar } = x;
  /** Staff of a role in post on a day (a generator never lets staff act after they left: validate checks it). */
  const role = (r: string, day: string) =>
    x.staff
      .filter(
        (s) =>
          (s.roles as string[]).includes(r) &&
          !(s.active_from && s.active_from > day) &&
          !(s.active_to && s.active_to < day),
      )
      .map((s) => s.id);
  const pickOr = (r: string, fb: string, day: string) => {
    const l = role(r, day);
    return l.length ? rng.pick(l) : fb;
  };
  const manager = role('cs-manager', addDays(x.from, -12))[0] ?? x.staff[0].id;
  /** Per case, its fees entry and the takes of each item: receipts filled in once the fee generator numbered them. */
  const receiptsOf = new Map<MoveinRecord, { entry: number; own: { code: string; take: CounterTake }[] }>();
  const units = x.units.filter((u) => (u.owners ?? []).length).sort((a, b) => compareIds(a.id, b.id));
  const perDay = Math.max(1, Math.ceil(units.length / 8));
  const times = config.slots.length ? config.slots : ['09:00'];
  const slots = slotsFor(
    units.map((u) => u.id),
    x.from,
    perDay,
    times,
  );
  const announced = addDays(x.from, -10);
  const sent = addDays(x.from, -11);
  const batch = `${units[0]?.building ?? 'B'}-${x.from}`;
  const stories: Story[] = [];
  for (const [s, p] of SHARES)
    for (let i = 0; i < Math.max(units.length >= 30 ? 1 : 0, Math.round(p * units.length)); i++) stories.push(s);
  while (stories.length < units.length) stories.push('complete');
  shuffle(stories, rng);
  const cases: MoveinRecord[] = [];
  const keys: KeyRecord[] = [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const others = units.map((u) => u.owners![0].person);

  slots.forEach((s, i) => {
    const u = byId.get(s.unit)!;
    const owner = u.owners![0].person;
    const log: MoveinRecord['log'] = [];
    const at = (date: string, hm: string, min = 0) => {
      const [h, m] = hm.split(':').map(Number);
      const t = h * 60 + m + min;
      return `${date}T${two(Math.floor(t / 60) % 24)}:${two(t % 60)}:00+08:00`;
    };
    const entry = (a: string, by: string, action: string, state: string, note?: string) =>
      log.push({ at: a, by, action, state, ...(note ? { note } : {}) });
    const c: MoveinRecord = {
      kind: 'movein',
      id: u.id,
      unit: u.id,
      state: 'planned',
      owner,
      plan: { batch, from: x.from, per_day: perDay, announced_on: announced },
      slot: { date: s.date, time: s.time },
      log,
    };
    entry(at(addDays(x.from, -12), '09:00'), manager, 'plan', 'planned', `预约 ${s.date} ${s.time}`);
    c.notice = { sent_on: sent, announced_on: announced, fee_start: x.from, by: manager };
    entry(at(sent, '10:00'), manager, 'notice', (c.state = 'notified'));
    u.fee_start = x.from;
    cases.push(c);
    const story = stories[i] ?? 'complete';
    if (s.date > x.asOf || story === 'no-show') return;
    const desk = pickOr('cs-assistant', manager, s.date);
    const company = x.people.get(owner)?.company;
    const agent = story === 'agent' ? others[(i + 7) % others.length] : undefined;
    c.checkin = {
      on: s.date,
      by: desk,
      person: agent && agent !== owner ? agent : owner,
      capacity: agent && agent !== owner ? 'agent' : company ? 'company' : 'owner',
      documents: [
        'purchase-contract',
        'owner-id',
        ...(company ? ['company-licence' as const] : []),
        ...(agent && agent !== owner ? ['power-of-attorney' as const] : []),
        'photos',
        'steps-form',
      ],
      photos: 2,
    };
    entry(at(s.date, s.time, 5), desk, 'checkin', (c.state = 'documents-checked'));
    if (story === 'checked') return;
    const inspector = pickOr('engineer', desk, s.date);
    const refused = story.startsWith('refused');
    const nDefects =
      story === 'complete' || story === 'agent' || story === 'fees-only' || story === 'keys-only' ? 0 : rng.int(1, 2);
    const deadline =
      story === 'complete-overdue'
        ? addDays(s.date, 5)
        : calendar.addWorkdays(s.date, config.rectifyWorkdays ?? rng.int(10, 20));
    const start = rng.int(0, DEFECTS.length - 1);
    c.defects = Array.from({ length: nDefects }, (_, k) => {
      const [location, description, category] = DEFECTS[(start + k) % DEFECTS.length];
      return {
        no: k + 1,
        round: 1,
        location,
        description,
        category,
        status: 'open' as const,
        assigned_to: '开发企业项目工程部',
        deadline,
      };
    });
    if (!c.defects.length) delete c.defects;
    const r = (k: number) => `${(i * 7 + k) % 20}.${k % 10}`;
    c.inspections = [
      {
        round: 1,
        on: s.date,
        by: inspector,
        readings: { water: r(1), electricity: r(13), gas: r(3) },
        result: refused ? 'refused' : 'signed',
      },
    ];
    entry(
      at(s.date, s.time, 20),
      inspector,
      'inspect',
      (c.state = 'inspected'),
      `${refused ? '拒签' : '签字确认'}${nDefects ? `，问题 ${nDefects} 项，期限 ${deadline}` : '，无问题'}`,
    );
    if (story === 'inspected') return;
    const fixAndReinspect = (fail: boolean) => {
      const fixed = addDays(s.date, 6);
      const again = addDays(s.date, 7);
      const nos = (c.defects ?? []).map((d) => d.no);
      c.defects = (c.defects ?? []).map((d) => ({ ...d, status: 'done' as const, done_on: fixed }));
      entry(
        at(fixed, '16:00'),
        inspector,
        'rectify',
        (c.state = ['inspected', 'rectifying', 'reinspected'].includes(c.state) ? 'rectifying' : c.state),
        `已整改 ${nos.join(',')}`,
      );
      const round = 2;
      const failNo = fail ? nos[0] : undefined;
      const newDeadline = calendar.addWorkdays(again, config.escalateWorkdays ?? rng.int(3, 10));
      c.defects = c.defects.map((d) =>
        d.no === failNo
          ? (({ done_on: _x, ...rest }) => ({
              ...rest,
              status: 'open' as const,
              escalation: { on: again, deadline: newDeadline, manager },
            }))(d)
          : { ...d, status: 'verified' as const, verified_on: again, verified_by: inspector },
      );
      c.inspections!.push({ round, on: again, by: inspector, result: fail ? 'failed' : 'passed' });
      entry(
        at(again, '10:00'),
        inspector,
        'reinspect',
        (c.state = c.state === 'rectifying' ? 'reinspected' : c.state),
        fail ? `复验不合格 ${failNo}，转经理 ${manager}跟进，期限 ${newDeadline}` : `复验合格 ${nos.join(',')}`,
      );
    };
    let day = s.date;
    let hm = s.time;
    if (refused) {
      fixAndReinspect(story === 'refused-escalated');
      if (story === 'refused-escalated') return;
      day = c.inspections[1].on;
      hm = '10:00';
    }
    const cashier = pickOr('cashier', desk, day);
    const defer = rng.chance(0.6);
    const lines = moveinFees(u, config.fees, x.from, config.months);
    const taken = lines.filter((l) => !(defer && l.optional));
    // the money through the fee account (the fee generator numbers the receipts): charges on one, each deposit on its own
    const when = at(day, hm, 35);
    const payer = x.people.get(c.checkin.person)?.name;
    const base = { unit: u.id, at: when, cashier, method: 'cash' as const, ...(payer ? { payer } : {}) };
    const charges = taken.filter((l) => l.kind !== 'deposit');
    const own: { code: string; take: CounterTake }[] = [];
    if (charges.length) {
      const t: CounterTake = {
        ...base,
        bills: charges.flatMap((l) => l.bills ?? [oneOffBill(l, day)]),
        note: `入伙费用 ${u.id}`,
      };
      for (const l of charges) own.push({ code: l.code, take: t });
    }
    for (const l of taken.filter((y) => y.kind === 'deposit'))
      own.push({
        code: l.code,
        take: {
          ...base,
          deposit: { code: l.code, amount: formatMoney(l.fen) },
          note: `入伙时交纳 ${l.name}（四.2 4.5）`,
        },
      });
    const unique = [...new Set(own.map((o) => o.take))];
    x.counter?.push(...unique);
    c.fees = {
      on: day,
      by: cashier,
      ...(unique.length ? { account: `fees/${day.slice(0, 4)}/${u.id}.yaml` } : {}),
      items: lines.map((l) => ({
        code: l.code,
        name: l.name,
        amount: formatMoney(l.fen),
        basis: l.basis,
        status: taken.includes(l) ? ('collected' as const) : ('deferred' as const),
      })),
    };
    receiptsOf.set(c, { entry: log.length, own });
    entry(when, cashier, 'fees', (c.state = 'fees-paid'), `收 ${formatMoney(taken.reduce((a, l) => a + l.fen, 0))}`);
    if (story === 'fees-only') return;
    const open = openDefects(c).length;
    const { given, kept } = keysToHand(config.keys, open > 0);
    const to = c.checkin.person;
    c.keys = {
      on: day,
      by: desk,
      to,
      items: given as [KeyItem, ...KeyItem[]],
      ...(kept ? { kept: { key: keptKeyId(u.id), count: kept } } : {}),
    };
    entry(
      at(day, hm, 40),
      desk,
      'keys',
      (c.state = 'keys-issued'),
      kept ? `留存大门钥匙 1 把（${open} 项待整改）` : '钥匙全部交付',
    );
    if (u.state === 'unsold' || u.state === 'vacant') u.state = 'handed-over';
    let key: KeyRecord | undefined;
    if (kept) {
      key = {
        kind: 'key',
        id: keptKeyId(u.id),
        label: `${u.id} 大门钥匙（入伙留存）`,
        type: 'unit-entrance',
        unit: u.id,
        count: kept,
        place: '服务中心钥匙柜',
        state: 'held',
        since: day,
        reason: `入伙验房有 ${open} 项待整改问题，留存供维修使用（手册 四.2 4.6）`,
        source: `movein/${u.id}`,
      };
      keys.push(key);
    }
    if (story === 'keys-only') return;
    c.agreements = { on: day, by: desk, items: [...AGREEMENT], archived: true };
    entry(at(day, hm, 45), desk, 'sign', c.state, AGREEMENT.join(','));
    c.handed_out = [...HANDOUT];
    c.resident_cards = [{ person: owner }];
    c.completed_on = day;
    entry(at(day, hm, 50), desk, 'complete', (c.state = 'completed'));
    if (story === 'complete-fixed' && c.defects?.length) {
      fixAndReinspect(false);
      if (key) {
        key.state = 'returned';
        key.returned_on = c.inspections![1].on;
        key.returned_to = to;
        entry(at(c.inspections![1].on, '10:01'), desk, 'key-returned', c.state, `留存的大门钥匙 ${key.id} 交还业主`);
      }
    }
  });
  const numbered = () => {
    for (const [c, { entry: i, own }] of receiptsOf) {
      const no = new Map(own.map((o) => [o.code, o.take.receipt]));
      for (const it of c.fees!.items) if (no.get(it.code)) it.receipt = no.get(it.code)!;
      const all = [...new Set(own.map((o) => o.take.receipt).filter(Boolean))];
      if (all.length) c.log[i].note = `${c.log[i].note}，收据 ${all.join(',')}`;
    }
  };
  return { cases, keys, numbered };
}

/** What `run` built for an estate, written by `finish` once the fee generator has numbered the receipts. */
const built = new WeakMap<object, { cases: MoveinRecord[]; keys: KeyRecord[]; numbered: () => void }[]>();

export const moveinGenerator: KindGenerator = {
  name: 'movein',
  run(g: GenContext) {
    const cfg = jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as {
      fees?: FeesConfig;
      movein?: Record<string, unknown>;
    };
    const m = cfg.movein ?? {};
    const config: MoveinGenConfig = {
      fees: cfg.fees ?? {},
      keys: (m.keys as KeyItem[]) ?? [
        { type: 'entrance', count: 3 },
        { type: 'mailbox', count: 2 },
      ],
      slots: (m.slots as string[]) ?? ['09:00', '10:00', '11:00', '14:00', '15:00', '16:00'],
      rectifyWorkdays: m.rectify_workdays as number | undefined,
      escalateWorkdays: m.escalate_workdays as number | undefined,
      months: (m.management_fee_months as number) ?? CONFIG_DEFAULTS.movein.management_fee_months,
    };
    const people = new Map(g.estate.people.map((p) => [p.id, p]));
    const calendar = new WorkCalendar();
    const out: { cases: MoveinRecord[]; keys: KeyRecord[]; numbered: () => void }[] = [];
    for (const plan of g.estate.plans.filter((p) => p.phase === 'movein')) {
      const units = g.estate.units.filter((u) => u.building === plan.code);
      out.push(
        moveinHistory({
          units,
          people,
          staff: g.estate.staff,
          config,
          from: plan.handover,
          asOf: g.opts.asOf,
          rng: g.rng as unknown as Rng,
          calendar,
          counter: g.estate.counter,
        }),
      );
    }
    built.set(g.estate, out);
  },
  finish(g: GenContext) {
    for (const { cases, keys, numbered } of built.get(g.estate) ?? []) {
      numbered();
      for (const c of cases) g.out.record(relPath('movein', c.id), c as unknown as Record<string, unknown>);
      for (const k of keys) g.out.record(relPath('key', k.id), k as unknown as Record<string, unknown>);
    }
  },
};
