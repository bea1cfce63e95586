// The generic case-log check (records.md "Case records", validate layer 4):
// for a kind whose procedure declares a state machine, the log is in time
// order, every step is a legal transition, and the state is one the machine
// can reach and the one the log leads to, and every entry's operator was in post that day
// (staff active_from/active_to). A procedure registers it in its checks.ts:
//   export const checks = [caseLogCheck('movein', MOVEIN_MACHINE), ...]
import { logProblems, type LogEntry, type Machine } from '../case.js';
import { msg, type Msg } from '../i18n.js';
import { defineCheck, problemAt, type Check, type CheckEnv, type Problem } from './types.js';

/** States reachable from the initial state through the machine's transitions. */
export function reachableStates<S extends string>(m: Machine<S, any>): Set<string> {
  const seen = new Set<string>([m.initial]);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of m.transitions) {
      if (!seen.has(t.to) && t.from.some((f) => seen.has(f))) {
        seen.add(t.to);
        grew = true;
      }
    }
  }
  return seen;
}

/** Why a staff member could not have acted at a time (not yet in post, or left), or undefined. Missing staff: the reference check's. */
export function notInPost(env: CheckEnv, staffId: string, at: string): Msg | undefined {
  const s = env.get<{ name?: string; active_from?: string; active_to?: string }>('staff', staffId)?.data;
  if (!s) return undefined;
  const day = at.slice(0, 10);
  if (s.active_from && s.active_from > day)
    return msg(
      `${staffId}（${s.name ?? ''}）${day} 尚未入职（入职 ${s.active_from}）`,
      `${staffId} (${s.name ?? ''}) was not yet in post on ${day} (from ${s.active_from})`,
    );
  if (s.active_to && s.active_to < day)
    return msg(
      `${staffId}（${s.name ?? ''}）${day} 已离职（离职 ${s.active_to}）`,
      `${staffId} (${s.name ?? ''}) had left by ${day} (in post until ${s.active_to})`,
    );
  return undefined;
}

export const INACTIVE_HINT = msg(
  '经办人须是当日在职的员工：核对 staff/ 中的入职、离职日期（active_from/active_to），或从 git 查明是谁办理的',
  'the operator must be staff in post that day: check active_from/active_to in staff/, or find who acted with git',
);

export interface CaseLogOptions {
  /** Where the state and the log are in the record (default `state`, `log`). */
  stateField?: string;
  logField?: string;
}

export function caseLogCheck<S extends string>(kind: string, m: Machine<S, any>, o: CaseLogOptions = {}): Check {
  const stateField = o.stateField ?? 'state';
  const logField = o.logField ?? 'log';
  const reachable = reachableStates(m);
  const known = Object.keys(m.states);
  return {
    name: `${m.name}/case-log`,
    kinds: [kind],
    description: msg(
      '案卷日志按时间顺序、符合状态机；状态可由状态机到达',
      'the case log is in time order and follows the state machine; the state is reachable',
    ),
    record(r, env) {
      const out: Problem[] = [];
      const state = r.data[stateField];
      const log = (Array.isArray(r.data[logField]) ? r.data[logField] : []) as LogEntry[];
      if (typeof state === 'string') {
        if (!known.includes(state)) {
          out.push(
            problemAt(
              r,
              `/${stateField}`,
              'state-unknown',
              msg(`状态「${state}」不是此流程的状态`, `"${state}" is not a state of this procedure`),
              msg(`可用的状态: ${known.join(', ')}`, `states: ${known.join(', ')}`),
            ),
          );
          return out;
        }
        if (!reachable.has(state)) {
          out.push(
            problemAt(
              r,
              `/${stateField}`,
              'state-unreachable',
              msg(
                `状态「${m.states[state as S].zh}」（${state}）是流程无法到达的状态`,
                `state "${state}" cannot be reached by the procedure's steps`,
              ),
              msg(
                '状态只能经由 wuye 的步骤命令改变；从 git 恢复该字段',
                'states change only through wuye step commands; restore the field from git',
              ),
            ),
          );
          return out;
        }
      }
      log.forEach((e, i) => {
        const why =
          env && typeof e?.by === 'string' && typeof e.at === 'string' ? notInPost(env, e.by, e.at) : undefined;
        if (why) out.push(problemAt(r, `/${logField}/${i}/by`, 'log-operator-inactive', why, INACTIVE_HINT));
      });
      for (const p of logProblems(m, log, typeof state === 'string' ? state : m.initial)) {
        const pointer =
          p.code === 'log-state'
            ? `/${stateField}`
            : `/${logField}/${p.index}${p.code === 'log-order' ? '/at' : '/action'}`;
        const hint =
          p.code === 'log-order'
            ? msg(
                '日志只追加，按时间顺序；改正该条的时间（at），或从 git 恢复',
                "the log is append-only, in time order; correct the entry's time (at) or restore it from git",
              )
            : msg(
                '状态只能经由 wuye 的步骤命令改变；从 git 恢复该记录，再用命令办理',
                'states change only through wuye step commands; restore the record from git and use the commands',
              );
        out.push(problemAt(r, pointer, p.code, p.message, hint));
      }
      return out;
    },
  };
}

/**
 * One open case of a kind per unit (issue 17): a command refuses a second one, but two desks each opening one on
 * their clones meet only in the merged records — both cases get an error naming the other.
 * e.g. oneOpenPerUnit<Case>('renovation', (c) => !CLOSED.has(c.state), msg('装修', 'renovation'))
 */
export function oneOpenPerUnit<T extends { unit: string; id: string }>(
  kind: string,
  isOpen: (c: T) => boolean,
  what: Msg,
): Check {
  return defineCheck<T>({
    name: `${kind}/one-open-per-unit`,
    kinds: [kind],
    description: msg(`一套房屋同时只有一个进行中的${what.zh}案卷`, `one open ${what.en} case per unit at a time`),
    unique: {
      keys: (r) => (isOpen(r.data) ? [{ key: r.data.unit, pointer: '/unit', shown: r.data.unit }] : []),
      message: (unit, rel, others) => ({
        message: msg(
          `房屋 ${unit} 同时有另一个进行中的${what.zh}案卷：${others.join('、')}`,
          `unit ${unit} has another open ${what.en} case at the same time: ${others.join(', ')}`,
        ),
        hint: msg(
          '两个办公点各开了一个：保留一个，另一个撤回（按该流程的撤回步骤）并在备注中写明',
          'two desks each opened one: keep one and withdraw the other (its withdraw step), noting why',
        ),
      }),
    },
  });
}
