// Complaints taken step by step on plain objects, for the generated estates (hotline/generator.ts): each
// step as its command takes it (manual 三.3.6–3.8) — the machine's transitions with their roles, the acts
// in their states, closing only when closeBlockers allows — with the log in time order; a step the commands
// would refuse is a generator bug. e.g. const b = openStory(call, { category: 'noise', … }, 'TS2026-0001', desk, conf)
import { step } from '../../core/case.js';
import type { ContactMethod, Department } from '../../core/enums.gen.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { CallData } from '../hotline/api.js';
import { ACTS, COMPLAINT, type Act, type ComplaintConf, type ComplaintState } from './machine.js';
import type { Intake } from './open.js';
import { closeBlockers, type Complaint } from './rules.js';

export class ComplaintBuild {
  constructor(
    readonly c: Complaint,
    readonly conf: ComplaintConf,
  ) {}

  get state(): ComplaintState {
    return this.c.state as ComplaintState;
  }

  private entry(at: string, by: StaffRecord, action: string, state?: string, note?: string): void {
    const last = this.c.log.at(-1);
    if (last && Date.parse(at) < Date.parse(last.at))
      throw new Error(`${this.c.id}: ${action} at ${at} is before ${last.at}`);
    this.c.log.push({ at, by: by.id, action, ...(state ? { state } : {}), ...(note ? { note } : {}) });
  }

  private move(at: string, by: StaffRecord, action: string, change: (c: Complaint) => void, note?: string): void {
    const t = step(COMPLAINT, this.state, action, by.roles as string[]);
    change(this.c);
    this.c.state = t.to;
    this.entry(at, by, action, t.to, note);
  }

  private act(at: string, by: StaffRecord, a: Act, change: (c: Complaint) => void, note?: string): void {
    if (!a.states.includes(this.state) || !a.roles.some((r) => (by.roles as string[]).includes(r)))
      throw new Error(`${this.c.id}: ${a.action} by ${by.id} in ${this.state}`);
    change(this.c);
    this.entry(at, by, a.action, undefined, note);
  }

  assign(at: string, by: StaffRecord, o: { to?: StaffRecord; department?: Department; note?: string }): this {
    const department = o.department ?? o.to?.department;
    this.move(
      at,
      by,
      'assign',
      (c) => {
        if (o.to) c.owner = o.to.id;
        if (department) c.department = department;
        (c.assignments ??= []).push({
          at,
          by: by.id,
          ...(o.to ? { to: o.to.id } : {}),
          ...(department ? { department } : {}),
          ...(o.note ? { note: o.note } : {}),
        });
      },
      [o.to?.id, o.note].filter(Boolean).join(' ') || undefined,
    );
    return this;
  }

  escalate(at: string, by: StaffRecord, to: string, note?: string, how: ContactMethod = 'phone'): this {
    this.act(
      at,
      by,
      ACTS.escalate,
      (c) => (c.reports ??= []).push({ at, by: by.id, to, how, ...(note ? { note } : {}) }),
      `${to}${note ? ` ${note}` : ''}`,
    );
    return this;
  }

  feedback(at: string, by: StaffRecord, what: string, how: ContactMethod = 'phone'): this {
    this.act(at, by, ACTS.feedback, (c) => (c.feedback ??= []).push({ at, by: by.id, how, what }), what);
    return this;
  }

  followUp(at: string, by: StaffRecord, note: string): this {
    this.act(at, by, ACTS.followUp, (c) => (c.follow_ups ??= []).push({ at, by: by.id, note }), note);
    return this;
  }

  resolve(at: string, by: StaffRecord, text: string): this {
    this.move(at, by, 'resolve', (c) => (c.resolutions ??= []).push({ at, by: by.id, text }), text);
    return this;
  }

  callback(at: string, by: StaffRecord, satisfied: boolean, comments?: string, how: ContactMethod = 'phone'): this {
    this.act(
      at,
      by,
      ACTS.callback,
      (c) => (c.callbacks ??= []).push({ at, by: by.id, how, satisfied, ...(comments ? { comments } : {}) }),
      `${satisfied ? '满意' : '不满意'}${comments ? ` ${comments}` : ''}`,
    );
    return this;
  }

  close(at: string, by: StaffRecord, note?: string): this {
    const why = closeBlockers(this.c);
    if (why.length) throw new Error(`${this.c.id}: cannot close: ${why.map((w) => w.what.en).join('; ')}`);
    this.move(at, by, 'close', (c) => (c.closed_at = at), note);
    return this;
  }
}

/** A complaint opened from a call, as `complaint new` / `hotline log --open complaint` opens it. */
export function openStory(
  call: CallData,
  o: Intake & { description?: string },
  id: string,
  by: StaffRecord,
  conf: ComplaintConf,
): ComplaintBuild {
  const c: Complaint = {
    kind: 'complaint',
    id,
    hotline: call.id,
    received_at: call.at,
    channel: call.channel,
    ...(call.unit ? { unit: call.unit } : {}),
    ...(call.place ? { place: call.place } : {}),
    ...(call.caller && Object.keys(call.caller).length ? { complainant: call.caller } : {}),
    category: o.category,
    description: o.description ?? call.request,
    valid: o.valid,
    ...(o.reason ? { invalid_reason: o.reason } : {}),
    ...(o.referredTo ? { referred_to: o.referredTo } : {}),
    severity: o.severity,
    first_responder: call.received_by,
    owner: call.received_by,
    state: COMPLAINT.initial,
    log: [{ at: call.at, by: by.id, action: 'open', state: COMPLAINT.initial }],
  };
  return new ComplaintBuild(c, conf);
}
