// Repair orders of a generated estate (spec 14; manual 三.6.6, 三.7.1, 三.7.6; wuye demo generate): the demo profile
// a month of orders on the demo estate (one late arrival, one rework, paid ones receipted, return visits, some
// still open), the bench profile a year of orders for the whole estate; each order with its desk entry, taken
// step by step as the commands take them. Paid ones go through the counter (g.estate.counter): the fee generator
// puts them on the unit's fee account with the cashier's receipt; the orders are written in `finish`.
// e.g. named in the repair manifest: generators: [repairGenerator]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { addDays, dateOf } from '../../core/dates.js';
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';
import { relPath } from '../../core/kinds.js';
import type { ConfigRecord, PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { CounterTake, GenContext, KindGenerator } from '../../kit/generate/context.js';
import type { Rng } from '../../kit/generate/rng.js';
import { CallNumbers, callRecord, type Call, type CallInput } from '../hotline/api.js';
import { cfg, dueAt, punctuality, type Repair, type RepairConf } from './rules.js';

/** Orders a unit a year on the bench estate (about one call in three at the desk is a repair). */
export const ORDERS_PER_UNIT_YEAR = 0.5;

const T = (day: string, hm: string) => `${day}T${hm}:00+08:00`;
const plus = (at: string, minutes: number) => {
  const t = new Date(Date.parse(at) + (minutes + 8 * 60) * 60_000).toISOString();
  return `${t.slice(0, 19)}+08:00`;
};

const FREE = [
  '卫生间下水道堵塞',
  '客厅灯不亮，开关跳闸',
  '厨房水龙头漏水',
  '可视对讲门铃不响',
  '阳台推拉门滑轮卡住',
  '入户门闭门器漏油',
];
// the parts of a paid repair are the technician's own stock, charged on the order (a material drawn from the
// warehouse is issued against the order by `repair done --material`, stock/api.ts; the demo's orders draw none)
const PAID: [string, string, string][] = [
  ['热水器打不着火', '80.00', '人工 30，点火针 50'],
  ['入户门锁芯坏了', '120.00', '人工 40，C 级锁芯 80'],
  ['阳台地漏反味', '45.00', '人工 20，防臭地漏芯 25'],
  ['马桶水箱不停流水', '60.00', '人工 25，进水阀 35'],
];
const PUBLIC: [string, string][] = [
  ['电梯厅顶灯不亮', '电梯厅'],
  ['单元门禁读卡器失灵', '单元门'],
  ['楼道消防应急灯不亮', '楼道'],
];

/** One order told as the commands take it: each step at its time, by its staff member, in the log. */
export class OrderStory {
  readonly r: Repair;
  constructor(
    readonly conf: RepairConf,
    call: Call,
    o: { urgency: Repair['urgency']; paid: boolean; reworkOf?: string; id: string; description?: string },
  ) {
    this.r = {
      kind: 'repair',
      id: o.id,
      hotline: call.id,
      received_at: call.at,
      ...(call.unit ? { unit: call.unit } : {}),
      ...(call.place ? { place: call.place } : {}),
      ...(call.caller ? { requester: call.caller } : {}),
      description: o.description ?? call.request,
      urgency: o.urgency,
      paid: o.paid,
      ...(o.reworkOf ? { rework_of: o.reworkOf } : {}),
      received_by: call.received_by,
      state: 'received',
      log: [{ at: call.at, by: call.received_by, action: 'open', state: 'received' }],
    };
  }

  private step(at: string, by: string, action: string, state: Repair['state'], changes: Partial<Repair>) {
    Object.assign(this.r, changes);
    this.r.state = state;
    this.r.log.push({ at, by, action, state });
  }

  assign(at: string, by: StaffRecord, tech: StaffRecord, promised: string): this {
    this.step(at, by.id, 'assign', 'assigned', {
      technician: tech.id,
      promised_at: promised,
      due_at: dueAt(promised, this.r.urgency, this.conf),
    });
    return this;
  }

  arrive(at: string): this {
    const p = punctuality(this.r.promised_at!, at, this.conf);
    this.step(at, this.r.technician!, 'arrive', 'on-site', { arrived_at: at, punctual: p.punctual });
    return this;
  }

  done(at: string, work: string, materials?: [string, number][], charge?: { amount: string; items: string }): this {
    this.step(at, this.r.technician!, 'done', 'done', {
      done_at: at,
      work,
      ...(materials?.length ? { materials: materials.map(([item, qty]) => ({ item, qty })) } : {}),
      ...(charge ? { charge } : {}),
    });
    return this;
  }

  /** The owner signs; a paid order is paid to the cashier at once (the counter numbers the receipt). */
  signoff(at: string, name: string, cashier: StaffRecord | undefined, counter: Pending[]): this {
    const changes: Partial<Repair> = { signoff: { at, name, satisfied: true } };
    if (this.r.charge && cashier) {
      const period = at.slice(0, 7);
      const take: CounterTake = {
        unit: this.r.unit!,
        at,
        cashier: cashier.id,
        method: 'cash',
        payer: name,
        bills: [],
        note: `维修单 ${this.r.id}`,
      };
      changes.charge = {
        ...this.r.charge,
        bill: '',
        receipt: '',
        book: '',
        cashier: cashier.id,
        method: 'cash',
        paid_at: at,
      };
      counter.push({ order: this, take, period });
    }
    this.step(at, this.r.technician!, 'signoff', 'signed', changes);
    return this;
  }

  callback(at: string, by: StaffRecord, satisfied: boolean, comments?: string): this {
    this.step(at, by.id, 'callback', 'closed', {
      callbacks: [
        ...(this.r.callbacks ?? []),
        { at, by: by.id, how: 'phone', satisfied, ...(comments ? { comments } : {}) },
      ],
    });
    return this;
  }
}

interface Pending {
  order: OrderStory;
  take: CounterTake;
  period: string;
}

interface Draft {
  input: CallInput;
  intake: { urgency: Repair['urgency']; paid: boolean; reworkOf?: number };
  story: (s: OrderStory) => void;
}

interface Built {
  calls: Call[];
  orders: OrderStory[];
  pending: Pending[];
}

const built = new WeakMap<object, Built>();

export const repairGenerator: KindGenerator = {
  name: 'repair',
  run(g: GenContext) {
    const config = jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), {
      schema: jsyaml.CORE_SCHEMA,
    }) as ConfigRecord;
    const prefixes = { ...CONFIG_DEFAULTS.prefixes, ...(config.prefixes ?? {}) } as Record<string, string>;
    const conf = cfg(config.repair);
    const pending: Pending[] = [];
    const drafts = g.opts.profile === 'demo' ? demoDrafts(g, pending) : benchDrafts(g, pending);
    // numbered in the order they came in: the calls after the day's desk entries, the orders per year
    const numbers = new CallNumbers(g.out.root, prefixes.hotline);
    const perYear = new Map<string, number>();
    const sorted = drafts
      .map((d, i) => ({ d, i }))
      .sort((a, b) => Date.parse(a.d.input.at) - Date.parse(b.d.input.at) || a.i - b.i);
    const calls: Call[] = [];
    const orders: OrderStory[] = [];
    const byDraft = new Map<number, OrderStory>();
    for (const { d, i } of sorted) {
      const year = d.input.at.slice(0, 4);
      const k = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, k);
      const id = `${prefixes.repair}${year}-${String(k).padStart(4, '0')}`;
      const callId = numbers.next(dateOf(d.input.at));
      const call = callRecord(callId, d.input, { outcome: 'case', case: { kind: 'repair', id } });
      const reworkOf = d.intake.reworkOf === undefined ? undefined : byDraft.get(d.intake.reworkOf)?.r.id;
      const s = new OrderStory(conf, call, { ...d.intake, reworkOf, id });
      d.story(s);
      byDraft.set(i, s);
      calls.push(call);
      orders.push(s);
    }
    built.set(g.estate, { calls, orders, pending });
    // the fee generator numbers the counter's takes in its finish: the bills are named here, in time order
    const taken = new Map<string, number>();
    for (const p of [...pending].sort((a, b) => Date.parse(a.take.at) - Date.parse(b.take.at))) {
      const key = `${p.take.unit} ${p.period}`;
      const n = (taken.get(key) ?? 0) + 1;
      taken.set(key, n);
      const item = n === 1 ? conf.fee_item : `${conf.fee_item}-${n}`;
      const amount = p.order.r.charge!.amount;
      p.take.bills = [
        {
          id: `${p.period}/${item}`,
          item,
          period: p.period,
          rate: amount,
          base: '1.00',
          amount,
          due: dateOf(p.take.at),
          note: `维修单 ${p.order.r.id}`,
        },
      ];
      p.order.r.charge!.bill = p.take.bills[0].id;
      g.estate.counter.push(p.take);
    }
  },
  finish(g: GenContext) {
    const b = built.get(g.estate);
    if (!b) return;
    for (const p of b.pending) {
      const ch = p.order.r.charge!;
      ch.receipt = p.take.receipt!;
      if (p.take.book) ch.book = p.take.book;
      else delete ch.book;
    }
    for (const c of b.calls) g.out.record(relPath('hotline', c.id), c as unknown as Record<string, unknown>);
    for (const o of b.orders) g.out.record(relPath('repair', o.r.id), o.r as unknown as Record<string, unknown>);
  },
};

