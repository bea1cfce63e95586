// What every move-in step shares: read the case, take the step through the
// machine (refused with the current state and the allowed next steps), write
// the changed fields and one log entry in place (comments survive).
// e.g. await takeStep(ctx, tx, '3-1-0101', 'keys', (c) => ({ keys: {...} }), 'note')
import { argId, optDate, str } from '../../kit/options.js';
import type { Ctx } from '../../kit/context.js';
import type { Opts } from '../../kit/spec.js';
import { step } from '../../core/case.js';
import { NotFoundError, UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Store, Tx } from '../../core/store.js';
import type { MoveinRecord, UnitRecord } from '../../core/types.gen.js';
import { setIn, appendIn } from '../../core/yamlio.js';
import { MOVEIN, type MoveinState } from './rules.js';

export function caseId(idArg: string | undefined): string {
  if (!idArg)
    throw new UsageError(
      msg('缺少房屋编号', 'missing unit id'),
      msg('如 wuye movein show 3-1-0101', 'e.g. wuye movein show 3-1-0101'),
    );
  return argId('movein', idArg, 'UNIT');
}

/** A unit's move-in case; "not found" says how to plan one. */
export function readCase(src: Store | Tx, id: string): MoveinRecord {
  const r = src.tryRead<MoveinRecord>('movein', id);
  if (!r) {
    throw new NotFoundError(
      msg(`房屋 ${id} 没有入伙案卷`, `unit ${id} has no move-in case`),
      msg(
        `先用 wuye movein plan --building ${id.split('-')[0]} ... 排定预约`,
        `plan it first: wuye movein plan --building ${id.split('-')[0]} ...`,
      ),
    );
  }
  return r.data;
}

export const readUnit = (src: Store | Tx, id: string): UnitRecord => src.read<UnitRecord>('unit', id).data;

/** The date of a step: --on, else today. */
export const stepDate = (ctx: Ctx, opts: Opts, key = 'on', flag = '--on'): string =>
  optDate(opts, key, flag) ?? ctx.today();

/** "1,2,3" → [1,2,3], a usage error naming the option otherwise. */
export function numbers(opts: Opts, key: string, flag: string): number[] {
  const v = str(opts, key);
  if (v === undefined) return [];
  const out = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!out.every((s) => /^[1-9]\d{0,3}$/.test(s)))
    throw new UsageError(
      msg(
        `${flag} 应为逗号分隔的序号，如 1,3，而不是 "${v}"`,
        `${flag} takes numbers separated by commas, e.g. 1,3, not "${v}"`,
      ),
    );
  return out.map(Number);
}

/** "a,b" → ['a','b'] checked against the allowed codes. */
export function codes<T extends string>(opts: Opts, key: string, flag: string, allowed: readonly T[]): T[] | undefined {
  const v = str(opts, key);
  if (v === undefined) return undefined;
  const out = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = out.filter((s) => !allowed.includes(s as T));
  if (bad.length)
    throw new UsageError(
      msg(`${flag} 中有未知的值: ${bad.join(', ')}`, `unknown value(s) for ${flag}: ${bad.join(', ')}`),
      msg(`可用的值: ${allowed.join(', ')}`, `allowed: ${allowed.join(', ')}`),
    );
  return [...new Set(out)] as T[];
}

/**
 * Take one step of the machine on a case inside a transaction: check the
 * transition and the operator's roles, set the changed fields, append the log.
 * `plan` returns the fields to set (top-level keys), computed from the case as read.
 */
export function takeStep(
  ctx: Ctx,
  tx: Tx,
  id: string,
  action: string,
  fields: (c: MoveinRecord) => Partial<MoveinRecord>,
  note?: string,
): { before: MoveinRecord; to: MoveinState } {
  const c = readCase(tx, id);
  const t = step(MOVEIN, c.state, action, ctx.operator().roles ?? []);
  const set = fields(c);
  tx.edit('movein', id, (doc) => {
    for (const [k, v] of Object.entries(set)) setIn(doc, [k], v);
    if (t.to !== c.state) setIn(doc, ['state'], t.to);
    appendIn(doc, ['log'], logEntry(ctx, action, t.to, note));
  });
  return { before: c, to: t.to };
}

export function logEntry(
  ctx: Ctx,
  action: string,
  state: string,
  note?: string,
): { at: string; by: string; action: string; state: string; note?: string } {
  return { at: ctx.now(), by: ctx.operator().id, action, state, ...(note ? { note } : {}) };
}

/** The staff member named by an option, checked to exist. */
export function staffOpt(ctx: Ctx, opts: Opts, key: string, flag: string): string {
  const v = str(opts, key);
  if (v === undefined) return ctx.operator().id;
  const id = argId('staff', v, flag);
  if (!ctx.store.exists('staff', id))
    throw new NotFoundError(
      msg(`${flag}: 没有员工 ${id}`, `${flag}: no staff member ${id}`),
      msg('用 wuye staff list 查看员工编号', 'see wuye staff list'),
    );
  return id;
}

/** The ids of a building's move-in cases (file names only, no parsing). */
export function caseIdsOfBuilding(store: Store, building: string | undefined): string[] {
  return store.ids('movein').filter((id) => !building || id.split('-')[0] === building);
}

export function buildingOpt(opts: Opts): string | undefined {
  const b = str(opts, 'building');
  if (b !== undefined && !/^[0-9A-Za-z]{1,6}$/.test(b))
    throw new UsageError(
      msg(`--building 不是有效的楼栋: "${b}"`, `--building is not a valid building: "${b}"`),
      msg('楼栋只含字母和数字，如 3 或 S1', 'a building is letters and digits, e.g. 3 or S1'),
    );
  return b;
}
