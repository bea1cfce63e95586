// Renovation cases of a generated estate (spec 03-renovation.md; quality.md "The benchmark estate":
// ~1,500 renovations over three years for 5,000 units). Each case is taken step by step as the
// commands take it — the machine's transitions with their roles, the acts in their states, the same
// rules for drawings, money, extinguishers, hours, notices and refunds — on plain objects, with the
// log in time order. The demo profile tells the ten cases of the project's demo estate (records/
// renovation/: the whole way with a deduction, in progress with a missed inspection and a violation
// of hours, suspended after an open flame, an overdue review, a decision due, a rejection, a tenant's
// shop with drawings missing, a withdrawal, completed works); the bench profile draws its cases
// from the seed, each as far as its story has gone by the estate's "today".
// The money stays on the case (charges with the cashier's receipt number): the fee accounts of a
// generated estate are the fee generator's.
// e.g. wuye demo generate DIR (runs it after the registry, fee and move-in generators)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { WorkCalendar } from '../../core/calendar.js';
import { step } from '../../core/case.js';
import { addDays, dateOf } from '../../core/dates.js';
import { relPath } from '../../core/kinds.js';
import { labelZh } from '../../core/labels.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import { nationalIdCheckChar } from '../../core/personal.js';
import type { ConfigRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { birthDate, chineseName, creditCode, mobile, nationalId } from '../../kit/generate/people.js';
import type { Rng } from '../../kit/generate/rng.js';
import { ACTS, type Act } from './acts.js';
import { RENOVATION, type RenovationState } from './machine.js';
import {
  cfg,
  CERTIFIED_TRADES,
  checkHoursViolation,
  depositsCollected,
  extinguishersRequired,
  missingForSubmit,
  outstanding,
  permitNumber,
  refundAmount,
  requiredDrawings,
  type Case,
  type Drawing,
} from './rules.js';
import { noticeNumber, type Violation } from './violations.js';

type Conf = ReturnType<typeof cfg>;
type Worker = NonNullable<Case['workers']>[number];
type Contractor = Case['contractor'];

interface Env {
  conf: Conf;
  cal: WorkCalendar;
}

/** A moment in the center's time zone: T('2026-08-03', '09:20') → 2026-08-03T09:20:00+08:00. */
const T = (day: string, hm: string) => `${day}T${hm}:00+08:00`;

/** One case as the commands build it: steps through the machine, acts in their states, the log in time order. */
class CaseBuild {
  constructor(
    readonly env: Env,
    readonly c: Case,
    readonly unit: UnitRecord,
  ) {}

  get state(): RenovationState {
    return this.c.state as RenovationState;
  }

  private entry(at: string, by: StaffRecord, action: string, state?: string, note?: string): void {
    const last = this.c.log.at(-1);
    if (last && at < last.at) throw new Error(`${this.c.id}: ${action} at ${at} is before ${last.at}`);
    this.c.log.push({ at, by: by.id, action, ...(state ? { state } : {}), ...(note ? { note } : {}) });
  }

  /** A transition of the machine, by a staff member who holds one of its roles (step() refuses otherwise). */
  step(at: string, by: StaffRecord, action: string, change?: (c: Case) => void, note?: string): void {
    const t = step(RENOVATION, this.state, action, by.roles as string[]);
    change?.(this.c);
    this.c.state = t.to;
    this.entry(at, by, action, t.to, note);
  }

  /** An act that is not a transition, in one of its states, by one of its roles. */
  act(at: string, by: StaffRecord, a: Act, change: (c: Case) => void, note?: string): void {
    if (!a.states.includes(this.state) || !a.roles.some((r) => (by.roles as string[]).includes(r)))
      throw new Error(`${this.c.id}: ${a.action} by ${by.id} in ${this.state}`);
    change(this.c);
    this.entry(at, by, a.action, undefined, note);
  }

  // ---- the commands' steps ----

  submit(at: string, by: StaffRecord, drawings: readonly Drawing[] = []): void {
    const all = [...new Set([...(this.c.drawings ?? []), ...drawings])];
    if (missingForSubmit({ ...this.c, drawings: all }).length) throw new Error(`${this.c.id}: incomplete`);
    this.step(at, by, 'submit', (c) => {
      c.drawings = all;
      c.received_at = at;
    });
  }

  review(at: string, by: StaffRecord, pass: boolean, o: { reasons?: string; conditions?: string } = {}): void {
    this.step(
      at,
      by,
      pass ? 'review-pass' : 'review-reject',
      (c) =>
        (c.reviews ??= []).push({
          by: by.id,
          at,
          result: pass ? 'pass' : 'reject',
          ...(o.reasons ? { reasons: o.reasons } : {}),
          ...(o.conditions ? { conditions: o.conditions } : {}),
        }),
      o.reasons,
    );
  }

  revise(at: string, by: StaffRecord, o: { scopeNotes?: string; drawings?: readonly Drawing[] }): void {
    this.step(at, by, 'revise', (c) => {
      if (o.scopeNotes) c.scope_notes = o.scopeNotes;
    });
    const all = [...new Set([...(this.c.drawings ?? []), ...(o.drawings ?? [])])];
    if (missingForSubmit({ ...this.c, drawings: all }).length === 0) this.submit(at, by, o.drawings);
  }

  decide(at: string, by: StaffRecord, approve: boolean, notes?: string): void {
    this.step(
      at,
      by,
      approve ? 'approve' : 'director-reject',
      (c) =>
        (c.decisions ??= []).push({
          by: by.id,
          at,
          result: approve ? 'approve' : 'reject',
          ...(notes ? { notes } : {}),
        }),
      notes,
    );
    if (!approve) this.step(at, by, 'return-to-review');
  }

  sign(at: string, by: StaffRecord, owner?: string, contractor?: string): void {
    this.act(at, by, ACTS.sign, (c) => {
      c.agreement = {
        signed_on: dateOf(at),
        by: by.id,
        ...(owner ? { owner_signatory: owner } : {}),
        ...(contractor ? { contractor_signatory: contractor } : {}),
      };
    });
  }

  addWorker(at: string, by: StaffRecord, w: Omit<Worker, 'pass_no' | 'added'>): void {
    if (CERTIFIED_TRADES.includes(w.trade) && !w.certificate) throw new Error(`${this.c.id}: ${w.name} uncertified`);
    this.act(
      at,
      by,
      ACTS.workerAdd,
      (c) =>
        (c.workers ??= []).push({
          name: w.name,
          national_id: w.national_id,
          ...(w.phone ? { phone: w.phone } : {}),
          trade: w.trade,
          ...(w.certificate ? { certificate: w.certificate } : {}),
          pass_no: `${c.id}-W${String((c.workers ?? []).length + 1).padStart(2, '0')}`,
          added: dateOf(at),
        }),
      w.name,
    );
  }

  /** Everything still owed, on one receipt the cashier writes. */
  pay(at: string, by: StaffRecord, receipt: string): void {
    this.act(
      at,
      by,
      ACTS.pay,
      (c) => {
        for (const l of outstanding(c, this.unit.area, this.env.conf))
          (c.charges ??= []).push({ item: l.item, amount: formatMoney(l.amount), receipt, at, by: by.id });
      },
      receipt,
    );
  }

  permit(at: string, by: StaffRecord): void {
    const c = this.c;
    if (
      !c.agreement ||
      !(c.workers ?? []).some((w) => !w.removed) ||
      outstanding(c, this.unit.area, this.env.conf).length
    )
      throw new Error(`${c.id}: no permit yet`);
    this.step(at, by, 'permit', (x) => (x.permit = { number: permitNumber(x.id), at, by: by.id }));
  }

  start(at: string, by: StaffRecord): void {
    this.step(at, by, 'start', (c) => (c.started = dateOf(at)));
  }

  /** The day's inspection; a shortfall of extinguishers or a permit not posted raises its violation at once. */
  inspect(at: string, by: StaffRecord, findings: string, o: { extinguishers?: number; posted?: boolean } = {}): void {
    const day = dateOf(at);
    const required = extinguishersRequired(this.unit.area, this.env.conf.extinguisher_area);
    const raised: Violation[] = [];
    const raise = (kind: Violation['kind'], what: string) =>
      raised.push({
        notice: noticeNumber(this.c, raised.length),
        kind,
        what,
        at,
        by: by.id,
        deadline: this.env.cal.addWorkdays(day, 1),
        action: 'rectify',
      });
    if (o.extinguishers !== undefined && o.extinguishers < required)
      raise(
        'extinguishers',
        `现场灭火器 ${o.extinguishers} 具，按面积 ${this.unit.area} m² 应配 ${required} 具（每50平方米至少1具2千克干粉灭火器）`,
      );
    if (o.posted === false) raise('permit-not-posted', '施工许可证未在门口张贴');
    this.act(at, by, ACTS.inspect, (c) => {
      (c.inspections ??= []).push({
        date: day,
        at,
        by: by.id,
        findings,
        ok: raised.length === 0 && !/违规|问题|隐患/.test(findings),
        ...(o.extinguishers !== undefined ? { extinguishers: o.extinguishers, required_extinguishers: required } : {}),
        ...(o.posted !== undefined ? { permit_posted: o.posted } : {}),
      });
      if (raised.length) (c.violations ??= []).push(...raised);
    });
  }

  violation(
    at: string,
    by: StaffRecord,
    v: Pick<Violation, 'kind' | 'what' | 'action'> & { seen?: string; deadline?: string; deduction?: string },
  ): Violation {
    if (v.kind === 'hours') checkHoursViolation(this.env.conf.hours, this.env.cal, v.seen!);
    const out: Violation = {
      notice: noticeNumber(this.c),
      kind: v.kind,
      what: v.what,
      at: v.seen ?? at,
      by: by.id,
      deadline: v.deadline ?? this.env.cal.addWorkdays(dateOf(at), this.env.conf.rectify_days),
      action: v.action,
      ...(v.deduction ? { deduction: v.deduction } : {}),
    };
    this.act(at, by, ACTS.violation, (c) => (c.violations ??= []).push(out), v.what);
    if (v.action === 'suspend' && this.state === 'in-progress') this.step(at, by, 'suspend', undefined, out.notice);
    return out;
  }

  rectify(at: string, by: StaffRecord, notice: string): void {
    this.act(
      at,
      by,
      ACTS.rectify,
      (c) => {
        const v = (c.violations ?? []).find((x) => x.notice === notice && !x.rectified);
        if (!v) throw new Error(`${c.id}: no open notice ${notice}`);
        v.rectified = dateOf(at);
      },
      notice,
    );
  }

  complete(at: string, by: StaffRecord): void {
    this.step(at, by, 'complete', (c) => (c.completion = { by: by.id, at }));
  }

  accept(at: string, by: StaffRecord, pass: boolean, items?: { item: string; ok: boolean; note?: string }[]): void {
    const entry = { date: dateOf(at), by: by.id, result: pass ? 'pass' : 'fail', ...(items ? { items } : {}) } as const;
    const add = (c: Case) => (c.acceptances ??= []).push(entry);
    if (pass) this.step(at, by, 'accept', add);
    else this.act(at, by, ACTS.acceptFail, add);
  }

  /** The director's approval: the deductions of the violation notices, then those given. */
  refundApprove(at: string, by: StaffRecord, typed: { reason: string; amount: string }[] = []): void {
    this.act(at, by, ACTS.refundApprove, (c) => {
      const deductions = [
        ...(c.violations ?? [])
          .filter((v) => v.deduction)
          .map((v) => ({ reason: `${v.notice} ${labelZh('renovationViolation', v.kind)}`, amount: v.deduction! })),
        ...typed,
      ];
      const amount = refundAmount(
        depositsCollected(c),
        deductions.map((d) => parseMoney(d.amount)),
      );
      c.refund = { approved_by: by.id, approved_at: at, deductions, amount: formatMoney(amount) };
    });
  }

  refundPay(at: string, by: StaffRecord, voucher: string): void {
    this.step(
      at,
      by,
      'refund',
      (c) => (c.refund = { ...c.refund!, paid_at: at, paid_by: by.id, receipt: voucher }),
      voucher,
    );
  }

  plain(at: string, by: StaffRecord, action: 'suspend' | 'resume' | 'close' | 'withdraw', note?: string): void {
    this.step(at, by, action, undefined, note);
  }
}

interface Application {
  id: string;
  unit: UnitRecord;
  person: string;
  /** A tenant's application: the owner's written consent is the lease's. */
  tenant?: boolean;
  phone?: string;
  contractor: Contractor;
  scope: Case['scope'];
  scopeNotes?: string;
  start: string;
  end: string;
  drawings: readonly Drawing[];
  debris?: boolean;
}

/** renovation apply: the case opened; a complete application goes to review at once. */
function apply(env: Env, a: Application, at: string, by: StaffRecord): CaseBuild {
  const u = a.unit;
  const lease = a.tenant ? (u.tenants ?? []).find((t) => t.person === a.person) : undefined;
  if (a.tenant && !lease?.consent) throw new Error(`${a.id}: ${a.person} is no tenant with consent of ${u.id}`);
  if (!a.tenant && !(u.owners ?? []).some((o) => o.person === a.person))
    throw new Error(`${a.id}: ${a.person} owns no ${u.id}`);
  const c: Case = {
    kind: 'renovation',
    id: a.id,
    unit: u.id,
    ...(u.type === 'shop' || u.type === 'office' ? { special: true } : {}),
    applicant: {
      person: a.person,
      role: a.tenant ? 'tenant' : 'owner',
      ...(a.phone ? { phone: a.phone } : {}),
      ...(lease
        ? {
            owner_consent: {
              ...(u.owners?.[0] ? { owner: u.owners[0].person } : {}),
              document: lease.consent!,
              date: dateOf(at),
            },
          }
        : {}),
    },
    contractor: a.contractor,
    scope: a.scope,
    ...(a.scopeNotes ? { scope_notes: a.scopeNotes } : {}),
    planned: { start: a.start, end: a.end },
    ...(a.debris ? { debris_entrusted: true } : {}),
    drawings: [...a.drawings],
    state: 'applied',
    log: [{ at, by: by.id, action: 'apply', state: 'applied' }],
  };
  const b = new CaseBuild(env, c, u);
  if (missingForSubmit(c).length === 0) b.submit(at, by);
  return b;
}

// ---- the demo estate's ten cases (records/renovation/) ----

const C1: Contractor = {
  company: '湖南匠心装饰工程有限公司',
  licence: '91430100MA4L2X7Q3K',
  manager: '刘建平',
  phone: '13787051234',
};
const C2: Contractor = {
  company: '长沙美居装饰设计有限公司',
  licence: '91430111MA4PB8R21D',
  manager: '周海',
  phone: '15874123456',
};
const C3: Contractor = {
  company: '湘城建筑装饰有限公司',
  licence: '91430103MA4T5K6N0C',
  manager: '彭志勇',
  phone: '18973145678',
};
const D: Drawing[] = ['floor-plan', 'electrical', 'water-drainage'];
const nid = (first17: string) => first17 + nationalIdCheckChar(first17);

function demoCases(env: Env, unit: (id: string) => UnitRecord, staff: (id: string) => StaffRecord): Case[] {
  const [director, desk3, desk4, cashier, eng7, eng8, guard] = [
    'S001',
    'S003',
    'S004',
    'S005',
    'S007',
    'S008',
    'S009',
  ].map(staff);
  const { cal } = env;
  const out: CaseBuild[] = [];
  const open = (a: Omit<Application, 'id' | 'unit'> & { unit: string }, at: string, by: StaffRecord) => {
    const id = `ZX2026-${String(out.length + 1).padStart(4, '0')}`;
    const b = apply(env, { ...a, id, unit: unit(a.unit) }, at, by);
    out.push(b);
    return b;
  };
  const inspectOn = (b: CaseBuild, days: string[], hm: string, by: StaffRecord, findings: string, o = {}) => {
    for (const d of days) b.inspect(T(d, hm), by, findings, o);
  };
  const tidy = { extinguishers: 2, posted: true };

  // ZX2026-0001 · 3-2-0202: the whole way in summer: a debris violation rectified, refunded with a deduction, closed.
  let b = open(
    {
      unit: '3-2-0202',
      person: 'P000124',
      phone: '13907315521',
      contractor: C2,
      scope: ['walls', 'floors', 'kitchen', 'bathroom-waterproofing'],
      start: '2026-08-10',
      end: '2026-09-30',
      drawings: D,
    },
    T('2026-08-03', '09:20'),
    desk3,
  );
  b.review(T('2026-08-04', '16:10'), eng7, true, {
    conditions: '卫生间防水完成后做48小时闭水试验，经工程部检查后方可铺砖',
  });
  b.decide(T('2026-08-05', '10:00'), director, true, '同意');
  b.sign(T('2026-08-06', '09:30'), desk3, '业主本人', '周海');
  b.addWorker(T('2026-08-06', '09:40'), desk3, {
    name: '黄师傅',
    national_id: nid('43012119780312451'),
    trade: 'electrician',
    certificate: 'T430121197803124512',
    phone: '13548712345',
  });
  b.addWorker(T('2026-08-06', '09:45'), desk3, {
    name: '罗师傅',
    national_id: nid('43010519820907233'),
    trade: 'tiler',
  });
  b.pay(T('2026-08-06', '10:00'), cashier, '0002101');
  b.permit(T('2026-08-06', '10:20'), desk3);
  b.start(T('2026-08-10', '08:30'), guard);
  const routine = '现场整洁，门窗关闭，按规定施工';
  inspectOn(
    b,
    ['10', '11', '12', '13', '14', '17', '18', '19'].map((d) => `2026-08-${d}`),
    '10:30',
    eng7,
    routine,
    tidy,
  );
  b.violation(T('2026-08-19', '14:30'), guard, {
    kind: 'debris',
    what: '装修垃圾堆放在楼道，未按时清运',
    action: 'rectify',
    deadline: '2026-08-20',
  });
  b.inspect(T('2026-08-20', '10:30'), eng7, '楼道垃圾已清运', tidy);
  b.rectify(T('2026-08-20', '11:00'), guard, 'ZX2026-0001-V01');
  inspectOn(
    b,
    ['21', '24', '25', '26', '27', '28', '31'].map((d) => `2026-08-${d}`),
    '10:30',
    eng7,
    routine,
    tidy,
  );
  b.complete(T('2026-09-01', '17:00'), desk3);
  b.accept(T('2026-09-03', '10:00'), eng7, true, [
    { item: '承重结构及外立面', ok: true },
    { item: '卫生间闭水试验', ok: true },
    { item: '公共部位', ok: false, note: '楼道墙面有划痕，已由施工单位修补' },
  ]);
  b.refundApprove(T('2026-09-04', '09:30'), director, [{ reason: '楼道墙面修补材料费', amount: '150.00' }]);
  b.refundPay(T('2026-09-04', '15:00'), cashier, 'TK20260904-01');
  b.plain(T('2026-09-04', '15:10'), desk3, 'close');

  // ZX2026-0002 · 1-1-0102: in progress since 11-16, no inspection on 11-25, a violation of hours with a deduction.
  b = open(
    {
      unit: '1-1-0102',
      person: 'P000002',
      contractor: C1,
      scope: ['walls', 'floors', 'water-electric', 'ceilings'],
      start: '2026-11-16',
      end: '2027-01-20',
      drawings: D,
    },
    T('2026-11-09', '10:05'),
    desk4,
  );
  b.review(T('2026-11-10', '15:40'), eng8, true, { conditions: '强电改造须由持证电工施工并预留检修口' });
  b.decide(T('2026-11-11', '09:15'), director, true);
  b.sign(T('2026-11-12', '10:00'), desk4, '业主本人', '刘建平');
  b.addWorker(T('2026-11-12', '10:10'), desk4, {
    name: '张国强',
    national_id: nid('43012419800518321'),
    trade: 'electrician',
    certificate: 'T430124198005183216',
    phone: '13974812345',
  });
  b.addWorker(T('2026-11-12', '10:12'), desk4, {
    name: '李木生',
    national_id: nid('43052119751102457'),
    trade: 'carpenter',
  });
  b.pay(T('2026-11-12', '10:30'), cashier, '0002388');
  b.permit(T('2026-11-12', '11:00'), desk4);
  b.start(T('2026-11-16', '08:20'), guard);
  const fine = '按规定施工，现场整洁';
  inspectOn(
    b,
    ['16', '17', '18', '19', '20', '23', '24'].map((d) => `2026-11-${d}`),
    '14:40',
    eng8,
    fine,
    tidy,
  );
  b.violation(T('2026-11-26', '08:50'), guard, {
    kind: 'hours',
    seen: T('2026-11-25', '12:35'),
    what: '午休时间使用电锤开槽，邻居投诉',
    action: 'deduct',
    deduction: '200.00',
  });
  inspectOn(b, ['2026-11-26', '2026-11-27'], '14:40', eng8, fine, tidy);

  // ZX2026-0003 · 1-2-0302: in progress, too few extinguishers, then suspended after an open flame.
  b = open(
    {
      unit: '1-2-0302',
      person: 'P000033',
      contractor: C3,
      scope: ['walls', 'floors', 'kitchen', 'windows-balcony'],
      start: '2026-10-26',
      end: '2026-12-31',
      drawings: D,
      debris: true,
    },
    T('2026-10-19', '09:00'),
    desk3,
  );
  b.review(T('2026-10-20', '16:00'), eng7, true);
  b.decide(T('2026-10-21', '10:30'), director, true);
  b.sign(T('2026-10-22', '09:00'), desk3);
  b.addWorker(T('2026-10-22', '09:10'), desk3, {
    name: '谢卫东',
    national_id: nid('43010419790623115'),
    trade: 'welder',
    certificate: 'T430104197906231156',
  });
  b.pay(T('2026-10-22', '09:20'), cashier, '0002240');
  b.permit(T('2026-10-22', '09:40'), desk3);
  b.start(T('2026-10-26', '08:30'), guard);
  inspectOn(b, workdays(cal, '2026-10-26', '2026-11-20'), '09:50', eng7, '现场正常', { extinguishers: 3 });
  b.inspect(T('2026-11-23', '10:00'), eng7, '阳台焊接未设防火措施，已制止', { extinguishers: 1 });
  b.violation(T('2026-11-23', '10:20'), eng7, {
    kind: 'open-flame',
    what: '阳台焊接护栏时未清理周边易燃物、未设看火人',
    action: 'suspend',
  });
  b.inspect(T('2026-11-24', '10:00'), eng7, '停工整改中');

  // ZX2026-0004 · 3-1-0801: approved on 11-20; the agreement signed; waiting for workers and money.
  b = open(
    {
      unit: '3-1-0801',
      person: 'P000117',
      contractor: C2,
      scope: ['walls', 'floors'],
      start: '2026-12-01',
      end: '2027-01-31',
      drawings: D,
    },
    T('2026-11-17', '14:00'),
    desk4,
  );
  b.review(T('2026-11-19', '11:00'), eng8, true);
  b.decide(T('2026-11-20', '09:30'), director, true);
  b.sign(T('2026-11-25', '15:00'), desk4, '业主本人', '周海');

  // ZX2026-0005 · 3-1-0102: received Tue 11-24, the review was due Thu 11-26 — overdue.
  open(
    {
      unit: '3-1-0102',
      person: 'P000101',
      contractor: C1,
      scope: ['walls', 'floors', 'bathroom-waterproofing', 'water-electric'],
      start: '2026-12-07',
      end: '2027-02-28',
      drawings: D,
    },
    T('2026-11-24', '10:30'),
    desk3,
  );

  // ZX2026-0006 · 3-1-0202: reviewed Fri 11-27, the director's decision due Mon 11-30.
  b = open(
    {
      unit: '3-1-0202',
      person: 'P000104',
      contractor: C3,
      scope: ['walls', 'floors'],
      start: '2026-12-05',
      end: '2027-01-15',
      drawings: D,
    },
    T('2026-11-25', '09:00'),
    desk4,
  );
  b.review(T('2026-11-27', '16:30'), eng7, true, { conditions: '不得拆改客厅与阳台之间的墙体' });

  // ZX2026-0007 · 3-2-0501: returned by engineering with reasons.
  b = open(
    {
      unit: '3-2-0501',
      person: 'P000129',
      contractor: C2,
      scope: ['walls', 'bathroom-waterproofing', 'water-electric'],
      start: '2026-12-01',
      end: '2027-01-10',
      drawings: D,
    },
    T('2026-11-23', '09:30'),
    desk3,
  );
  b.review(T('2026-11-24', '17:00'), eng8, false, {
    reasons: '拟拆除卫生间与主卧之间墙体，图纸未注明是否为承重墙；电气图未标明负荷，请补充后重新申请',
  });

  // ZX2026-0008 · S1-1-103, a shop let to a tenant with the owner's written consent: a special project, drawings missing.
  open(
    {
      unit: 'S1-1-103',
      person: 'P000144',
      tenant: true,
      contractor: C3,
      scope: ['shopfront', 'walls', 'floors', 'water-electric', 'air-conditioning'],
      start: '2026-12-10',
      end: '2027-01-20',
      drawings: D,
    },
    T('2026-11-27', '11:00'),
    desk3,
  );

  // ZX2026-0009 · 1-1-0802: withdrawn by the owner.
  b = open(
    {
      unit: '1-1-0802',
      person: 'P000024',
      contractor: C1,
      scope: ['floors'],
      start: '2026-11-10',
      end: '2026-12-10',
      drawings: D,
    },
    T('2026-11-02', '10:00'),
    desk4,
  );
  b.plain(T('2026-11-03', '09:00'), desk4, 'withdraw', '业主决定暂缓装修');

  // ZX2026-0010 · S1-1-102, a shop (owner): completed, awaiting acceptance.
  b = open(
    {
      unit: 'S1-1-102',
      person: 'P000142',
      contractor: C1,
      scope: ['shopfront', 'walls', 'floors', 'ceilings'],
      start: '2026-09-21',
      end: '2026-11-20',
      drawings: requiredDrawings(true),
    },
    T('2026-09-14', '10:00'),
    desk3,
  );
  b.review(T('2026-09-15', '15:00'), eng7, true, { conditions: '招牌样式须符合商业街统一标准' });
  b.decide(T('2026-09-16', '10:00'), director, true);
  b.sign(T('2026-09-16', '14:00'), desk3);
  b.addWorker(T('2026-09-16', '14:10'), desk3, {
    name: '胡志明',
    national_id: nid('43022419850416213'),
    trade: 'electrician',
    certificate: 'T430224198504162131',
  });
  b.pay(T('2026-09-16', '14:20'), cashier, '0002160');
  b.permit(T('2026-09-16', '14:40'), desk3);
  b.start(T('2026-09-21', '08:30'), guard);
  inspectOn(b, workdays(cal, '2026-09-21', '2026-11-19'), '11:00', eng8, '现场正常', {
    extinguishers: 3,
    posted: true,
  });
  b.complete(T('2026-11-20', '17:00'), desk3);

  return out.map((x) => x.c);
}

/** The working days from a to b, both included. */
function workdays(cal: WorkCalendar, a: string, b: string): string[] {
  const out: string[] = [];
  for (let d = a; d <= b; d = addDays(d, 1)) if (cal.isWorkday(d)) out.push(d);
  return out;
}

// ---- the benchmark estate's cases, drawn from the seed ----

const SCOPES: Case['scope'][number][] = [
  'walls',
  'floors',
  'ceilings',
  'water-electric',
  'kitchen',
  'bathroom-waterproofing',
  'air-conditioning',
  'windows-balcony',
  'doors',
];
const BRANDS = ['匠心', '美居', '湘城', '华丽', '家和', '星艺', '名匠', '鸿扬', '恒美', '筑梦', '雅居', '楚韵'];
const KINDS = ['装饰工程', '装饰设计', '建筑装饰', '家居装饰'];
const TRADES: [Worker['trade'], number][] = [
  ['electrician', 2],
  ['plumber', 2],
  ['mason', 2],
  ['carpenter', 2],
  ['painter', 2],
  ['tiler', 2],
  ['labourer', 3],
  ['welder', 0.5],
];
const CONDITIONS = [
  '卫生间防水完成后做48小时闭水试验，经工程部检查后方可铺砖',
  '强电改造须由持证电工施工并预留检修口',
  '不得拆改承重墙体及外立面',
  '空调外机须安装在预留机位',
  '不得封闭公共管道井',
];
const REJECTIONS = [
  '图纸未注明拟拆除墙体是否为承重墙，请补充后重新申请',
  '电气图未标明负荷，请补充后重新申请',
  '拟改动卫生间位置，影响楼下住户，请修改方案',
];
/** Working days the engineering review takes (3 is late: the manual allows 2), with their weights. */
const REVIEW_DAYS = [
  [0, 2],
  [1, 5],
  [2, 3],
  [3, 0.3],
] as const;
/** Working days the director takes (2 is late: the manual allows 1). */
const DECISION_DAYS = [
  [0, 3],
  [1, 6],
  [2, 0.3],
] as const;
/** Violations found on one site during its works. */
const VIOLATION_COUNT = [
  [0, 7],
  [1, 2.5],
  [2, 0.5],
] as const;
const VIOLATIONS: [Violation['kind'], string, number][] = [
  ['debris', '装修垃圾堆放在楼道，未按时清运', 4],
  ['corridor-doors-open', '施工时入户门敞开，粉尘进入公共走道', 3],
  ['balcony-storage', '阳台堆放油漆等易燃物', 2],
  ['loose-wiring', '临时电线拖地，未使用漏电保护插座', 2],
  ['hours', '午休时间使用电锤施工，邻居投诉', 3],
  ['beyond-scope', '擅自拆改审批范围外的墙体', 1],
  ['open-flame', '现场动火作业未设看火人', 1],
];

interface Staffing {
  director: StaffRecord[];
  desk: StaffRecord[];
  cashier: StaffRecord[];
  engineer: StaffRecord[];
  security: StaffRecord[];
}

/** The contractors working on the estate: decoration companies of Changsha, each with its licence and site manager. */
function contractors(rng: Rng, n: number): Contractor[] {
  const used = new Set<string>();
  const out: Contractor[] = [];
  while (out.length < n) {
    const company = `${rng.pick(['长沙', '湖南', '长沙市'])}${rng.pick(BRANDS)}${rng.pick(KINDS)}有限公司`;
    if (used.has(company)) continue;
    used.add(company);
    out.push({ company, licence: creditCode(rng), manager: chineseName(rng, 'male').name, phone: mobile(rng) });
  }
  return out;
}

const tenMinutesAfter = (at: string) => {
  const m = Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16)) + 10;
  return m >= 24 * 60
    ? at
    : T(at.slice(0, 10), `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
};

const hm = (rng: Rng, from: number, to: number) => {
  const m = rng.int(from * 6, to * 6 - 1) * 10;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The story of one benchmark case, as far as it has gone before `asOf`. */
function benchCase(
  env: Env,
  rng: Rng,
  x: { id: string; unit: UnitRecord; person: string; tenant: boolean; day: string; asOf: string },
  s: Staffing,
  contractor: Contractor,
  receipt: () => string,
): Case {
  const { cal, conf } = env;
  const pick = (xs: StaffRecord[]) => rng.pick(xs);
  const special = x.unit.type === 'shop' || x.unit.type === 'office';
  const needed = requiredDrawings(special);
  const complete = rng.chance(0.9);
  const drawings = complete ? needed : needed.filter((_, i) => i === 0 || rng.chance(0.5));
  if (!complete && drawings.length === needed.length) drawings.pop(); // at least one missing
  const picked = SCOPES.filter(() => rng.chance(0.4));
  const scope: Case['scope'] = special
    ? ['shopfront', 'walls', 'floors', 'water-electric']
    : picked.length
      ? (picked as Case['scope'])
      : ['walls', 'floors'];
  const start = addDays(x.day, rng.int(7, 20));
  const workdaysLong = special ? rng.int(25, 45) : rng.int(20, 55);
  const b = apply(
    env,
    {
      id: x.id,
      unit: x.unit,
      person: x.person,
      tenant: x.tenant,
      ...(rng.chance(0.6) ? { phone: mobile(rng) } : {}),
      contractor,
      scope,
      start,
      end: addDays(cal.addWorkdays(start, workdaysLong), rng.int(3, 14)),
      drawings,
      debris: rng.chance(0.3),
    },
    T(x.day, hm(rng, 9, 17)),
    pick(s.desk),
  );
  let last = b.c.log.at(-1)!.at;
  /** The time of the next step: on `day` (or the next working day) between from and to o'clock, never
   *  before the last step; undefined from the estate's today on — the story stops there. */
  const when = (day: string, from = 9, to = 17): string | undefined => {
    let d = cal.isWorkday(day) ? day : cal.addWorkdays(day, 1);
    if (d < dateOf(last)) d = dateOf(last);
    let at = T(d, hm(rng, from, to));
    if (at <= last) at = tenMinutesAfter(last);
    if (dateOf(at) >= x.asOf) return undefined;
    return (last = at);
  };
  const later = (workdays: number) => cal.addWorkdays(dateOf(last), workdays);

  if (!complete) {
    if (rng.chance(0.2)) {
      const at = when(addDays(dateOf(last), rng.int(3, 10)));
      if (at) b.plain(at, pick(s.desk), 'withdraw', '业主决定暂缓装修');
      return b.c;
    }
    const at = when(addDays(dateOf(last), rng.int(1, 5)));
    if (!at) return b.c;
    b.submit(at, pick(s.desk), needed);
  }
  // Engineering review: mostly within its 2 working days, a few late; some returned, revised and reviewed again.
  for (let round = 0; ; round++) {
    const at = when(later(rng.weighted(REVIEW_DAYS)), 9, 18);
    if (!at) return b.c;
    const reject = round === 0 && rng.chance(0.08);
    b.review(
      at,
      pick(s.engineer),
      !reject,
      reject ? { reasons: rng.pick(REJECTIONS) } : rng.chance(0.5) ? { conditions: rng.pick(CONDITIONS) } : {},
    );
    if (!reject) {
      const dat = when(later(rng.weighted(DECISION_DAYS)), 9, 18);
      if (!dat) return b.c;
      if (round === 0 && rng.chance(0.03)) {
        b.decide(dat, pick(s.director), false, '请工程部复核阳台改动');
        continue;
      }
      b.decide(dat, pick(s.director), true);
      break;
    }
    if (rng.chance(0.2)) {
      const wat = when(addDays(dateOf(last), rng.int(2, 10)));
      if (wat) b.plain(wat, pick(s.desk), 'withdraw', '申请人放弃装修');
      return b.c;
    }
    const rat = when(addDays(dateOf(last), rng.int(2, 7)));
    if (!rat) return b.c;
    b.revise(rat, pick(s.desk), { scopeNotes: '已按审核意见修改方案' });
  }
  if (rng.chance(0.02)) {
    const at = when(addDays(dateOf(last), rng.int(2, 10)));
    if (at) b.plain(at, pick(s.desk), 'withdraw', '业主决定暂缓装修');
    return b.c;
  }
  // Agreement, workers, money and the permit, usually on one visit.
  const desk = pick(s.desk);
  let at = when(addDays(dateOf(last), rng.int(0, 3)));
  if (!at) return b.c;
  b.sign(at, desk, '业主本人', contractor.manager);
  const n = rng.int(1, 4);
  for (let i = 0; i < n; i++) {
    at = when(dateOf(last), 9, 17);
    if (!at) return b.c;
    const trade = i === 0 && rng.chance(0.7) ? 'electrician' : rng.weighted(TRADES);
    const gender = rng.chance(0.9) ? 'male' : 'female';
    const birth = birthDate(rng, { minAge: 22, maxAge: 58, asOf: x.day });
    const id = nationalId(rng, birth, gender);
    b.addWorker(at, desk, {
      name: chineseName(rng, gender).name,
      national_id: id,
      ...(rng.chance(0.5) ? { phone: mobile(rng) } : {}),
      trade,
      ...(CERTIFIED_TRADES.includes(trade) ? { certificate: `T${id}` } : {}),
    });
  }
  at = when(dateOf(last));
  if (!at) return b.c;
  b.pay(at, pick(s.cashier), receipt());
  at = when(dateOf(last));
  if (!at) return b.c;
  b.permit(at, desk);
  at = when(start > dateOf(last) ? start : addDays(dateOf(last), 1), 8, 9);
  if (!at) return b.c;
  b.start(at, pick([...s.security, ...s.desk]));

  // The works: an inspection most working days; now and then a violation, its rectification, a suspension.
  const begun = dateOf(last);
  let finish = cal.addWorkdays(begun, workdaysLong);
  const days = workdays(cal, begun, addDays(finish, -1));
  const planned = new Set<string>();
  for (let k = rng.weighted(VIOLATION_COUNT); k > 0; k--)
    planned.add(days[rng.int(1, Math.max(1, days.length - 2))] ?? begun);
  const required = extinguishersRequired(x.unit.area, conf.extinguisher_area);
  const rectifyOn = new Map<string, string[]>();
  let resumeOn: string | undefined;
  const inspector = pick(s.engineer);
  for (let d = begun; d < finish; d = addDays(d, 1)) {
    if (d >= x.asOf) return b.c;
    if (d === resumeOn) {
      b.plain(when(d, 8, 9)!, pick(s.engineer), 'resume', '整改完成，同意复工');
      resumeOn = undefined;
    }
    if (cal.isWorkday(d) && rng.chance(b.state === 'suspended' ? 0.5 : 0.96)) {
      const counted = d === begun || rng.chance(0.15);
      const short = counted && rng.chance(0.02);
      b.inspect(
        when(d, 9, 12)!,
        rng.chance(0.8) ? inspector : pick([...s.engineer, ...s.security]),
        short ? '现场灭火器数量不足' : '现场正常，按规定施工',
        {
          ...(counted ? { extinguishers: short ? required - 1 : required } : {}),
          ...(counted && rng.chance(0.5) ? { posted: true } : {}),
        },
      );
      if (short) {
        const due = cal.addWorkdays(d, 1);
        rectifyOn.set(due, [...(rectifyOn.get(due) ?? []), b.c.violations!.at(-1)!.notice]);
      }
    }
    if (planned.has(d) && b.state === 'in-progress') {
      const [kind, what] = rng.weighted(VIOLATIONS.map(([k, w, p]) => [[k, w] as const, p] as const));
      const action =
        kind === 'open-flame' || kind === 'beyond-scope' ? 'suspend' : rng.chance(0.2) ? 'deduct' : 'rectify';
      const v = b.violation(when(d, 14, 17)!, pick([...s.engineer, ...s.security]), {
        kind,
        what,
        action,
        ...(kind === 'hours' ? { seen: T(d, '12:40') } : {}),
        ...(action === 'deduct' ? { deduction: formatMoney(rng.int(1, 5) * 10000) } : {}),
      });
      const fixed = cal.addWorkdays(d, rng.int(1, conf.rectify_days));
      rectifyOn.set(fixed, [...(rectifyOn.get(fixed) ?? []), v.notice]);
      if (action === 'suspend') {
        resumeOn = cal.addWorkdays(fixed, 1);
        if (finish <= resumeOn) finish = cal.addWorkdays(resumeOn, 3);
      }
    }
    for (const notice of rectifyOn.get(d) ?? [])
      b.rectify(when(d, 17, 18)!, pick([...s.engineer, ...s.security]), notice);
  }
  // Completion, acceptance (now and then failed first), the refund approved and paid, the case closed.
  at = when(finish, 16, 18);
  if (!at) return b.c;
  for (const v of b.c.violations ?? []) if (!v.rectified) b.rectify(at, pick(s.engineer), v.notice);
  b.complete(at, pick(s.desk));
  if (rng.chance(0.05)) {
    at = when(later(rng.int(1, 3)));
    if (!at) return b.c;
    b.accept(at, pick(s.engineer), false, [{ item: '卫生间闭水试验', ok: false, note: '楼下天花渗水' }]);
  }
  at = when(later(rng.int(1, 3)));
  if (!at) return b.c;
  b.accept(at, pick(s.engineer), true);
  at = when(later(rng.int(1, 5)));
  if (!at) return b.c;
  b.refundApprove(
    at,
    pick(s.director),
    rng.chance(0.1) ? [{ reason: '公共部位损坏修补', amount: formatMoney(rng.int(1, 3) * 10000) }] : [],
  );
  at = when(later(rng.int(0, 2)));
  if (!at) return b.c;
  b.refundPay(at, pick(s.cashier), `TK${dateOf(at).replace(/-/g, '')}-${String(rng.int(1, 20)).padStart(2, '0')}`);
  at = when(dateOf(last));
  if (!at) return b.c;
  b.plain(at, pick(s.desk), 'close');
  return b.c;
}

function benchCases(env: Env, g: GenContext): Case[] {
  const { rng, estate, opts } = g;
  const asOf = opts.asOf;
  const role = (r: string) => estate.staff.filter((x) => (x.roles as string[]).includes(r));
  const s: Staffing = {
    director: role('director'),
    desk: [...role('cs-manager'), ...role('cs-assistant')],
    cashier: role('cashier'),
    engineer: role('engineer'),
    security: role('security'),
  };
  const movein = new Map(estate.plans.filter((p) => p.phase === 'movein').map((p) => [p.code, p.handover]));
  // A unit renovates at most once in the window, some time after its owner has it.
  const candidates: { unit: UnitRecord; person: string; tenant: boolean; day: string }[] = [];
  for (const u of estate.units) {
    if (u.type !== 'residential' && u.type !== 'shop' && u.type !== 'office') continue;
    const owner = u.owners?.[0];
    if (!owner) continue;
    const handover = movein.get(u.building);
    if (handover && u.state !== 'handed-over') continue;
    const from = [estate.history.from, addDays(owner.since, 30), handover ? addDays(handover, 3) : ''].sort().at(-1)!;
    const to = addDays(asOf, -1);
    if (from > to) continue;
    let day = rng.date(from, to);
    while (!env.cal.isWorkday(day)) day = addDays(day, -1); // the service desk takes applications on working days
    if (day < from) continue;
    const lease = (u.tenants ?? []).find((t) => t.consent && t.from <= day && (!t.to || t.to >= day));
    const tenant = !!lease && rng.chance(0.3);
    candidates.push({ unit: u, person: tenant ? lease!.person : owner.person, tenant, day });
  }
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  const n = Math.round(estate.units.length * 0.1 * opts.years);
  const chosen = candidates
    .slice(0, n)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.unit.id < b.unit.id ? -1 : 1));
  const pool = contractors(rng, 24);
  const seq = new Map<string, number>();
  let receipts = 800000;
  return chosen.map((x) => {
    const year = x.day.slice(0, 4);
    const k = (seq.get(year) ?? 0) + 1;
    seq.set(year, k);
    const id = `ZX${year}-${String(k).padStart(4, '0')}`;
    return benchCase(env, rng, { ...x, id, asOf }, s, rng.pick(pool), () => String(++receipts).padStart(7, '0'));
  });
}

export const renovationGenerator: KindGenerator = {
  name: 'renovation',
  run(g: GenContext) {
    const config = jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), {
      schema: jsyaml.CORE_SCHEMA,
    }) as ConfigRecord;
    const env: Env = { conf: cfg(config.renovation), cal: new WorkCalendar() };
    const units = new Map(g.estate.units.map((u) => [u.id, u]));
    const staff = new Map(g.estate.staff.map((s) => [s.id, s]));
    const need = <T>(m: Map<string, T>, id: string): T => {
      const v = m.get(id);
      if (!v) throw new Error(`renovation demo: no ${id} in the generated estate`);
      return v;
    };
    const cases =
      g.opts.profile === 'demo'
        ? demoCases(
            env,
            (id) => need(units, id),
            (id) => need(staff, id),
          )
        : benchCases(env, g);
    for (const c of cases) g.out.record(relPath('renovation', c.id), c as unknown as Record<string, unknown>);
  },
};