const active = (s: StaffRecord, day: string) =>
  (!s.active_from || s.active_from <= day) && (!s.active_to || s.active_to >= day);
const has = (s: StaffRecord, r: string) => (s.roles as string[]).includes(r);

interface Who {
  unit: UnitRecord;
  person: string;
  name?: string;
  phone?: string;
}

function callers(g: GenContext) {
  const people = new Map<string, PersonRecord>(g.estate.people.map((p) => [p.id, p]));
  const lived = g.estate.units.filter(
    (u) => u.type === 'residential' && (u.state === 'occupied' || u.state === 'let') && (u.owners ?? []).length,
  );
  const whoOf = (u: UnitRecord): Who => {
    const person = u.owners![0].person;
    const p = people.get(person);
    return { unit: u, person, name: p?.name, phone: p?.phones?.[0] };
  };
  return { lived, whoOf };
}

const inputOf = (at: string, who: Who | undefined, place: string | undefined, request: string, by: StaffRecord) =>
  ({
    at,
    channel: 'phone',
    type: 'repair',
    ...(who ? { caller: { person: who.person, ...(who.phone ? { phone: who.phone } : {}) }, unit: who.unit.id } : {}),
    ...(place ? { place } : {}),
    request,
    received_by: by.id,
  }) as CallInput;

