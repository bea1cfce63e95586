// wuye person merge P000012 P000345 [--force --reason "同一人，证件号录错"]
// One person, one record (spec 01 "person add|show|list|update|merge": merging two person records moves every
// reference in one commit): every record naming the dropped person — units' owners, residents and tenants,
// transfers, cases' applicants, keys, move-in parties… found from the schemas' personId definitions, as
// validate's reference layer finds them — names the kept one instead; what the dropped record holds and the
// kept one lacks is kept; the dropped file is deleted. Two different national ids are refused unless --force
// with a --reason (recorded in the commit). The kept record lists the merged id (merged_from), which is never
// allocated again.
import { readFileSync } from 'node:fs';
import type { Document } from 'yaml';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { idOfPath, KINDS } from '../../../core/kinds.js';
import { maskNationalId } from '../../../core/personal.js';
import type { Tx } from '../../../core/store.js';
import type { PersonRecord } from '../../../core/types.gen.js';
import { refPaths, refsOf } from '../../../core/validate/refs.js';
import { setIn } from '../../../core/yamlio.js';
import { displayName } from '../rules.js';

export function parse(l: Line) {
  const keep = l.id(0, 'person');
  const drop = l.id(1, 'person');
  if (keep === drop)
    throw new UsageError(
      msg(`不能把 ${keep} 并入它自己`, `cannot merge ${keep} into itself`),
      msg('给出保留的和要并入的两个不同编号', 'give the person to keep and a different one to merge into it'),
    );
  const reason = l.text('reason');
  if (reason !== undefined && !reason.trim())
    throw new UsageError(msg('--reason 不能为空', '--reason must not be empty'));
  return { keep, drop, reason: reason?.trim() };
}

/** A reference to replace: the path of the value in the record, as yaml Document keys (indices as numbers). */
type Path = (string | number)[];

const pathOf = (pointer: string): Path =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));

function at(data: unknown, path: Path): unknown {
  let v = data;
  for (const k of path) v = (v as Record<string | number, unknown> | undefined)?.[k];
  return v;
}

/**
 * Rewrite one record's references from `drop` to `keep`. Where the kept person is already in the same list
 * (both were co-owners, or one owner and the other a listed resident of the same list), the dropped entry is
 * removed instead of doubled, its share (when both have one) added to the kept entry's.
 */
export function rewrite(doc: Document, data: unknown, pointers: readonly string[], keep: string): number {
  const removals: Path[] = [];
  let n = 0;
  for (const p of pointers) {
    const path = pathOf(p);
    const last = path[path.length - 1];
    if (typeof last === 'number') {
      // an id in a list of ids (a transfer's from/to)
      const list = at(data, path.slice(0, -1)) as unknown[];
      if (list.includes(keep)) removals.push(path);
      else doc.setIn(path, keep);
      n++;
      continue;
    }
    const idx = path[path.length - 2];
    const list = typeof idx === 'number' ? (at(data, path.slice(0, -2)) as Record<string, unknown>[]) : undefined;
    const other = list?.findIndex((x, i) => i !== idx && x && x[last] === keep) ?? -1;
    if (list && other >= 0) {
      const mine = list[idx as number].share;
      const theirs = list[other].share;
      if (typeof mine === 'number' && typeof theirs === 'number')
        doc.setIn([...path.slice(0, -2), other, 'share'], mine + theirs);
      removals.push(path.slice(0, -1));
    } else doc.setIn(path, keep);
    n++;
  }
  // Last index first, so that the earlier indices of a list still point where they did.
  removals
    .sort((a, b) => b.join('/').localeCompare(a.join('/'), 'en', { numeric: true }))
    .forEach((path) => doc.deleteIn(path));
  return n;
}

/** Every record naming `drop`, found per kind from the schemas' person references, rewritten in the transaction. */
function moveReferences(tx: Tx, drop: string, keep: string): { rel: string; refs: number }[] {
  const out: { rel: string; refs: number }[] = [];
  const needle = Buffer.from(drop, 'utf8');
  for (const k of KINDS) {
    if (k.kind === 'person') continue;
    const paths = refPaths(k.kind).filter((p) => p.kind === 'person');
    if (!paths.length) continue;
    for (const rel of tx.store.listRel(k.kind)) {
      if (readFileSync(tx.store.abs(rel)).indexOf(needle) < 0) continue;
      const id = idOfPath(rel);
      const rec = tx.read(k.kind, id);
      const pointers = refsOf(rec.data, paths)
        .filter((r) => r.id === drop)
        .map((r) => r.pointer);
      if (!pointers.length) continue;
      let refs = 0;
      tx.edit(k.kind, id, (doc, data) => {
        refs = rewrite(doc, data, pointers, keep);
      });
      out.push({ rel, refs });
    }
  }
  return out;
}

