// Personal data (records.md "Values", quality.md "Security and privacy"; PIPL art. 51): national id numbers
// checked with the GB 11643 check digit, mainland mobiles by pattern, and the ONE rule that masks personal
// data for every output: each field the schemas declare "x-personal" (src/core/personal.gen.ts) is masked by
// its class unless --reveal. e.g. maskRecord('person', p).national_id → '110101********1234'
import { PERSONAL_FIELDS, type PersonalClass } from './personal.gen.js';

export { PERSONAL_CLASSES, PERSONAL_FIELDS, type PersonalClass } from './personal.gen.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643-1999: 17 digits, a valid birth date, and the ISO 7064 MOD 11-2 check character. */
export function isValidNationalId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return nationalIdCheckChar(id.slice(0, 17)) === id[17];
}

export function nationalIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** A mainland mobile number: 11 digits starting 1[3-9]. */
export const isValidMobile = (s: string): boolean => /^1[3-9]\d{9}$/.test(s);

/** 110101199003071234 → 110101********1234 (the region and the last four). */
export function maskNationalId(id: string): string {
  return id.length <= 10 ? '*'.repeat(id.length) : id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** 13812345678 → 138****5678; any other number keeps only its last 4 digits (0731-88886666 → ****-****6666). */
export function maskPhone(p: string): string {
  if (/^1[3-9]\d\*{4}\d{4}$/.test(p)) return p; // already masked (a sealed value's mask): as it is
  if (isValidMobile(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  const digits = p.replace(/\D/g, '').length;
  let seen = 0;
  return p.replace(/\d/g, (d) => (++seen > digits - 4 ? d : '*'));
}

/** A passport, permit or certificate number: only its last 4 characters (T430111198706151234 → ***************1234). */
export function maskDocument(s: string): string {
  return s.length <= 4 ? '*'.repeat(s.length) : '*'.repeat(s.length - 4) + s.slice(-4);
}

/** National ids and mobiles written inside free text (a note, a command line), masked as above. */
export function maskText(s: string): string {
  return s
    .replace(/(?<![0-9])\d{17}[\dXx](?![0-9A-Za-z])/g, maskNationalId)
    .replace(/(?<![0-9])1[3-9]\d{9}(?![0-9])/g, maskPhone);
}

/** What each class shows (PERSONAL_CLASSES in the schema says it in words). Names are shown: the work is done by name. */
export const MASKS: Record<PersonalClass, (s: string) => string> = {
  'national-id': maskNationalId,
  document: maskDocument,
  mobile: maskPhone,
  phone: maskPhone,
  name: (s) => s,
  text: maskText,
};

export const maskValue = (cls: PersonalClass, v: string): string => MASKS[cls](v);

type Shape = PersonalClass | readonly [Shape] | { readonly [k: string]: Shape };

/** A value masked by its shape; the same object back when nothing in it changed. */
function maskBy(shape: Shape, v: unknown): unknown {
  if (typeof shape === 'string') return typeof v === 'string' ? MASKS[shape](v) : v;
  if (Array.isArray(shape)) {
    if (!Array.isArray(v)) return v;
    let out: unknown[] | undefined;
    v.forEach((x, i) => {
      const m = maskBy(shape[0] as Shape, x);
      if (m !== x) (out ??= [...v])[i] = m;
    });
    return out ?? v;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  let out: Record<string, unknown> | undefined;
  for (const [k, s] of Object.entries(shape as Record<string, Shape>)) {
    const x = (v as Record<string, unknown>)[k];
    if (x === undefined) continue;
    const m = maskBy(s, x);
    if (m !== x) (out ??= { ...(v as Record<string, unknown>) })[k] = m;
  }
  return out ?? v;
}

/**
 * A record of a kind as it may be shown without --reveal: every field its schema declares personal masked
 * by its class. The same object comes back when it holds nothing to mask (so `masked !== data` says it did).
 */
export function maskRecord<T>(kind: string, data: T): T {
  const shape = (PERSONAL_FIELDS as Record<string, Shape>)[kind];
  return shape ? (maskBy(shape, data) as T) : data;
}

/**
 * A value at a path of a record of a kind (`workers[0].national_id`, as src/core/audit/diff.ts writes paths; ''
 * for the whole record) as it may be shown: masked by the shape declared there.
 */
export function maskAt(kind: string, path: string, value: unknown): unknown {
  let shape: Shape | undefined = (PERSONAL_FIELDS as Record<string, Shape>)[kind];
  const steps = path.match(/\[\d+\]|"(?:[^"\\]|\\.)*"|[^.[\]"]+/g) ?? [];
  for (const st of steps) {
    if (shape === undefined || typeof shape === 'string') return value;
    if (st.startsWith('[')) shape = Array.isArray(shape) ? (shape[0] as Shape) : undefined;
    else {
      const key = st.startsWith('"') ? (JSON.parse(st) as string) : st;
      shape = Array.isArray(shape) ? undefined : (shape as Record<string, Shape>)[key];
    }
  }
  return shape === undefined ? value : maskBy(shape, value);
}

/** Every personal field of every kind as a path (`workers[].national_id`) and its class: for docs and checks. */
export function personalPaths(): { kind: string; path: string; class: PersonalClass }[] {
  const out: { kind: string; path: string; class: PersonalClass }[] = [];
  const walk = (kind: string, s: Shape, path: string) => {
    if (typeof s === 'string') out.push({ kind, path, class: s });
    else if (Array.isArray(s)) walk(kind, s[0] as Shape, `${path}[]`);
    else for (const [k, x] of Object.entries(s as Record<string, Shape>)) walk(kind, x, path ? `${path}.${k}` : k);
  };
  for (const [kind, s] of Object.entries(PERSONAL_FIELDS as Record<string, Shape>)) walk(kind, s, '');
  return out;
}
