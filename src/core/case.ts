// Case records (records.md "Case records"): a state and an append-only log of
// {at, by, action, note}; steps only through the procedure's declared
// transitions, each reserved to the roles the manual names. A procedure
// declares its machine as data (see procedures/movein/rules.ts) and calls step().
import { RuleError } from './errors.js';
import { msg, t, type Msg } from './i18n.js';

export type Role =
  'director' | 'cs-manager' | 'cs-assistant' | 'cashier' | 'storekeeper' | 'engineer' | 'security' | 'finance';

export const ROLE_LABELS: Record<Role, Msg> = {
  director: msg('物业服务中心主任', 'center director'),
  'cs-manager': msg('用户服务部经理', 'customer service manager'),
  'cs-assistant': msg('客服助理', 'customer service assistant'),
  cashier: msg('内勤助理（收费）', 'cashier'),
  storekeeper: msg('财务内勤（仓库）', 'storekeeper'),
  engineer: msg('设备维护部', 'engineering'),
  security: msg('秩序维护部', 'security'),
  finance: msg('公司财务', "the company's finance"),
};

export interface Transition<S extends string> {
  action: string;
  from: readonly S[];
  to: S;
  roles?: readonly Role[]; // any of these; none = any staff member
  label: Msg;
}

/**
 * A deadline the manual sets for a step (e.g. the engineering review within 2 working days of a
 * complete application): while the case is in `states`, it runs from the last log entry of one of
 * the `from` actions; a `met` action meets it; `days` reads the number from the configuration.
 */
export interface Deadline<S extends string, C = unknown> {
  name: string;
  label: Msg;
  states: readonly S[];
  from: readonly string[];
  met: readonly string[];
  /** Actions after which the deadline no longer runs (a withdrawal). */
  cancelled?: readonly string[];
  days: (config: C) => number;
  /** Count calendar days instead of working days. */
  calendarDays?: boolean;
  /** Only for some cases of the kind (e.g. the upward report of a *major* complaint); read from the record. */
  when?: (record: any) => boolean;
  /** Where the clock starts when not at the `from` entry's time: a time the record holds (an emergency's discovery,
   * which comes before it is recorded). The `from` entry must still be there for the clock to run. */
  since?: (record: any) => string | undefined;
}

export interface Machine<S extends string, C = unknown> {
  name: string;
  initial: S;
  states: Record<S, Msg>;
  transitions: readonly Transition<S>[];
  /** Who may open a case (none = any staff member). */
  open?: { roles: readonly Role[]; label: Msg };
  deadlines?: readonly Deadline<S, C>[];
}

export interface LogEntry {
  at: string;
  by: string;
  action: string;
  state?: string;
  note?: string;
}

export function defineMachine<S extends string, C = unknown>(m: Machine<S, C>): Machine<S, C> {
  return m;
}

export function allowedSteps<S extends string>(m: Machine<S, any>, state: S): Transition<S>[] {
  return m.transitions.filter((t) => t.from.includes(state));
}

function stepsText<S extends string>(m: Machine<S, any>, state: S): Msg {
  const next = allowedSteps(m, state);
  if (next.length === 0) return msg('该案卷已结束，没有后续步骤', 'the case is finished; no further steps');
  return msg(
    `可进行的下一步: ${next.map((t) => `${t.action}（${t.label.zh}）`).join('、')}`,
    `allowed next steps: ${next.map((t) => `${t.action} (${t.label.en})`).join(', ')}`,
  );
}

/**
 * Take a step: returns the new state, or refuses (exit 1) with the current
 * state and the allowed next steps, or with the roles that may take it.
 */
