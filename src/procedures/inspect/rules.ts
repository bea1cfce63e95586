// How a checklist round is judged and scored (manual 一, 三.8, 三.14, 三.15): a pass/fail item as recorded, a count
// passes at most `max`, a reading passes between `min` and `max`; a failed item deducts its points; an item not
// yet recorded is "open" (the round is complete when none is). Items named on the line are checked against the
// checklist first — one that does not exist stops the command (exit 2) before anything is written.
// e.g. judge({ judge: 'count', max: 3 }, 4) → 'fail' · scoreRound(conduct, results) → { total: 25, deducted: 4, score: 21 }
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { InspectionRecord } from '../../core/types.gen.js';
import type { Checklist, ChecklistItem } from './checklist.js';

export type Round = InspectionRecord;
export type Result = Round['results'][number];

/** A count or a reading against the item's limits. */
export function judge(item: Pick<ChecklistItem, 'judge' | 'min' | 'max'>, value: number): 'pass' | 'fail' {
  if (item.judge === 'count') return value <= (item.max ?? 0) ? 'pass' : 'fail';
  if (item.judge === 'reading')
    return value >= (item.min ?? -Infinity) && value <= (item.max ?? Infinity) ? 'pass' : 'fail';
  throw new Error(`judge: ${item.judge} takes no value`);
}

export interface Entered {
  pass: readonly string[];
  fail: readonly string[];
  na: readonly string[];
  /** item=value for counts and readings. */
  values: readonly string[];
  note?: string;
}

const unknown = (cl: Checklist, id: string) =>
  new UsageError(
    msg(`检查表 ${cl.name} 没有检查项 ${id}`, `checklist ${cl.name} has no item ${id}`),
    msg(`检查项: ${cl.items.map((i) => i.id).join('、')}`, `its items: ${cl.items.map((i) => i.id).join(', ')}`),
  );

/** The results named on a line, checked against the checklist (unknown item, a value for a pass/fail item, twice). */
export function enteredResults(cl: Checklist, e: Entered): Result[] {
  const out = new Map<string, Result>();
  const item = (id: string) =>
    cl.items.find((i) => i.id === id) ??
    (() => {
      throw unknown(cl, id);
    })();
  const put = (r: Result) => {
    if (out.has(r.item))
      throw new UsageError(
        msg(`检查项 ${r.item} 给了两次`, `item ${r.item} given twice`),
        msg('每项只给一个结果', 'give each item one result'),
      );
    out.set(r.item, r);
  };
  for (const [ids, result] of [
    [e.pass, 'pass'],
    [e.fail, 'fail'],
    [e.na, 'na'],
  ] as const)
    for (const id of ids) {
      const it = item(id);
      if (it.judge !== 'pass-fail' && result !== 'na')
        throw new UsageError(
          msg(
            `检查项 ${id} 是${it.judge === 'count' ? '计数' : '读数'}项，用 --value ${id}=数值`,
            `item ${id} is a ${it.judge}: give --value ${id}=N`,
          ),
        );
      put({ item: id, result });
    }
  for (const kv of e.values) {
    const m = /^([a-z0-9][a-z0-9-]*)=(-?\d+(?:\.\d+)?)$/.exec(kv);
    if (!m)
      throw new UsageError(
        msg(`--value ${kv}: 写成 检查项=数值`, `--value ${kv}: write item=number`),
        msg('例: --value phone=4', 'e.g. --value phone=4'),
      );
    const it = item(m[1]);
    if (it.judge === 'pass-fail')
      throw new UsageError(
        msg(`检查项 ${it.id} 是合格/不合格项，用 --pass 或 --fail`, `item ${it.id} is pass/fail: use --pass or --fail`),
      );
    const value = Number(m[2]);
    put({ item: it.id, result: judge(it, value), value });
  }
  // a note belongs to the one failed item given (or the one item given); else to the round (noteAttached)
  const failed = [...out.values()].filter((r) => r.result === 'fail');
  const owner = failed.length === 1 ? failed[0] : out.size === 1 ? [...out.values()][0] : undefined;
  if (e.note && owner) owner.note = e.note;
  return [...out.values()];
}

/** Did the entry's note go onto an item (else it is the round's note)? */
export const noteAttached = (rs: readonly Result[], note: string | undefined): boolean =>
  !!note && rs.some((r) => r.note === note);

/** Recorded results merged with earlier ones (a later result for an item replaces it), in the checklist's order. */
export function mergeResults(cl: Checklist, before: readonly Result[], now: readonly Result[]): Result[] {
  const by = new Map(before.map((r) => [r.item, r]));
  for (const r of now) by.set(r.item, r);
  return cl.items.flatMap((i) => (by.has(i.id) ? [by.get(i.id)!] : []));
}

export interface Score {
  /** Points of the items that apply (not "not applicable"). */
  total: number;
  deducted: number;
  score: number;
  failed: string[];
  open: string[];
}

export function scoreRound(cl: Checklist, results: readonly Result[]): Score {
  const by = new Map(results.map((r) => [r.item, r]));
  let total = 0;
  let deducted = 0;
  const failed: string[] = [];
  const open: string[] = [];
  for (const it of cl.items) {
    const r = by.get(it.id);
    if (r?.result === 'na') continue;
    total += it.points;
    if (!r) open.push(it.id);
    else if (r.result === 'fail') {
      deducted += it.points;
      failed.push(it.id);
    }
  }
  return { total, deducted, score: total - deducted, failed, open };
}

/** Who or what a round inspected, as staff say it. */
export const whereText = (w: Round['where']): string =>
  [w.staff, w.unit, w.building ? `${w.building}栋` : undefined, w.place].filter(Boolean).join(' ');
