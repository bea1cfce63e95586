// What other procedures use of the 24-hour hotline (manual 三.6.6; 一.5.3.13 首问责任制): the desk entry a
// case comes from — its id (RX20261128-003: prefix, the day, the number of the day), its parties checked
// (a unit, a person and a first responder that exist), the entry written with its outcome, a later case
// linked to an earlier entry — and the shape of a case opener, the seam through which `hotline log --open
// complaint|repair|warranty` opens the case in the same command and commit (hotline/intake.ts lists them).
// e.g. const id = nextCallId(ctx, tx, at); createCall(tx, id, input, { outcome: 'case', case: { kind: 'complaint', id: 'TS2026-0001' } })
import type { Ctx } from '../../kit/context.js';
import type { Line } from '../../kit/line.js';
import { dateOf } from '../../core/dates.js';
import { NotFoundError, RuleError, UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { CONFIG_DEFAULTS, type DeskCase } from '../../core/enums.gen.js';
import { kindDef } from '../../core/kinds.js';
import { walkYaml, type Store, type Tx } from '../../core/store.js';
import type { HotlineRecord, StaffRecord } from '../../core/types.gen.js';
import { setIn } from '../../core/yamlio.js';
import { nextInSequence } from '../../core/ids.js';

export type Call = HotlineRecord;

/** What was asked, by whom, about what, and who received it (the first responder). */
export type CallInput = Pick<
  Call,
  'at' | 'channel' | 'type' | 'caller' | 'unit' | 'place' | 'request' | 'received_by' | 'note'
>;

/** What became of it: answered on the spot, a case opened, or handed to a colleague who answers. */
export type Outcome =
  | { outcome: 'answered'; answer: string }
  | { outcome: 'case'; case: NonNullable<Call['case']> }
  | { outcome: 'handed-over'; handed_to: NonNullable<Call['handed_to']> };

/** The call a case is opened from (its id is allocated before the case, so the case can name it). */
export type CallData = Pick<Call, 'id' | 'at' | 'channel' | 'caller' | 'unit' | 'place' | 'request' | 'received_by'>;

/**
 * A procedure whose case a desk entry can open (`hotline log --open KIND`): it types its own options of the
 * hotline line (declared on `hotline log` in hotline/index.ts, e.g. --category for a complaint) before any
 * lock, then opens the case in the hotline's transaction. The procedure exports it from its api.ts.
 */
export interface CaseOpener<O = unknown> {
  kind: DeskCase;
  parse(line: Line): O;
  open(tx: Tx, ctx: Ctx, call: CallData, options: O): { id: string; summary: Msg };
}

const two = (n: number) => String(n).padStart(2, '0');

/** The prefix of desk entries (wuye.yaml `prefixes.hotline`, default RX). */
export const callPrefix = (ctx: Ctx): string =>
  (ctx.config.prefixes as Record<string, string> | undefined)?.hotline ?? CONFIG_DEFAULTS.prefixes.hotline;

/** The ids of a day's entries are <PREFIX><YYYYMMDD>-[station]NNN; this is the part before the number. */
export const dayHead = (prefix: string, day: string, station = '') => `${prefix}${day.replace(/-/g, '')}-${station}`;

/** The files of a day's entries (sorted by id), without reading any: the id holds the day. */
export function dayRels(store: Store, prefix: string, day: string): string[] {
  const head = dayHead(prefix, day);
  const folder = `${kindDef('hotline').folder}/${day.slice(0, 4)}`;
  return walkYaml(store.dir, folder)
    .filter((rel) => rel.slice(folder.length + 1).startsWith(head))
    .sort();
}

/** The next id of the day the call came in (numbers never reused; a station code keeps two offices apart). */
export function nextCallId(ctx: Ctx, tx: Tx, at: string): string {
  const day = dateOf(at);
  const head = dayHead(callPrefix(ctx), day, ctx.config.station ?? '');
  const ids = dayRels(tx.store, callPrefix(ctx), day).map((rel) =>
    rel.slice(rel.lastIndexOf('/') + 1, -'.yaml'.length),
  );
  return nextInSequence(head, 3, ids);
}

/** The unit, person and first responder of a call exist (exit 2 naming the option, with what to do). */
export function checkParties(
  src: Tx | Store,
  c: Pick<CallInput, 'unit' | 'caller' | 'received_by'>,
  day: string,
): void {
  if (c.unit && !src.tryRead('unit', c.unit))
    throw new UsageError(
      msg(`--unit: 没有房屋 ${c.unit}`, `--unit: there is no unit ${c.unit}`),
      msg(
        '用 wuye unit list 查看房屋编号；公共部位用 --place',
        'see wuye unit list for unit ids; for a public area use --place',
      ),
    );
  if (c.caller?.person && !src.tryRead('person', c.caller.person))
    throw new UsageError(
      msg(`--person: 没有人员 ${c.caller.person}`, `--person: there is no person ${c.caller.person}`),
      msg(
        '用 wuye find 查找人员；未登记的来电人用 --caller 写称呼',
        'look the person up with wuye find; for someone not registered use --caller',
      ),
    );
  const s = src.tryRead<StaffRecord>('staff', c.received_by)?.data;
  if (!s)
    throw new UsageError(
      msg(`--received-by: 没有员工 ${c.received_by}`, `--received-by: there is no staff member ${c.received_by}`),
      msg('用 wuye staff list 查看员工编号', 'see wuye staff list for staff ids'),
    );
  if ((s.active_to && s.active_to < day) || (s.active_from && s.active_from > day))
    throw new RuleError(
      msg(`${s.id}（${s.name}）${day} 不在职，不能是接待人`, `${s.id} (${s.name}) was not on the staff on ${day}`),
      msg('--received-by 写当时接待的员工', 'give the staff member who received it with --received-by'),
    );
}

/** A desk entry with its outcome, the fields in the order a person would write them. */
export function callRecord(id: string, c: CallInput, out: Outcome): Call {
  return {
    kind: 'hotline',
    id,
    at: c.at,
    channel: c.channel,
    type: c.type,
    ...(c.caller && Object.keys(c.caller).length ? { caller: c.caller } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    ...(c.place ? { place: c.place } : {}),
    request: c.request,
    received_by: c.received_by,
    ...out,
    ...(c.note ? { note: c.note } : {}),
  };
}

/** Write a desk entry with its outcome. */
export function createCall(tx: Tx, id: string, c: CallInput, out: Outcome): Call {
  const rec = callRecord(id, c, out);
  tx.create('hotline', id, rec);
  return rec;
}

/**
 * The numbers a generated estate's later generators give their own desk entries (a repair order's or a
 * warranty report's call): after the day's entries already written, as `hotline log` numbers a call logged later.
 * e.g. const n = new CallNumbers(g.out.root, 'RX'); n.next('2026-11-03') → RX20261103-009
 */
export class CallNumbers {
  private max = new Map<string, number>();
  constructor(
    private readonly root: string,
    private readonly prefix: string,
  ) {}

  private years = new Set<string>();

  next(day: string): string {
    const year = day.slice(0, 4);
    if (!this.years.has(year)) {
      this.years.add(year); // the year's entries read once: the day is in the id (PREFIX YYYYMMDD - NNN)
      const folder = `${kindDef('hotline').folder}/${year}`;
      for (const rel of walkYaml(this.root, folder)) {
        const id = rel.slice(rel.lastIndexOf('/') + 1, -'.yaml'.length);
        if (!id.startsWith(this.prefix)) continue;
        const d = id.slice(this.prefix.length, this.prefix.length + 8);
        const k = Number(id.slice(id.lastIndexOf('-') + 1));
        const key = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
        if (Number.isInteger(k) && k > (this.max.get(key) ?? 0)) this.max.set(key, k);
      }
    }
    const head = dayHead(this.prefix, day);
    const n = this.max.get(day) ?? 0;
    this.max.set(day, n + 1);
    return `${head}${String(n + 1).padStart(3, '0')}`;
  }
}

export function readCall(src: Tx | Store, id: string): Call {
  const r = src.tryRead<Call>('hotline', id);
  if (!r)
    throw new NotFoundError(
      msg(`没有值班电话记录 ${id}`, `no hotline entry ${id}`),
      msg('用 wuye hotline list --date 日期 查看当天的记录', 'see the day with wuye hotline list --date DATE'),
    );
  return r.data;
}

/** Link a case opened later to the entry it came from (refused when that entry already opened one). */
export function linkCall(tx: Tx, id: string, ref: NonNullable<Call['case']>): Call {
  const call = readCall(tx, id);
  if (call.case)
    throw new RuleError(
      msg(`来电 ${id} 已立案 ${call.case.id}`, `entry ${id} already opened case ${call.case.id}`),
      msg(`用 wuye hotline show ${id} 查看`, `see wuye hotline show ${id}`),
    );
  return tx.edit<Call>('hotline', id, (doc) => {
    setIn(doc, ['outcome'], 'case');
    setIn(doc, ['case'], ref);
  });
}
