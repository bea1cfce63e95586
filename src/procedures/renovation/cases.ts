// Reading and stepping a renovation case inside a transaction: id allocation
// under the lock (ZX2026-0007, station-coded ZX2026-B0007, never reused), the
// state machine with role checks, and the log entry every step appends.
// e.g. await ctx.write((tx) => takeStep(ctx, tx, id, 'review-pass', (c) => ({ reviews: [...] })))
import type { Ctx } from '../../kit/context.js';
import { argId } from '../../kit/options.js';
import { step, requireRole, type Role } from '../../core/case.js';
import { RuleError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { Tx } from '../../core/store.js';
import type { UnitRecord } from '../../core/types.gen.js';
import { appendIn, setIn } from '../../core/yamlio.js';
import { RENOVATION, type RenovationState } from './machine.js';
import { cfg, type Case } from './rules.js';

export const caseId = (v: string) => argId('renovation', v, 'ID');

export const conf = (ctx: Ctx) => cfg(ctx.config.renovation);

/** The next case id of the year: <PREFIX><YEAR>-[station]<SEQ>; the sequence counts every id ever allocated in the folder. */
export function nextCaseId(ctx: Ctx, tx: Tx, year: string): string {
  const prefix = (ctx.config.prefixes as Record<string, string> | undefined)?.renovation ?? 'ZX';
  const station = ctx.config.station ?? '';
  const head = `${prefix}${year}-${station}`;
  let max = 0;
  for (const id of tx.store.ids('renovation')) {
    if (!id.startsWith(head)) continue;
    const n = Number(id.slice(head.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${head}${String(max + 1).padStart(4, '0')}`;
}

export function readCase(tx: Tx | Ctx['store'], id: string): Case {
  return tx.read<Case>('renovation', id).data;
}

export function unitOf(tx: Tx | Ctx['store'], c: Pick<Case, 'unit'>): UnitRecord {
  return tx.read<UnitRecord>('unit', c.unit).data;
}

const rolesOf = (ctx: Ctx): string[] => (ctx.operator() as { roles?: string[] }).roles ?? [];

export type Changes = Partial<Record<keyof Case, unknown>> & { append?: Partial<Record<keyof Case, unknown[]>> };

function applyChanges(tx: Tx, id: string, entry: Case['log'][number], ch: Changes, state?: string): Case {
  const last = readCase(tx, id).log.at(-1);
  if (last && Date.parse(entry.at) < Date.parse(last.at)) {
    // The log is append-only in time order (records.md "Case records"): a clock set back is refused.
    throw new RuleError(
      msg(
        `当前时间 ${entry.at} 早于案卷 ${id} 最后一条日志的时间 ${last.at}`,
        `the time now (${entry.at}) is earlier than the last log entry of ${id} (${last.at})`,
      ),
      msg('检查本机时钟（或 WUYE_NOW）', "check the computer's clock (or WUYE_NOW)"),
    );
  }
  return tx.edit<Case>('renovation', id, (doc) => {
    for (const [k, v] of Object.entries(ch)) if (k !== 'append' && v !== undefined) setIn(doc, [k], v);
    for (const [k, items] of Object.entries(ch.append ?? {})) for (const it of items ?? []) appendIn(doc, [k], it);
    if (state) setIn(doc, ['state'], state);
    appendIn(doc, ['log'], entry);
  });
}

/**
 * A step of the state machine: refused with the current state and the allowed
 * next steps, or with the roles that may take it; appends the log entry.
 */
export function takeStep(
  ctx: Ctx,
  tx: Tx,
  id: string,
  action: string,
  changes: (c: Case) => Changes = () => ({}),
  note?: string,
): Case {
  const c = readCase(tx, id);
  const tr = step(RENOVATION, c.state as RenovationState, action, rolesOf(ctx));
  const ch = changes(c);
  const entry = { at: ctx.now(), by: ctx.operator().id, action, state: tr.to, ...(note ? { note } : {}) };
  return applyChanges(tx, id, entry, ch, tr.to);
}

/**
 * A recorded act that is not a state change (signing, paying, workers,
 * inspections, violations): allowed only in some states and to some roles.
 */
export function record(
  ctx: Ctx,
  tx: Tx,
  id: string,
  action: string,
  what: Msg,
  states: readonly RenovationState[],
  roles: readonly Role[],
  changes: (c: Case) => Changes,
  note?: string,
): Case {
  const c = readCase(tx, id);
  requireRole(rolesOf(ctx), roles, what);
  if (!states.includes(c.state as RenovationState)) {
    throw new RuleError(
      msg(
        `案卷 ${id} 当前状态为「${RENOVATION.states[c.state as RenovationState].zh}」，不能${what.zh}`,
        `case ${id} is ${RENOVATION.states[c.state as RenovationState].en}; cannot ${what.en} now`,
      ),
      msg(
        `只能在以下状态${what.zh}: ${states.map((s) => RENOVATION.states[s].zh).join('、')}`,
        `allowed in: ${states.map((s) => RENOVATION.states[s].en).join(', ')}`,
      ),
    );
  }
  const ch = changes(c);
  return applyChanges(tx, id, { at: ctx.now(), by: ctx.operator().id, action, ...(note ? { note } : {}) }, ch);
}

/** Every renovation case (for list, inspections, reports, checks). */
export function allCases(store: Ctx['store']): Case[] {
  return [...store.all<Case>('renovation')].map((r) => r.data);
}