/** The demo estate's month of repair orders (today Saturday 2026-11-28). */
function demoDrafts(g: GenContext, counter: Pending[]): Draft[] {
  const staff = (id: string): StaffRecord => {
    const s = g.estate.staff.find((x) => x.id === id);
    if (!s) throw new Error(`repair demo: no staff ${id}`);
    return s;
  };
  const [manager, desk3, desk4, cashier, eng7, eng8, guard] = [
    'S002',
    'S003',
    'S004',
    'S005',
    'S007',
    'S008',
    'S009',
  ].map(staff);
  const { lived, whoOf } = callers(g);
  const U = (i: number) => whoOf(lived[(i * 7) % lived.length]);
  const drafts: Draft[] = [];
  const add = (
    at: string,
    who: Who | undefined,
    request: string,
    by: StaffRecord,
    intake: Draft['intake'],
    story: Draft['story'],
    place?: string,
  ) => drafts.push({ input: inputOf(at, who, place, request, by), intake, story });
  const closedFree =
    (w: Who, day: string, hm: string, tech: StaffRecord, work: string, late = 0) =>
    (s: OrderStory) => {
      const promised = plus(T(day, hm), 60);
      s.assign(plus(T(day, hm), 10), desk3, tech, promised)
        .arrive(plus(promised, late ? late : -1))
        .done(plus(promised, 50), work)
        .signoff(plus(promised, 55), sign(w), undefined, counter)
        .callback(T(addDays(day, 1), '10:00'), desk4, true);
    };
  const paid = (w: Who, day: string, hm: string, tech: StaffRecord, k: number, visit: boolean) => (s: OrderStory) => {
    const [, amount, items] = PAID[k];
    const promised = plus(T(day, hm), 90);
    s.assign(plus(T(day, hm), 15), desk4, tech, promised)
      .arrive(plus(promised, -2))
      .done(plus(promised, 40), '已更换损坏部件，试用正常', undefined, { amount, items })
      .signoff(plus(promised, 45), sign(w), cashier, counter);
    if (visit) s.callback(T(addDays(day, 2), '15:30'), desk3, true);
  };
  const w = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(U);
  add(
    T('2026-10-29', '09:12'),
    w[0],
    FREE[0],
    desk3,
    { urgency: 'minor', paid: false },
    closedFree(w[0], '2026-10-29', '09:12', eng7, '疏通下水道，清出毛发杂物'),
  );
  add(
    T('2026-10-30', '14:05'),
    w[1],
    PAID[0][0],
    desk4,
    { urgency: 'minor', paid: true },
    paid(w[1], '2026-10-30', '14:05', eng8, 0, true),
  );
  // the late arrival: 14 minutes after the appointment (三.7.1: more than 2 minutes late is not punctual)
  add(
    T('2026-11-02', '08:40'),
    w[2],
    FREE[1],
    desk3,
    { urgency: 'urgent', paid: false },
    closedFree(w[2], '2026-11-02', '08:40', eng7, '更换损坏的空气开关，线路绝缘检测正常', 14),
  );
  // the first of the rework pair: visited unsatisfied
  add(T('2026-11-04', '10:20'), w[3], FREE[2], desk4, { urgency: 'minor', paid: false }, (s) => {
    const promised = T('2026-11-04', '14:00');
    s.assign(T('2026-11-04', '10:35'), desk4, eng8, promised)
      .arrive(T('2026-11-04', '13:58'))
      .done(T('2026-11-04', '14:30'), '更换水龙头阀芯')
      .signoff(T('2026-11-04', '14:35'), sign(w[3]), undefined, counter)
      .callback(T('2026-11-05', '16:00'), desk3, false, '水龙头仍在滴水');
  });
  // the rework (三.7.6: rework at most 1%)
  add(
    T('2026-11-06', '09:00'),
    w[3],
    '厨房水龙头仍漏水（返修）',
    desk3,
    { urgency: 'minor', paid: false, reworkOf: 3 },
    (s) => {
      const promised = T('2026-11-06', '10:00');
      s.assign(T('2026-11-06', '09:05'), manager, eng7, promised)
        .arrive(T('2026-11-06', '09:57'))
        .done(T('2026-11-06', '10:40'), '更换整个水龙头，试水无渗漏')
        .signoff(T('2026-11-06', '10:45'), sign(w[3]), undefined, counter)
        .callback(T('2026-11-07', '10:00'), desk4, true);
    },
  );
  add(
    T('2026-11-10', '19:40'),
    undefined,
    `1栋${PUBLIC[0][0]}`,
    guard,
    { urgency: 'urgent', paid: false },
    (s) => {
      const promised = T('2026-11-10', '20:10');
      s.assign(T('2026-11-10', '19:45'), manager, eng8, promised)
        .arrive(T('2026-11-10', '20:09'))
        .done(T('2026-11-10', '20:40'), '更换 LED 灯管两支')
        .signoff(T('2026-11-10', '20:45'), '彭军（秩序维护部）', undefined, counter)
        .callback(T('2026-11-11', '09:30'), desk3, true);
    },
    `1栋${PUBLIC[0][1]}`,
  );
  add(
    T('2026-11-12', '11:02'),
    w[4],
    PAID[1][0],
    desk3,
    { urgency: 'minor', paid: true },
    paid(w[4], '2026-11-12', '11:02', eng7, 1, true),
  );
  // done after the promised time (on-time rate below 100%)
  add(T('2026-11-15', '16:20'), w[5], FREE[4], desk4, { urgency: 'urgent', paid: false }, (s) => {
    const promised = T('2026-11-15', '17:00');
    s.assign(T('2026-11-15', '16:25'), desk4, eng8, promised)
      .arrive(T('2026-11-15', '17:01'))
      .done(T('2026-11-15', '22:30'), '滑轮和轨道更换，待配件延误')
      .signoff(T('2026-11-15', '22:35'), sign(w[5]), undefined, counter)
      .callback(T('2026-11-17', '10:10'), desk3, true, '维修时间较长');
  });
  // paid, signed and receipted, the return visit still to make
  add(
    T('2026-11-18', '09:30'),
    w[6],
    PAID[2][0],
    desk3,
    { urgency: 'minor', paid: true },
    paid(w[6], '2026-11-18', '09:30', eng8, 2, false),
  );
  // done, waiting for the owner's sign-off
  add(T('2026-11-20', '15:10'), w[7], FREE[3], desk4, { urgency: 'minor', paid: false }, (s) => {
    const promised = T('2026-11-21', '10:00');
    s.assign(T('2026-11-20', '15:20'), desk4, eng7, promised)
      .arrive(T('2026-11-21', '09:58'))
      .done(T('2026-11-21', '10:30'), '更换室内分机，业主不在家，待签认');
  });
  // assigned, the appointment on Monday
  add(
    T('2026-11-26', '17:45'),
    w[8],
    '卧室墙面有渗水痕迹（楼上卫生间）',
    desk3,
    { urgency: 'minor', paid: false },
    (s) => {
      s.assign(T('2026-11-26', '17:55'), desk3, eng8, T('2026-11-30', '09:30'));
    },
  );
  // received at night by the security post, not yet dispatched
  add(T('2026-11-27', '22:15'), w[9], '卫生间角阀渗水', guard, { urgency: 'minor', paid: false }, () => {});
  return drafts;
}

