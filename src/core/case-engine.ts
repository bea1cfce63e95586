// The one case engine (records.md "Case records"): every case procedure — move-in, renovation, and the
// complaints, repairs, moving, vacant checks, expenses and emergencies to come — reads, opens and steps
// its cases here. A step goes only through the machine's declared transitions, by the roles the manual
// names; every step or recorded act appends one {at, by, action, state?, note?} entry to the log, in time
// order (a clock set back is refused); changed fields are written in place, so comments survive.
// Deadlines in working days are declared on the machine (src/core/case.ts) and computed here.
// e.g. stepCase(tx, RENOVATION_CASES, actor, 'ZX2026-0007', 'review-pass', (c) => ({ append: { reviews: [r] } }))
import type { WorkCalendar } from './calendar.js';
import { requireRole, step, type Deadline, type LogEntry, type Machine, type Role } from './case.js';
import { addDays, dateOf } from './dates.js';
import { NotFoundError, RuleError } from './errors.js';
import { msg, type Msg } from './i18n.js';
import { kindDef } from './kinds.js';
import type { Store, Tx } from './store.js';
import { appendIn, setIn, setTopBefore } from './yamlio.js';

/** What every case record holds (its schema adds the rest). */
export interface CaseRecord {
  id: string;
  state: string;
  log: LogEntry[];
}

/** Who acts, with which roles, and when (the operator and the clock of the command). */
export interface Actor {
  id: string;
  roles: readonly string[];
  now: string;
}

/** A kind of case: its record kind, its machine, and what to say when one is missing. */
export interface CaseKind<S extends string> {
  kind: string;
  machine: Machine<S, any>;
  /** The hint when a case is not found (e.g. how to open one). */
  missing?: (id: string) => Msg;
  /** What to say when a case is not found (default "no case ID"), e.g. "unit 3-1-0101 has no move-in case". */
  notFound?: (id: string) => Msg;
  /** Every log entry names the state after it, recorded acts too (move-in's log reads as a history of states). */
  logState?: boolean;
}

export function defineCases<S extends string>(k: CaseKind<S>): CaseKind<S> {
  return k;
}

/** Fields to set (top-level keys; undefined = leave alone, null = remove the field) and items to append to lists. */
export type Changes<R> = { [K in keyof R]?: unknown } & { append?: { [K in keyof R]?: unknown[] } };

export function readCase<R extends CaseRecord>(src: Store | Tx, k: CaseKind<string>, id: string): R {
  const r = src.tryRead<R>(k.kind, id);
  if (!r) {
    const label = kindDef(k.kind).label; // the same words as the store's own "not found"
    throw new NotFoundError(
      k.notFound?.(id) ?? msg(`没有${label.zh} ${id}`, `no ${label.en} ${id}`),
      k.missing?.(id) ??
        msg(`用 wuye ${k.kind} list 或 wuye find 查找`, `look it up with wuye ${k.kind} list or wuye find`),
    );
  }
  return r.data;
}

/** Every case of a kind. */
export function allCases<R extends CaseRecord>(store: Store, k: CaseKind<string>): R[] {
  return [...store.all<R>(k.kind)].map((r) => r.data);
}

function write<R extends CaseRecord>(
  tx: Tx,
  k: CaseKind<string>,
  c: R,
  entry: LogEntry,
  changes: Changes<R>,
  state?: string,
): R {
  const last = c.log.at(-1);
  if (last && Date.parse(entry.at) < Date.parse(last.at)) {
    throw new RuleError(
      msg(
        `当前时间 ${entry.at} 早于案卷 ${c.id} 最后一条日志的时间 ${last.at}`,
        `the time now (${entry.at}) is earlier than the last log entry of ${c.id} (${last.at})`,
      ),
      msg('检查本机时钟（或 WUYE_NOW）', "check the computer's clock (or WUYE_NOW)"),
    );
  }
  return tx.edit<R>(k.kind, c.id, (doc) => {
    // a field the case gets now goes above its state and log, where the schema puts it
    for (const [key, v] of Object.entries(changes))
      if (key !== 'append' && v !== undefined) setTopBefore(doc, key, v === null ? undefined : v, 'state');
    for (const [key, items] of Object.entries(changes.append ?? {}))
      for (const it of (items as unknown[] | undefined) ?? []) {
        if (doc.has(key)) appendIn(doc, [key], it);
        else setTopBefore(doc, key, [it], 'state');
      }
    if (state !== undefined && state !== c.state) setIn(doc, ['state'], state);
    appendIn(doc, ['log'], entry);
  });
}

const entryOf = (actor: Actor, action: string, state: string | undefined, note: string | undefined): LogEntry => ({
  at: actor.now,
  by: actor.id,
  action,
  ...(state !== undefined ? { state } : {}),
  ...(note ? { note } : {}),
});

/**
 * A step of the machine: refused with the current state and the allowed next steps, or with the roles
 * that may take it; sets the changed fields and the new state, appends the log entry.
 */
export function stepCase<R extends CaseRecord, S extends string>(
  tx: Tx,
  k: CaseKind<S>,
  actor: Actor,
  id: string,
  action: string,
  changes: (c: R) => Changes<R> = () => ({}),
  note?: string,
): { before: R; after: R; to: S } {
  const before = readCase<R>(tx, k, id);
  const t = step(k.machine, before.state as S, action, actor.roles);
  const after = write(tx, k, before, entryOf(actor, action, t.to, note), changes(before), t.to);
  return { before, after, to: t.to };
}

/**
 * A recorded act that is not a change of state (signing, paying, an inspection, a violation): allowed
 * only in some states and to some roles; appends a log entry without a state.
 */