export function step<S extends string>(
  m: Machine<S, any>,
  state: S,
  action: string,
  roles: readonly string[],
): Transition<S> {
  const candidates = m.transitions.filter((t) => t.action === action);
  if (candidates.length === 0) throw new Error(`${m.name}: unknown action ${action}`);
  const t = candidates.find((c) => c.from.includes(state));
  if (!t) {
    throw new RuleError(
      msg(
        `当前状态为「${m.states[state].zh}」，不能进行「${candidates[0].label.zh}」`,
        `the case is ${m.states[state].en}; "${candidates[0].label.en}" is not allowed now`,
      ),
      stepsText(m, state),
    );
  }
  if (t.roles && !t.roles.some((r) => roles.includes(r))) {
    throw new RuleError(
      msg(
        `「${t.label.zh}」只能由${t.roles.map((r) => ROLE_LABELS[r].zh).join('或')}办理`,
        `"${t.label.en}" may only be done by the ${t.roles.map((r) => ROLE_LABELS[r].en).join(' or ')}`,
      ),
      msg(
        `用 --as 指定具有 ${t.roles.join('/')} 角色的员工`,
        `pass --as with a staff member who has the ${t.roles.join('/')} role`,
      ),
    );
  }
  return t;
}

/** Check a log against the machine (validate layer 4): time order and legal steps. */
export function logProblems<S extends string>(
  m: Machine<S, any>,
  log: readonly LogEntry[],
  finalState: string,
): { index: number; message: Msg; code: 'log-order' | 'log-step' | 'log-state' }[] {
  const out: { index: number; message: Msg; code: 'log-order' | 'log-step' | 'log-state' }[] = [];
  let state: S = m.initial;
  let prev = '';
  log.forEach((e, i) => {
    const t = Date.parse(e.at);
    if (prev && t < Date.parse(prev))
      out.push({
        index: i,
        code: 'log-order',
        message: msg(
          `日志第 ${i + 1} 条的时间早于前一条（${e.at} < ${prev}）`,
          `log entry ${i + 1} is earlier than the one before (${e.at} < ${prev})`,
        ),
      });
    prev = e.at;
    const tr = m.transitions.find((x) => x.action === e.action && x.from.includes(state));
    if (tr) state = tr.to;
    else if (m.transitions.some((x) => x.action === e.action))
      out.push({
        index: i,
        code: 'log-step',
        message: msg(
          `日志第 ${i + 1} 条「${e.action}」不能在状态「${state}」之后发生`,
          `log entry ${i + 1} "${e.action}" cannot follow state "${state}"`,
        ),
      });
    // actions outside the machine (notes, prints) do not change the state
  });
  if (log.length && state !== finalState) {
    out.push({
      index: log.length - 1,
      code: 'log-state',
      message: msg(
        `状态「${finalState}」与日志推出的状态「${state}」不符`,
        `state "${finalState}" does not match the state the log leads to ("${state}")`,
      ),
    });
  }
  return out;
}

/** Does the operator have one of these roles? Refuse with the roles' names if not. */
export function requireRole(roles: readonly string[], allowed: readonly Role[], what: Msg): void {
  if (allowed.some((r) => roles.includes(r))) return;
  throw new RuleError(
    msg(
      `「${what.zh}」只能由${allowed.map((r) => ROLE_LABELS[r].zh).join('或')}办理`,
      `"${what.en}" may only be done by the ${allowed.map((r) => ROLE_LABELS[r].en).join(' or ')}`,
    ),
    msg(
      `用 --as 指定具有 ${allowed.join('/')} 角色的员工`,
      `pass --as with a staff member who has the ${allowed.join('/')} role`,
    ),
  );
}

/** A step of a case log in words (its transition's label, else an act's, else — the entry that opened the case — the
 * opening's), the code itself when unknown. e.g. actionText(RENOVATION, 'review-pass') → 工程审核通过 */
export function actionText(
  m: Machine<string, any>,
  action: string,
  acts: readonly { action: string; what: Msg }[] = [],
  opening = false,
): string {
  const l =
    m.transitions.find((x) => x.action === action)?.label ??
    acts.find((a) => a.action === action)?.what ??
    (opening ? m.open?.label : undefined);
  return l ? t(l) : action;
}
