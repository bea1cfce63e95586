// Renovation cases taken step by step on plain objects, for the generated estates (generator.ts):
// each step as its command takes it (manual 四.3) — the machine's transitions with their roles, the
// acts in their states (acts.ts), the same rules for drawings, money, extinguishers, hours, notices
// and refunds — with the log in time order; a step the commands would refuse is a generator bug.
// e.g. const b = apply(env, application, T('2026-08-03', '09:20'), desk); b.review(T('2026-08-04', '16:10'), engineer, true)
import type { WorkCalendar } from '../../core/calendar.js';
import { step } from '../../core/case.js';
import { addDays, dateOf } from '../../core/dates.js';
import { labelZh } from '../../core/labels.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import type { ConfigRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { CounterTake } from '../../kit/generate/context.js';
import { depositCodeOf } from './money.js';
import { ACTS, type Act } from './acts.js';
import { RENOVATION, type RenovationState } from './machine.js';
import {
  CERTIFIED_TRADES,
  checkHoursViolation,
  depositsCollected,
  extinguishersRequired,
  missingForSubmit,
  acceptBlocker,
  outstanding,
  patrolOf,
  permitNumber,
  permitTiming,
  refundAmount,
  type cfg,
  type Case,
  type Drawing,
} from './rules.js';
import { noticeNumber, type Violation } from './violations.js';
import { nextInRecord } from '../../core/ids.js';

export type Worker = NonNullable<Case['workers']>[number];
export type Contractor = Case['contractor'];

/** The configuration (defaults applied) and the working-day calendar the steps count with. */
export interface Env {
  conf: ReturnType<typeof cfg>;
  cal: WorkCalendar;
  /**
   * The counter of a generated estate (g.estate.counter): money goes on the unit's fee account, as the commands
   * take it (money.ts); the fee items name the deposit codes and what may be paid at move-in. Without it the
   * money stays on the case with the receipt written.
   */
  money?: { counter: CounterTake[]; items: FeeItems; pending: [Charge, CounterTake][]; claimed: Set<CounterTake> };
}

type FeeItems = NonNullable<NonNullable<ConfigRecord['fees']>['items']>;
type Charge = NonNullable<Case['charges']>[number];

/** A moment in the center's time zone: T('2026-08-03', '09:20') → 2026-08-03T09:20:00+08:00. */
export const T = (day: string, hm: string) => `${day}T${hm}:00+08:00`;

