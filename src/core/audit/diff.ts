// Field-level difference of two versions of a record, for `wuye audit log`
// (records.md "Git": each change as the changed fields, old → new). Pure.
// Example: fieldDiff({owners:[{person:'P000001'}]}, {owners:[{person:'P000002'}]})
//   → [{ path: 'owners[0].person', op: 'changed', old: 'P000001', new: 'P000002' }]

export type ChangeOp = 'created' | 'deleted' | 'changed' | 'added' | 'removed';

export interface FieldChange {
  path: string;
  op: ChangeOp;
  old?: unknown;
  new?: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const k = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
  return path ? `${path}.${k}` : k;
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && stable(a) === stable(b));

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (isObj(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

/** The changes from `a` to `b` (undefined = the record does not exist). */
export function fieldDiff(a: unknown, b: unknown): FieldChange[] {
  if (a === undefined && b === undefined) return [];
  if (a === undefined) return [{ path: '', op: 'created', new: b }];
  if (b === undefined) return [{ path: '', op: 'deleted', old: a }];
  const out: FieldChange[] = [];
  walk(a, b, '', out);
  return out;
}

function walk(a: unknown, b: unknown, path: string, out: FieldChange[]): void {
  if (same(a, b)) return;
  if (isObj(a) && isObj(b)) {
    for (const k of Object.keys(a)) {
      if (!(k in b)) out.push({ path: join(path, k), op: 'removed', old: a[k] });
      else walk(a[k], b[k], join(path, k), out);
    }
    for (const k of Object.keys(b)) if (!(k in a)) out.push({ path: join(path, k), op: 'added', new: b[k] });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    diffList(a, b, path, out);
    return;
  }
  out.push({ path, op: 'changed', old: a, new: b });
}

/**
 * Lists: same length → item by item (owners[0].person: P000001 → P000002);
 * otherwise the items kept in order (longest common subsequence) stay silent,
 * and the rest are reported as removed (old index) or added (new index).
 */
function diffList(a: unknown[], b: unknown[], path: string, out: FieldChange[]): void {
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) walk(a[i], b[i], join(path, i), out);
    return;
  }
  const ka = a.map(stable);
  const kb = b.map(stable);
  const n = a.length;
  const m = b.length;
  // LCS table (lists in records are short: owners, log entries, bill lines of one year).
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i][j] = ka[i] === kb[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) {
      i++;
      j++;
      continue;
    }
    // An item changed in place between kept items: show its fields rather than remove + add.
    if (i < n && j < m && L[i + 1][j + 1] === L[i][j] && isObj(a[i]) && isObj(b[j]) && n - i === m - j) {
      walk(a[i], b[j], join(path, j), out);
      i++;
      j++;
      continue;
    }
    if (j < m && (i >= n || L[i][j + 1] >= L[i + 1][j])) {
      out.push({ path: join(path, j), op: 'added', new: b[j] });
      j++;
    } else {
      out.push({ path: join(path, i), op: 'removed', old: a[i] });
      i++;
    }
  }
}

/** A value for one line of output: scalars as they are, lists and maps as compact JSON. */
export function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  if (typeof v === 'string') return v === '' ? '""' : v;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