/** The fields of the dropped person that the kept one lacks (phones and photos: the kept ones first, then the others). */
export function mergedFields(keep: PersonRecord, drop: PersonRecord): Partial<PersonRecord> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(drop)) {
    if (k === 'kind' || k === 'id' || k === 'name' || k === 'merged_from' || v === undefined) continue;
    const mine = (keep as unknown as Record<string, unknown>)[k];
    if (mine === undefined) out[k] = v;
    else if (Array.isArray(mine) && Array.isArray(v)) {
      const more = v.filter((x) => !mine.includes(x));
      if (more.length) out[k] = [...mine, ...more];
    } else if (k === 'notes' && mine !== v) out[k] = `${String(mine)}\n${String(v)}`.slice(0, 2000);
  }
  return out as Partial<PersonRecord>;
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const keep = tx.read<PersonRecord>('person', o.keep).data;
    const drop = tx.read<PersonRecord>('person', o.drop).data;
    const forced = ctx.globals.force;
    if (keep.national_id && drop.national_id && keep.national_id.toUpperCase() !== drop.national_id.toUpperCase()) {
      if (!forced)
        throw new RuleError(
          msg(
            `${keep.id} 与 ${drop.id} 的身份证号不同（${maskNationalId(keep.national_id)} / ${maskNationalId(drop.national_id)}），不像是同一人`,
            `${keep.id} and ${drop.id} hold different national ids (${maskNationalId(keep.national_id)} / ${maskNationalId(drop.national_id)}); they do not look like one person`,
          ),
          msg(
            '核对证件；确是同一人（号码录错）时加 --force --reason "原因"，保留的号码为前者',
            'check their documents; if they are one person (a number entered wrongly) add --force --reason "why"; the first one\'s number is kept',
          ),
        );
      if (!o.reason)
        throw new UsageError(
          msg(
            '--force 合并身份证号不同的两人需要 --reason 说明原因',
            '--force on two different national ids needs a --reason',
          ),
          msg('如 --reason "同一人，证件号录错"', 'e.g. --reason "one person, the number was entered wrongly"'),
        );
    }
    const moved = moveReferences(tx, drop.id, keep.id);
    const fields = mergedFields(keep, drop);
    const merged = [
      ...(keep.merged_from ?? []),
      ...(drop.merged_from ?? []),
      { id: drop.id, date: ctx.today(), by: ctx.operator().id, ...(o.reason ? { reason: o.reason } : {}) },
    ];
    tx.edit('person', keep.id, (doc) => {
      for (const [k, v] of Object.entries(fields)) setIn(doc, [k], v);
      setIn(doc, ['merged_from'], merged);
    });
    tx.remove('person', drop.id);
    const refs = moved.reduce((a, m) => a + m.refs, 0);
    if (displayName(keep) !== displayName(drop))
      ctx.warn(
        msg(
          `两人的姓名不同：保留 ${displayName(keep)}（${keep.id}），${drop.id} 的姓名 ${displayName(drop)} 不再使用`,
          `the names differ: ${displayName(keep)} (${keep.id}) is kept, ${drop.id}'s name ${displayName(drop)} is dropped`,
        ),
      );
    const why = o.reason ? ` (reason: ${o.reason.replace(/\s+/g, ' ')})` : '';
    return {
      message: `person: merge ${drop.id} into ${keep.id}${why}`,
      summary: msg(
        `已把 ${drop.id} 并入 ${keep.id}（${displayName(keep)}）：${moved.length} 条记录中的 ${refs} 处引用改为 ${keep.id}${Object.keys(fields).length ? `，补入 ${Object.keys(fields).join('、')}` : ''}；已删除 ${drop.id}${moved.length ? `\n${moved.map((m) => `  ${m.rel}`).join('\n')}` : ''}`,
        `merged ${drop.id} into ${keep.id} (${displayName(keep)}): ${refs} reference${refs === 1 ? '' : 's'} in ${moved.length} record${moved.length === 1 ? '' : 's'} now name ${keep.id}${Object.keys(fields).length ? `; taken over: ${Object.keys(fields).join(', ')}` : ''}; ${drop.id} deleted${moved.length ? `\n${moved.map((m) => `  ${m.rel}`).join('\n')}` : ''}`,
      ),
    };
  });
}
