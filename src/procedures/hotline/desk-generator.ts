// A generated desk log (hotline/generator.ts): calls gathered as drafts in any order, then numbered per day
// in the order they came in (RX20261128-001, …) — the same ids `hotline log` gives — and the complaints they
// opened numbered per year in the order received (TS2026-0001, …), each complaint's story told once its
// call's id is known. Every step is taken as its command takes it (complaint/story.ts).
// e.g. const d = new Desk(env); d.add(draft); const { calls, complaints } = d.finish()
import type { WorkCalendar } from '../../core/calendar.js';
import { addDays, dateOf } from '../../core/dates.js';
import type { StaffRecord } from '../../core/types.gen.js';
import { openStory, type Complaint, type ComplaintBuild, type ComplaintConf, type Intake } from '../complaint/api.js';
import { callRecord, dayHead, type Call, type CallData, type CallInput, type Outcome } from './api.js';

export interface DeskEnv {
  cal: WorkCalendar;
  conf: ComplaintConf;
  /** wuye.yaml prefixes of desk entries and complaints. */
  callPrefix: string;
  complaintPrefix: string;
  /** No step is taken on or after this day (the estate's today). */
  asOf: string;
}

export interface Draft {
  input: CallInput;
  /** Answered or handed over; a complaint draft has none (its outcome is its case). */
  outcome?: Exclude<Outcome, { outcome: 'case' }>;
  complaint?: {
    intake: Intake & { description?: string };
    /** Who logs it (any staff member; the log's first entry). */
    by: StaffRecord;
    /** The rest of its story, step by step, as far as it has gone before asOf. */
    story: (b: ComplaintBuild) => void;
  };
}

/** A moment in the center's time zone: T('2026-11-03', '09:20') → 2026-11-03T09:20:00+08:00. */
export const T = (day: string, hm: string) => `${day}T${hm}:00+08:00`;

/** The time `workdays` working days (0: the same day) after `at`, at `hm` — never before `at`. */
export function after(env: DeskEnv, at: string, workdays: number, hm: string): string {
  const day = workdays === 0 ? dateOf(at) : env.cal.addWorkdays(dateOf(at), workdays);
  const t = T(day, hm);
  return Date.parse(t) < Date.parse(at) ? T(day, addMinutes(at.slice(11, 16), 20)) : t;
}

/** HH:MM plus minutes (within the day; 23:59 at most). */
export function addMinutes(hm: string, n: number): string {
  const m = Math.min(23 * 60 + 59, Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5)) + n);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Is a step at this time still in the past of the generated estate? */
export const before = (env: DeskEnv, at: string) => dateOf(at) < env.asOf;

export class Desk {
  private drafts: Draft[] = [];
  constructor(readonly env: DeskEnv) {}

  add(d: Draft): void {
    this.drafts.push(d);
  }

  finish(): { calls: Call[]; complaints: Complaint[] } {
    const sorted = this.drafts
      .map((d, i) => ({ d, i }))
      .sort((a, b) => Date.parse(a.d.input.at) - Date.parse(b.d.input.at) || a.i - b.i)
      .map((x) => x.d);
    const perDay = new Map<string, number>();
    const perYear = new Map<string, number>();
    const calls: Call[] = [];
    const complaints: Complaint[] = [];
    for (const d of sorted) {
      const day = dateOf(d.input.at);
      const n = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, n);
      const id = `${dayHead(this.env.callPrefix, day)}${String(n).padStart(3, '0')}`;
      let outcome: Outcome;
      if (d.complaint) {
        const year = day.slice(0, 4);
        const k = (perYear.get(year) ?? 0) + 1;
        perYear.set(year, k);
        const cid = `${this.env.complaintPrefix}${year}-${String(k).padStart(4, '0')}`;
        const call: CallData = { id, ...d.input };
        const b = openStory(call, d.complaint.intake, cid, d.complaint.by, this.env.conf);
        d.complaint.story(b);
        complaints.push(b.c);
        outcome = { outcome: 'case', case: { kind: 'complaint', id: cid } };
      } else outcome = d.outcome!;
      calls.push(callRecord(id, d.input, outcome));
    }
    return { calls, complaints };
  }
}