/** A year of orders for the bench estate at ORDERS_PER_UNIT_YEAR, told as far as they have gone by today. */
function benchDrafts(g: GenContext, counter: Pending[]): Draft[] {
  const rng: Rng = g.rng.fork('bench');
  const { lived, whoOf } = callers(g);
  const asOf = g.opts.asOf;
  const from = addDays(asOf, -365);
  const drafts: Draft[] = [];
  const staffing = new Map<string, Record<string, StaffRecord[]>>();
  const staffOn = (day: string) => {
    const key = day.slice(0, 7);
    let s = staffing.get(key);
    if (!s) {
      // in post the whole month and three weeks after it (the return visit is made by who is still in post)
      const on = g.estate.staff.filter((x) => active(x, `${key}-01`) && active(x, addDays(`${key}-28`, 21)));
      s = Object.fromEntries(
        ['cs-assistant', 'engineer', 'cashier', 'security'].map((r) => [r, on.filter((x) => has(x, r))]),
      );
      staffing.set(key, s);
    }
    return s;
  };
  const perDay = (lived.length * ORDERS_PER_UNIT_YEAR) / 365;
  let carry = 0;
  const firstOf = new Map<string, { i: number; day: string }>(); // unit → its first order, for reworks
  for (let day = from; day < asOf; day = addDays(day, 1)) {
    carry += perDay;
    const n = Math.floor(carry + rng.next() - 0.5);
    carry -= n;
    const s = staffOn(day);
    if (!s['cs-assistant'].length || !s.engineer.length) continue;
    for (let i = 0; i < n; i++) {
      const u = rng.pick(lived);
      const w = whoOf(u);
      if ((u.owners![0].since ?? '') > day) continue;
      const hm = `${String(rng.int(8, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
      const at = T(day, hm);
      const desk = rng.pick(s['cs-assistant']);
      const tech = rng.pick(s.engineer);
      const cashier = s.cashier[0];
      const isPaid = !!cashier && rng.chance(0.25);
      const urgency = rng.chance(0.15) ? 'urgent' : 'minor';
      const late = rng.chance(0.04) ? rng.int(3, 25) : -rng.int(0, 5);
      const overrun = rng.chance(0.02);
      const happy = rng.chance(0.97);
      const age = (Date.parse(T(asOf, '00:00')) - Date.parse(at)) / 86_400_000;
      const stop = age < 5 ? rng.int(0, 5) : 5; // the recent ones may still be open
      const earlier = firstOf.get(u.id);
      const rework = earlier && earlier.day < day && rng.chance(0.008) ? earlier.i : undefined;
      const k = rng.int(0, PAID.length - 1);
      const request = rework !== undefined ? '上次维修的问题又出现了（返修）' : isPaid ? PAID[k][0] : rng.pick(FREE);
      if (rework === undefined) firstOf.set(u.id, { i: drafts.length, day });
      const past = (t: string) => Date.parse(t) < Date.parse(T(asOf, '00:00'));
      drafts.push({
        input: inputOf(at, w, undefined, request, desk),
        intake: { urgency, paid: isPaid && rework === undefined, reworkOf: rework },
        story: (o) => {
          const promised = plus(at, urgency === 'urgent' ? 30 : 120);
          if (stop < 1 || !past(plus(at, 5))) return;
          o.assign(plus(at, 5), desk, tech, promised);
          if (stop < 2 || !past(plus(promised, late))) return;
          o.arrive(plus(promised, late));
          const doneAt = plus(o.r.due_at!, overrun ? 30 : -20);
          if (stop < 3 || !past(doneAt)) return;
          const paidK = o.r.paid ? PAID[k] : undefined;
          o.done(
            doneAt,
            paidK ? '已更换损坏部件，试用正常' : '已修复，试用正常',
            undefined,
            paidK ? { amount: paidK[1], items: paidK[2] } : undefined,
          );
          if (stop < 4 || !past(plus(doneAt, 5))) return;
          o.signoff(plus(doneAt, 5), sign(w), o.r.paid ? cashier : undefined, counter);
          const visit = T(addDays(dateOf(doneAt), 2), '10:30');
          if (stop < 5 || !past(visit)) return;
          o.callback(visit, desk, happy, happy ? undefined : '问题未彻底解决');
        },
      });
    }
  }
  return drafts;
}

const sign = (w: Who) => w.name ?? '业主';
