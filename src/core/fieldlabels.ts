// What a field of a record is called, from its kind's JSON Schema (records.md "Schemas": every property has a
// description in Chinese and English — the schemas are the documentation of the file format), so that output
// can say 业主 where the file says owners[0].person. e.g. fieldLabels('unit', ['owners', 0, 'person'])
// → [业主 Owners, 人员 Person]; fieldRef('unit', ['owners', 0, 'person']) → 'person'
import { existsSync, readFileSync } from 'node:fs';
import { msg, type Msg } from './i18n.js';
import { projectPath } from './paths.js';
import { REF_DEFS } from './validate/refs.js';

type Schema = Record<string, unknown>;
const files = new Map<string, Schema | undefined>();

function schemaByFile(name: string): Schema | undefined {
  if (!files.has(name)) {
    const p = projectPath('schemas', name);
    files.set(name, existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Schema) : undefined);
  }
  return files.get(name);
}

/** Follow a $ref (to a shared definition) once; the definition's name comes along. */
function deref(s: Schema | undefined, file: string): { s?: Schema; file: string; def?: string } {
  const ref = typeof s?.$ref === 'string' ? /^([^#]*)#\/\$defs\/([\w-]+)$/.exec(s.$ref) : null;
  if (!ref) return { s, file };
  const f = ref[1] || file;
  const target = (schemaByFile(f)?.$defs as Record<string, Schema> | undefined)?.[ref[2]];
  return { s: { ...target, ...(s?.description ? { description: s.description } : {}) }, file: f, def: ref[2] };
}

/** "实收（每笔开一张收据）/ Payments (one receipt each)" → 实收 · Payments */
function short(description: unknown): Msg | undefined {
  if (typeof description !== 'string') return undefined;
  // the English half starts after the last "/ " that is followed by a Latin letter (the Chinese may hold a "/")
  const m = /^(.*?)\s*\/\s+(?=[A-Za-z])(.*)$/s.exec(description);
  const [zh, en] = m ? [m[1], m[2]] : [description, description];
  const cut = (x: string) => x.replace(/[（(][^）)]*[）)]/g, '').trim();
  return msg(cut(zh), cut(en));
}

/** Walk a kind's schema along a record path: each named step's label, and the last step's shared definition. */
function walk(kind: string, path: readonly (string | number)[]): { labels: Msg[]; def?: string } {
  let cur = deref(schemaByFile(`${kind}.schema.json`), `${kind}.schema.json`);
  const labels: Msg[] = [];
  for (const k of path) {
    if (!cur.s) break;
    const next =
      typeof k === 'number'
        ? (cur.s.items as Schema | undefined)
        : ((cur.s.properties as Record<string, Schema> | undefined)?.[k] ??
          (typeof cur.s.additionalProperties === 'object' ? (cur.s.additionalProperties as Schema) : undefined));
    cur = deref(next, cur.file);
    if (typeof k === 'string') {
      const l = short(cur.s?.description);
      if (l) labels.push(l);
    }
  }
  return { labels, def: cur.def };
}

/** The labels of the named steps of a path (indices skipped). */
export const fieldLabels = (kind: string, path: readonly (string | number)[]): Msg[] => walk(kind, path).labels;

/** The kind of record a field names (unit, person, staff), when it is a reference. */
export function fieldRef(kind: string, path: readonly (string | number)[]): string | undefined {
  const def = walk(kind, path).def;
  return def ? REF_DEFS[def] : undefined;
}

/** 'owners[0].person' → ['owners', 0, 'person'] (the paths find reports). */
export function splitField(field: string): (string | number)[] {
  return field
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((s) => (/^\[\d+\]$/.test(s) ? Number(s.slice(1, -1)) : s));
}
