// The record kinds and where their files live (records.md "One file per thing",
// "Ids"): one file per record named after its id, in a folder named after its
// kind. Every id is checked against its kind's pattern before it becomes a path,
// so an id can never name a file outside its folder. relPath (id → file) and
// idOfPath (file → id) are the only places that know a layout.
import { UsageError } from './errors.js';
import { msg, type Msg } from './i18n.js';

import { KIND_DEFS } from './kinds.gen.js';

/**
 * flat: folder/ID.yaml · by-building: folder/<building>/ID.yaml · by-year: folder/<year>/ID.yaml (the id
 * holds the year) · year-folder: the id's leading YYYY- is the folder, the rest the file name
 * (fee-account 2026-1-2-0801 → fees/2026/1-2-0801.yaml).
 */
export type Layout = 'flat' | 'by-building' | 'by-year' | 'year-folder';

export interface KindDef {
  kind: string;
  folder: string;
  layout: Layout;
  idPattern: RegExp;
  idExample: string;
  label: Msg;
  /** A case kind: its id is <PREFIX><YEAR>-<SEQ>, prefix from wuye.yaml. */
  casePrefix?: string;
}

export const UNIT_ID = /^[0-9A-Za-z]{1,6}-[0-9A-Za-z]{1,4}-[0-9A-Za-z]{1,6}$/;

/** Every record kind, from the schemas' "x-kind" (src/core/kinds.gen.ts): adding a kind is adding its schema. */
export const KINDS: readonly KindDef[] = KIND_DEFS;

const byKind = new Map(KINDS.map((k) => [k.kind, k]));
const byFolder = new Map(KINDS.map((k) => [k.folder, k]));

export function kindDef(kind: string): KindDef {
  const k = byKind.get(kind);
  if (!k) throw new Error(`unknown kind ${kind}`);
  return k;
}

export const kindOfFolder = (folder: string): KindDef | undefined => byFolder.get(folder);

/** Check an id against its kind's pattern; the message names the option or argument it came from. */
export function checkId(kind: string, id: string, where = 'ID'): string {
  const k = kindDef(kind);
  if (!k.idPattern.test(id)) {
    throw new UsageError(
      msg(`${where} 不是有效的${k.label.zh}编号: "${id}"`, `${where} is not a valid ${k.label.en} id: "${id}"`),
      msg(
        `${k.label.zh}编号形如 ${k.idExample}（只含字母、数字和 -）`,
        `a ${k.label.en} id looks like ${k.idExample} (letters, digits and - only)`,
      ),
    );
  }
  return id;
}

/** The file of a record, relative to the records root. Only call with a checked id. */
export function relPath(kind: string, id: string): string {
  const k = kindDef(kind);
  if (!k.idPattern.test(id)) throw new Error(`unchecked id ${id} for ${kind}`);
  switch (k.layout) {
    case 'flat':
      return `${k.folder}/${id}.yaml`;
    case 'by-building':
      return `${k.folder}/${id.split('-')[0]}/${id}.yaml`;
    case 'by-year':
      return `${k.folder}/${/\d{4}/.exec(id)![0]}/${id}.yaml`;
    case 'year-folder':
      return `${k.folder}/${id.slice(0, 4)}/${id.slice(5)}.yaml`;
  }
}

/**
 * The id a record file's path names, the inverse of relPath (the folder picks the kind):
 * fees/2026/1-2-0801.yaml → 2026-1-2-0801, units/1/1-2-0801.yaml → 1-2-0801. Not checked against
 * the kind's pattern: a file in the wrong place gives an id that validate then reports.
 */
export function idOfPath(rel: string): string {
  const name = rel.slice(rel.lastIndexOf('/') + 1, rel.endsWith('.yaml') ? -'.yaml'.length : undefined);
  const slash = rel.indexOf('/');
  if (slash < 0 || byFolder.get(rel.slice(0, slash))?.layout !== 'year-folder') return name;
  // folder/YYYY/name.yaml; anywhere else the bare name (which is not a valid id of the kind)
  const year = rel.slice(slash + 1, rel.lastIndexOf('/'));
  return /^\d{4}$/.test(year) ? `${year}-${name}` : name;
}

/** The kind and id a file should hold, from its path (for "kind matches folder, id matches file name"). */
export function expectedOfPath(rel: string): { kind: KindDef; id: string } | undefined {
  const parts = rel.split('/');
  const k = kindOfFolder(parts[0]);
  if (!k || !rel.endsWith('.yaml')) return undefined;
  return { kind: k, id: idOfPath(rel) };
}

/** Guess the kind of an id typed by a person (`wuye show ID`). */
export function kindsForId(id: string): KindDef[] {
  return KINDS.filter((k) => k.kind !== 'calendar' && k.idPattern.test(id));
}

/**
 * Ids in natural order: runs of digits compare as numbers (1-2-0801 < 1-10-0101, S2 < S10), the rest by
 * code unit — the same order everywhere (lists, reports, batches), without loading the ICU collator.
 */
export function compareIds(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d < 0 ? -1 : 1;
      return x.length - y.length; // 01 before 1 only to keep the order total
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
