// Merging records field by field (issue 17, "Many desks, one estate"): two desks changed one YAML record on their
// clones; git hands the three versions (base, ours, theirs) to `wuye merge-driver`, which merges the parsed
// documents — fields both changed alike or only one changed merge, lists of steps/acts/payments merge by identity
// (their `id`/`no`, else the whole entry) in time order — and writes the record in the project's form. The same
// field given two values is a true conflict: the merge fails with both values, never with conflict markers.
// e.g. mergeRecords(base, ours, theirs) → { merged, conflicts: [{ field: 'contact.phone', ours: '…', theirs: '…' }] }
import { execPath } from 'node:process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import { git } from './git.js';
import { msg } from './i18n.js';
import { projectPath } from './paths.js';

/** The .gitattributes of a records root: every YAML record merges through wuye. */
export const GITATTRIBUTES = [
  '# records merge field by field through wuye (wuye merge-driver; registered by wuye init / wuye clone / wuye sync)',
  '*.yaml merge=wuye',
  '',
].join('\n');

/** Register the merge driver in the repository's config (and its attributes, for a root made before it existed). */
export function registerMergeDriver(root: string): void {
  const cli = projectPath('bin/wuye.js');
  const driver = `"${execPath}" "${cli}" merge-driver %O %A %B %P`;
  git(root, ['config', 'merge.wuye.name', 'wuye: records merged field by field']);
  git(root, ['config', 'merge.wuye.driver', driver]);
  const info = join(gitDir(root), 'info');
  const attrs = join(info, 'attributes');
  const have = existsSync(attrs) ? readFileSync(attrs, 'utf8') : '';
  if (!have.includes('merge=wuye')) {
    mkdirSync(info, { recursive: true });
    writeFileSync(attrs, `${have}${have && !have.endsWith('\n') ? '\n' : ''}*.yaml merge=wuye\n`);
  }
}

/** The repository's .git folder (absolute). */
export function gitDir(root: string): string {
  let d: string;
  try {
    d = git(root, ['rev-parse', '--git-dir']).trim();
  } catch {
    throw new UsageError(
      msg(`${root} 不在 git 仓库中`, `${root} is not inside a git repository`),
      msg(
        '合并程序由 git 在记录库中合并时调用（wuye sync），不必手动运行',
        'git runs the merge driver while merging in the records (wuye sync); it is not run by hand',
      ),
    );
  }
  return d.startsWith('/') ? d : join(root, d);
}

/** One field both sides changed to different values. `field` names it: `contact.phone`, `steps[3].state`. */
export interface MergeConflict {
  path?: string;
  field: string;
  ours: unknown;
  theirs: unknown;
}

/** Settled conflicts: `PATH:FIELD` (one field) or `PATH` (every conflict of the record) → the side to take (`wuye sync --take`). */
export type Choices = Record<string, 'ours' | 'theirs'>;

/** `people/P000012.yaml:notes` → ['people/P000012.yaml', 'notes']; a path alone → [path, undefined]. */
export function splitChoice(choice: string): [string, string | undefined] {
  const i = choice.indexOf('.yaml:');
  return i < 0 ? [choice, undefined] : [choice.slice(0, i + 5), choice.slice(i + 6)];
}

/** In .git: the conflicts a merge met (the driver notes them, wuye sync reads them) and the sides chosen. */
export const CONFLICTS_FILE = 'wuye-conflicts.jsonl';
export const CHOICES_FILE = 'wuye-choices.json';

export function readChoices(dir: string): Choices {
  const f = join(dir, CHOICES_FILE);
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Choices) : {};
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
  }
  return false;
}

/** The identity of a list entry: its id (or receipt/pass number), else the whole entry. */
function identity(v: unknown): string {
  if (isObj(v)) {
    for (const k of ['id', 'no', 'receipt', 'pass_no']) if (typeof v[k] === 'string') return `${k}=${v[k] as string}`;
  }
  return JSON.stringify(v);
}

const MISSING = Symbol('missing');
type V = unknown | typeof MISSING;

/**
 * Three-way merge of parsed records. `choices` settles named conflicts; the rest come back in `conflicts`
 * (where the merged value keeps ours).
 */
export function mergeRecords(
  base: unknown,
  ours: unknown,
  theirs: unknown,
  choices: Choices = {},
  path = '',
): { merged: unknown; conflicts: MergeConflict[] } {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base ?? MISSING, ours ?? MISSING, theirs ?? MISSING, '');
  return { merged: merged === MISSING ? null : merged, conflicts };

  function mergeValue(b: V, o: V, t: V, field: string): V {
    if (same(o, t)) return o;
    if (same(b, o)) return t;
    if (same(b, t)) return o;
    if (isObj(o) && isObj(t)) return mergeObject(isObj(b) ? b : {}, o, t, field);
    if (Array.isArray(o) && Array.isArray(t)) return mergeList(Array.isArray(b) ? b : [], o, t, field);
    const chosen = choices[`${path}:${field}`] ?? choices[path];
    if (chosen) return chosen === 'ours' ? o : t;
    conflicts.push({
      ...(path ? { path } : {}),
      field,
      ours: o === MISSING ? null : o,
      theirs: t === MISSING ? null : t,
    });
    return o;
  }

  function mergeObject(
    b: Record<string, unknown>,
    o: Record<string, unknown>,
    t: Record<string, unknown>,
    field: string,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const keys = [...Object.keys(o), ...Object.keys(t).filter((k) => !(k in o))];
    for (const k of keys) {
      const v = mergeValue(k in b ? b[k] : MISSING, k in o ? o[k] : MISSING, k in t ? t[k] : MISSING, join2(field, k));
      if (v !== MISSING) out[k] = v;
    }
    return out;
  }

  function mergeList(b: unknown[], o: unknown[], t: unknown[], field: string): unknown[] {
    const index = (xs: unknown[]) => new Map(xs.map((x) => [identity(x), x] as const));
    const bi = index(b);
    const oi = index(o);
    const ti = index(t);
    const out: unknown[] = [];
    const order = [...oi.keys(), ...[...ti.keys()].filter((k) => !oi.has(k))];
    order.forEach((k) => {
      const at = `${field}[${k.replace(/^(id|no|receipt|pass_no)=/, '')}]`;
      const v = mergeValue(
        bi.has(k) ? bi.get(k) : MISSING,
        oi.has(k) ? oi.get(k) : MISSING,
        ti.has(k) ? ti.get(k) : MISSING,
        at,
      );
      if (v !== MISSING) out.push(v);
    });
    // entries that carry a time (steps, acts, payments) stay in time order, ours first among equals
    if (out.every((x) => isObj(x) && typeof x.at === 'string')) {
      return out
        .map((x, i) => ({ x, i }))
        .sort((p, q) => {
          const a = (p.x as { at: string }).at;
          const c = (q.x as { at: string }).at;
          const d = Date.parse(a) - Date.parse(c);
          return (Number.isNaN(d) ? a.localeCompare(c) : d) || p.i - q.i;
        })
        .map((p) => p.x);
    }
    return out;
  }
}

const join2 = (field: string, key: string) => (field ? `${field}.${key}` : key);

/** A value as one short line for a conflict message. */
export const showValue = (v: unknown): string =>
  v === null || v === undefined ? '（无）/(none)' : typeof v === 'string' ? v : JSON.stringify(v);
