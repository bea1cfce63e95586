// Layer 3 of `wuye validate` (records.md "Integrity across records"): which
// values of a record name another record, read from the kind's JSON Schema —
// every value typed with a shared id definition (unitId, personId, staffId) is a
// reference — so a new procedure's references are checked without writing code.
// e.g. units/1/1-2-0801.yaml owners[0].person: P000123 → people/P000123.yaml must exist
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/** Shared definitions that name a record of a kind. Add a line when common.schema.json gets a new id definition. */
export const REF_DEFS: Readonly<Record<string, string>> = { unitId: 'unit', personId: 'person', staffId: 'staff' };

/** A place in a record's data that holds an id: keys, or '*' for any list item / map value. */
export interface RefPath {
  path: readonly string[];
  kind: string;
}

export interface Ref {
  kind: string;
  id: string;
  pointer: string;
}

type Schema = Record<string, unknown>;
const files = new Map<string, Schema | undefined>();

function schemaByFile(name: string): Schema | undefined {
  if (!files.has(name)) {
    const p = projectPath('schemas', name);
    files.set(name, existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Schema) : undefined);
  }
  return files.get(name);
}

function resolveRef(ref: string, base: string): { def: string; schema: Schema | undefined; file: string } | undefined {
  const m = /^([^#]*)#\/\$defs\/([\w-]+)$/.exec(ref);
  if (!m) return undefined;
  const file = m[1] || base;
  const defs = schemaByFile(file)?.$defs as Record<string, Schema> | undefined;
  return { def: m[2], schema: defs?.[m[2]], file };
}

function walk(s: unknown, path: string[], file: string, out: RefPath[], depth: number): void {
  if (!s || typeof s !== 'object' || depth > 24) return;
  const schema = s as Schema;
  if (typeof schema.$ref === 'string') {
    const r = resolveRef(schema.$ref, file);
    if (r && REF_DEFS[r.def]) out.push({ path, kind: REF_DEFS[r.def] });
    else if (r) walk(r.schema, path, r.file, out, depth + 1);
  }
  const props = schema.properties as Record<string, unknown> | undefined;
  if (props) for (const [k, v] of Object.entries(props)) walk(v, [...path, k], file, out, depth + 1);
  if (schema.items) walk(schema.items, [...path, '*'], file, out, depth + 1);
  if (Array.isArray(schema.prefixItems))
    for (const v of schema.prefixItems) walk(v, [...path, '*'], file, out, depth + 1);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    walk(schema.additionalProperties, [...path, '*'], file, out, depth + 1);
  for (const k of ['oneOf', 'anyOf', 'allOf'] as const)
    if (Array.isArray(schema[k])) for (const v of schema[k] as unknown[]) walk(v, path, file, out, depth + 1);
  for (const k of ['then', 'else'] as const) walk(schema[k], path, file, out, depth + 1);
}

const pathsCache = new Map<string, RefPath[]>();

/**
 * Where a kind's records name other records. The record's own `id` is not a
 * reference, unless it names a record of another kind (a move-in case's id is its unit's id).
 */
export function refPaths(kind: string): RefPath[] {
  let out = pathsCache.get(kind);
  if (!out) {
    const raw: RefPath[] = [];
    walk(schemaByFile(`${kind}.schema.json`), [], `${kind}.schema.json`, raw, 0);
    const seen = new Set<string>();
    out = raw.filter((r) => {
      if (r.path.length === 1 && r.path[0] === 'id' && r.kind === kind) return false;
      const key = `${r.path.join('/')}>${r.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    pathsCache.set(kind, out);
  }
  return out;
}

const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** The ids a record names, each with the JSON pointer of the value (to locate a dangling one). */
export function refsOf(data: unknown, paths: readonly RefPath[]): Ref[] {
  const out: Ref[] = [];
  for (const p of paths) collect(data, p.path, 0, '', p.kind, out);
  return out;
}

function collect(v: unknown, path: readonly string[], i: number, pointer: string, kind: string, out: Ref[]): void {
  if (v === null || v === undefined) return;
  if (i === path.length) {
    if (typeof v === 'string') out.push({ kind, id: v, pointer });
    return;
  }
  const key = path[i];
  if (key === '*') {
    if (Array.isArray(v)) v.forEach((x, j) => collect(x, path, i + 1, `${pointer}/${j}`, kind, out));
    else if (typeof v === 'object')
      for (const [k, x] of Object.entries(v)) collect(x, path, i + 1, `${pointer}/${esc(k)}`, kind, out);
    return;
  }
  if (typeof v === 'object' && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, key)) {
    collect((v as Record<string, unknown>)[key], path, i + 1, `${pointer}/${esc(key)}`, kind, out);
  }
}

/** Kinds whose records can name a record of `target` (to find what refers to a deleted record). */
export function referringKinds(target: string, kinds: readonly string[]): string[] {
  return kinds.filter((k) => refPaths(k).some((p) => p.kind === target));
}