export function recordAct<R extends CaseRecord, S extends string>(
  tx: Tx,
  k: CaseKind<S>,
  actor: Actor,
  id: string,
  act: { action: string; what: Msg; states: readonly S[]; roles?: readonly Role[] },
  changes: (c: R) => Changes<R> = () => ({}),
  note?: string,
): R {
  const c = readCase<R>(tx, k, id);
  if (act.roles) requireRole(actor.roles, act.roles, act.what); // none: any staff member, as on a transition
  if (!act.states.includes(c.state as S)) {
    const now = k.machine.states[c.state as S];
    throw new RuleError(
      msg(
        `案卷 ${id} 当前状态为「${now.zh}」，不能${act.what.zh}`,
        `case ${id} is ${now.en}; cannot ${act.what.en} now`,
      ),
      msg(
        `只能在以下状态${act.what.zh}: ${act.states.map((s) => k.machine.states[s].zh).join('、')}`,
        `allowed in: ${act.states.map((s) => k.machine.states[s].en).join(', ')}`,
      ),
    );
  }
  return write(tx, k, c, entryOf(actor, act.action, k.logState ? c.state : undefined, note), changes(c));
}

/**
 * Open a case in the machine's initial state with its first log entry (refused for a role the
 * machine's `open` does not allow). `data` holds every other field, in the order to write them
 * (kind and id first, as every record opens); the state goes where `data` names it (any value: the
 * initial state is written), else after the other fields; the log last.
 */
export function openCase<R extends CaseRecord, S extends string>(
  tx: Tx,
  k: CaseKind<S>,
  actor: Actor,
  data: Omit<R, 'state' | 'log'> & { id: string; state?: S },
  action = 'open',
  note?: string,
): R {
  if (k.machine.open) requireRole(actor.roles, k.machine.open.roles, k.machine.open.label);
  const rec = {
    ...data, // in the caller's order (kind, id, … as a person would write them)
    state: k.machine.initial,
    log: [entryOf(actor, action, k.machine.initial, note)],
  } as unknown as R;
  tx.create(k.kind, data.id, rec);
  return rec;
}

// ---- deadlines (working days) ----

/** The last log entry of one of these actions. */
export function lastEntry(c: CaseRecord, actions: readonly string[]): LogEntry | undefined {
  for (let i = c.log.length - 1; i >= 0; i--) if (actions.includes(c.log[i].action)) return c.log[i];
  return undefined;
}

export interface Due {
  deadline: string;
  label: Msg;
  /** When the clock started (the log entry's time). */
  since: string;
  /** The last day (inclusive) the step may be taken. */
  due: string;
  overdue: boolean;
}

function dueOf<S extends string, C>(d: Deadline<S, C>, sinceAt: string, cal: WorkCalendar, days: number): string {
  return d.calendarDays ? addDays(dateOf(sinceAt), days) : cal.addWorkdays(dateOf(sinceAt), days);
}

/**
 * Every deadline the case now waits on (a complaint may wait on its feedback and on the upward report of a
 * major complaint at once): those the machine declares for its state, that apply to this case (`when`),
 * started by a `from` entry and not yet met or cancelled after it.
 */
export function pendingDeadlines<S extends string, C>(
  m: Machine<S, C>,
  c: CaseRecord,
  cal: WorkCalendar,
  today: string,
  config: C,
): Due[] {
  const out: Due[] = [];
  for (const d of m.deadlines ?? []) {
    if (!d.states.includes(c.state as S)) continue;
    if (d.when && !d.when(c)) continue;
    const i = lastIndex(c, d.from);
    if (i < 0) continue;
    const after = c.log.slice(i + 1);
    if (after.some((e) => d.met.includes(e.action) || d.cancelled?.includes(e.action))) continue;
    const since = d.since?.(c) ?? c.log[i].at;
    const due = dueOf(d, since, cal, d.days(config));
    out.push({ deadline: d.name, label: d.label, since, due, overdue: today > due });
  }
  return out;
}

/** The deadline the case now waits on, if the machine declares one for its state (the first of pendingDeadlines). */
export function pendingDeadline<S extends string, C>(
  m: Machine<S, C>,
  c: CaseRecord,
  cal: WorkCalendar,
  today: string,
  config: C,
): Due | undefined {
  return pendingDeadlines(m, c, cal, today, config)[0];
}

function lastIndex(c: CaseRecord, actions: readonly string[]): number {
  for (let i = c.log.length - 1; i >= 0; i--) if (actions.includes(c.log[i].action)) return i;
  return -1;
}

/** Each deadline a case met or missed (or still runs): for timeliness reports and the standards. */
export interface Timed {
  id: string;
  deadline: string;
  received: string;
  due: string;
  done?: string;
  onTime?: boolean;
}

export function timeliness<S extends string, C>(
  m: Machine<S, C>,
  c: CaseRecord,
  cal: WorkCalendar,
  today: string,
  config: C,
): Timed[] {
  const out: Timed[] = [];
  const open = new Map<string, Timed>();
  const deadlines = (m.deadlines ?? []).filter((d) => !d.when || d.when(c));
  for (const e of c.log) {
    for (const d of deadlines) {
      const running = open.get(d.name);
      if (running && d.met.includes(e.action)) {
        running.done = dateOf(e.at);
        running.onTime = running.done <= running.due;
        out.push(running);
        open.delete(d.name);
      }
      if (d.cancelled?.includes(e.action)) open.delete(d.name);
    }
    for (const d of deadlines) {
      if (d.from.includes(e.action)) {
        const since = d.since?.(c) ?? e.at;
        open.set(d.name, {
          id: c.id,
          deadline: d.name,
          received: dateOf(since),
          due: dueOf(d, since, cal, d.days(config)),
        });
      }
    }
  }
  for (const o of open.values()) {
    if (today > o.due) o.onTime = false;
    out.push(o);
  }
  return out;
}