/** One case as the commands build it: steps through the machine, acts in their states, the log in time order. */
export class CaseBuild {
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
          pass_no: nextInRecord(
            `${c.id}-W`,
            undefined,
            (c.workers ?? []).map((w) => w.pass_no),
          ),
          added: dateOf(at),
        }),
      w.name,
    );
  }

  /**
   * Everything still owed: through the fee account when the estate has a counter (each charge with the next
   * receipt of the cashier's book, as renovation pay takes it), else on one receipt the cashier writes.
   */
  pay(at: string, by: StaffRecord, receipt: string): void {
    const m = this.env.money;
    this.act(
      at,
      by,
      ACTS.pay,
      (c) => {
        for (const l of outstanding(c, this.unit.area, this.env.conf)) {
          const charge: Charge = {
            item: l.item,
            amount: formatMoney(l.amount),
            receipt,
            ...(m ? { book: '' } : {}),
            at,
            by: by.id,
          };
          if (m) {
            const deposit = l.item === 'deposit' || l.item === 'pass-deposit';
            const period = at.slice(0, 7);
            const take: CounterTake = {
              unit: c.unit,
              at,
              cashier: by.id,
              method: 'cash',
              ...(deposit
                ? { deposit: { code: depositCodeOf(m.items, this.unit, l.item), amount: charge.amount } }
                : {
                    bills: [
                      {
                        id: `${period}/renovation-${l.item}`,
                        item: `renovation-${l.item}`,
                        period,
                        rate: charge.amount,
                        base: '1.00',
                        amount: charge.amount,
                        due: dateOf(at),
                        note: `${c.id} ${labelZh('renovationCharge', l.item)}`,
                      },
                    ],
                  }),
              note: `${c.id} ${labelZh('renovationCharge', l.item)}`,
            };
            m.counter.push(take);
            m.pending.push([charge, take]);
          }
          (c.charges ??= []).push(charge);
        }
      },
      m ? undefined : receipt,
    );
  }

  /** renovation apply: a deposit or debris fee the unit paid at move-in (on the counter before) is the case's own. */
  claimHeld(at: string): void {
    const m = this.env.money;
    if (!m) return;
    const code = depositCodeOf(m.items, this.unit, 'deposit');
    const debris = new Set(
      m.items
        .filter(
          (i) =>
            i.at_movein &&
            i.optional &&
            i.kind !== 'deposit' &&
            (!i.unit_types?.length || i.unit_types.includes(this.unit.type as never)),
        )
        .map((i) => i.code),
    );
    const mine = m.counter.filter((t) => t.unit === this.unit.id && t.at < at && !m.claimed.has(t));
    const dep = mine.filter((t) => t.deposit?.code === code).at(-1);
    const owed = outstanding(this.c, this.unit.area, this.env.conf).find((o) => o.item === 'deposit')?.amount ?? 0;
    const claim = (t: CounterTake, item: Charge['item'], amount: string) => {
      const charge: Charge = { item, amount, receipt: '', book: '', at: t.at, by: t.cashier, held: true };
      (this.c.charges ??= []).push(charge);
      m.pending.push([charge, t]);
      m.claimed.add(t);
    };
    if (dep && owed > 0) claim(dep, 'deposit', formatMoney(Math.min(owed, parseMoney(dep.deposit!.amount))));
    const paid = mine.find((t) => (t.bills ?? []).some((b) => debris.has(b.item)));
    if (paid) {
      const b = paid.bills!.find((x) => debris.has(x.item))!;
      claim(paid, 'debris-fee', b.amount);
      this.c.debris_entrusted = true;
    }
  }

  permit(at: string, by: StaffRecord): void {
    const c = this.c;
    if (
      !c.agreement ||
      !(c.workers ?? []).some((w) => !w.removed) ||
      outstanding(c, this.unit.area, this.env.conf).length
    )
      throw new Error(`${c.id}: no permit yet`);
    if (permitTiming(c.planned, dateOf(at)).refuse) throw new Error(`${c.id}: permit after the planned period`);
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
        notice: noticeNumber(
          this.c,
          undefined,
          raised.map((r) => r.notice),
        ),
        kind,
        what,
        at,
        by: by.id,
        deadline: this.env.cal.addWorkdays(day, this.env.conf.correct_workdays),
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
        ...(patrolOf(by.roles as string[]) === 'security' ? { patrol: 'security' as const } : {}),
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
    if (pass && acceptBlocker(this.c)) throw new Error(`${this.c.id}: accepted with open violations`);
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
    const m = this.env.money;
    if (m && this.c.refund) {
      // as money.ts payRefund: what went through the fee account leaves it, refunded or deducted
      const deducted = this.c.refund.deductions.reduce((t, d) => t + parseMoney(d.amount), 0);
      const sum = (item: Charge['item']) =>
        (this.c.charges ?? []).filter((x) => x.item === item).reduce((t, x) => t + parseMoney(x.amount), 0);
      const dep = sum('deposit');
      const pass = sum('pass-deposit');
      const reasons = this.c.refund.deductions.map((d) => d.reason).join('；');
      for (const [item, held, cut] of [
        ['deposit', dep, Math.min(deducted, dep)],
        ['pass-deposit', pass, Math.min(pass, Math.max(0, deducted - dep))],
      ] as const) {
        const deposit = depositCodeOf(m.items, this.unit, item);
        const base = { unit: this.c.unit, at, cashier: by.id, method: 'cash' as const };
        const approved_by = this.c.refund.approved_by;
        if (held - cut > 0)
          m.counter.push({
            ...base,
            adjustment: {
              type: 'deposit-refund',
              deposit,
              amount: formatMoney(held - cut),
              reason: `${this.c.id} 装修押金退还`,
              approved_by,
            },
          });
        if (cut > 0)
          m.counter.push({
            ...base,
            adjustment: {
              type: 'deposit-deduction',
              deposit,
              amount: formatMoney(cut),
              reason: `${this.c.id} 扣款：${reasons}`,
              approved_by,
            },
          });
      }
    }
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

export interface Application {
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
export function apply(env: Env, a: Application, at: string, by: StaffRecord): CaseBuild {
  const u = a.unit;
  if (!RENOVATION.open!.roles.some((r) => (by.roles as string[]).includes(r)))
    throw new Error(`${a.id}: apply by ${by.id}, who may not take applications`);
  if (a.start < dateOf(at)) throw new Error(`${a.id}: planned start ${a.start} before the application`);
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
  b.claimHeld(at);
  if (missingForSubmit(c).length === 0) b.submit(at, by);
  return b;
}

/** The working days from a to b, both included. */
export function workdays(cal: WorkCalendar, a: string, b: string): string[] {
  const out: string[] = [];
  for (let d = a; d <= b; d = addDays(d, 1)) if (cal.isWorkday(d)) out.push(d);
  return out;
}
