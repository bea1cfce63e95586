// Personal data sealed at rest (issue 18; PIPL art. 28–29, 51): with `personal.encrypt: true` every field the
// schemas declare "x-personal" whose mask hides something (an id number, a phone, a certificate, a note that
// holds one) is kept in the YAML as { mask, hmac, age }: the masked form shown on screen, a keyed hash of the
// normalised value (duplicates and exact `find` without the key to read it) and the value sealed in the age
// format to every desk of wuye.yaml personal.recipients and the recovery key. Reading puts back the mask (or,
// revealing with this desk's key, the value); writing seals a new value and keeps an unchanged one's ciphertext.
// e.g. national_id: { mask: 430111********2603, hmac: Xw3…, age: "-----BEGIN AGE ENCRYPTED FILE-----\n…" }
import { AgeError, keyedHash, open, seal } from './age.js';
import { RuleError } from './errors.js';
import { msg } from './i18n.js';
import { MASKS, PERSONAL_FIELDS, type PersonalClass } from './personal.js';
import { docToString, openDoc, parseRecordText } from './yamlio.js';

/** A personal value as the YAML holds it once sealed. */
export interface Sealed {
  mask: string;
  hmac?: string;
  age: string;
}

export const isSealed = (v: unknown): v is Sealed =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  typeof (v as Sealed).age === 'string' &&
  typeof (v as Sealed).mask === 'string';

/** What text marks a file that holds a sealed value (a cheap look before walking a record). */
export const SEALED_MARK = 'BEGIN AGE ENCRYPTED FILE';

/** Is a clear value of this class kept sealed? When its mask hides something (a name is shown: never). */
export const sealable = (cls: PersonalClass, v: string): boolean => cls !== 'name' && MASKS[cls](v) !== v;

/** A value that is a mask (what a masked read gives back), not a number someone typed. */
function looksMasked(cls: PersonalClass, v: string): boolean {
  if (cls === 'text') return /\d{6}\*{8}[\dX]{4}|1[3-9]\d\*{4}\d{4}/.test(v);
  return v.includes('*');
}

/** The keys a desk works with: what wuye.yaml says and what this desk holds (src/kit/keys.ts makes it). */
export interface Keyring {
  /** wuye.yaml personal.encrypt */
  encrypt: boolean;
  /** The estate was ever sealed (wuye.yaml personal.key_id): a write may meet sealed values even with encrypt off. */
  sealedBefore?: boolean;
  /** Every recipient a value is sealed to (desks and the recovery key). */
  recipients: readonly string[];
  /** This desk's identities (none: it works on masks). */
  identities: readonly string[];
  /** The estate's hash key (this desk's copy), when it has one. */
  hashKey(): Buffer | undefined;
}

/** The normalised value a keyed hash is taken of: one family per kind of number, so a mobile in a phone field matches. */
export function hashInput(cls: PersonalClass, v: string): string | undefined {
  switch (cls) {
    case 'national-id':
      return `id:${v.replace(/\s/g, '').toUpperCase()}`;
    case 'mobile':
    case 'phone': {
      let d = v.replace(/\D/g, '');
      if (d.length === 13 && d.startsWith('86')) d = d.slice(2);
      return `tel:${d}`;
    }
    case 'document':
      return `doc:${v.replace(/[^0-9A-Za-z]/g, '').toUpperCase()}`;
    default:
      return undefined;
  }
}

export function hmacOf(key: Buffer, cls: PersonalClass, v: string): string | undefined {
  const input = hashInput(cls, v);
  return input === undefined ? undefined : keyedHash(key, input);
}

/** Seal one clear value. */
export function sealValue(ring: Keyring, cls: PersonalClass, v: string): Sealed {
  const key = ring.hashKey();
  if (!key)
    throw new RuleError(
      msg(
        '本机没有本小区个人资料的散列密钥，不能写入新的个人资料',
        "this desk has no copy of the estate's personal-data hash key, so it cannot write new personal data",
      ),
      msg(
        '请能读取的工作站运行 wuye keys add 本机公钥（wuye keys list 显示本机公钥）',
        "have a desk that can read run wuye keys add THIS-DESK'S-KEY (wuye keys list shows it)",
      ),
    );
  const hmac = hmacOf(key, cls, v);
  return { mask: MASKS[cls](v), ...(hmac ? { hmac } : {}), age: seal(v, ring.recipients) };
}

type Shape = PersonalClass | readonly [Shape] | { readonly [k: string]: Shape };
const shapeOf = (kind: string) => (PERSONAL_FIELDS as Record<string, Shape>)[kind];

/** Each personal value of a record: its class, its path and the value (clear string or sealed). */
export function* personalValues(
  kind: string,
  data: unknown,
): Generator<{ cls: PersonalClass; path: (string | number)[]; value: unknown }> {
  const shape = shapeOf(kind);
  if (!shape) return;
  function* walk(
    s: Shape,
    v: unknown,
    path: (string | number)[],
  ): Generator<{ cls: PersonalClass; path: (string | number)[]; value: unknown }> {
    if (v === undefined || v === null) return;
    if (typeof s === 'string') {
      yield { cls: s, path, value: v };
      return;
    }
    if (Array.isArray(s)) {
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* walk(s[0] as Shape, v[i], [...path, i]);
      return;
    }
    if (typeof v !== 'object' || Array.isArray(v)) return;
    for (const [k, x] of Object.entries(s as Record<string, Shape>))
      yield* walk(x, (v as Record<string, unknown>)[k], [...path, k]);
  }
  yield* walk(shape, data, []);
}

const pointer = (path: (string | number)[]) => path.map((p) => `/${p}`).join('');

/** The sealed values of records as read, by JSON pointer: their hashes stay at hand after the mask is put back. */
const SEALS = new WeakMap<object, Map<string, Sealed>>();

/** Every sealed value a record read held, by pointer. */
export const sealedEntries = (data: object): ReadonlyMap<string, Sealed> => SEALS.get(data) ?? new Map();

/**
 * The keyed hashes an exact number typed at `find` would have (a phone, an id number, a document number), for
 * matching sealed values without the key to read them: none when the text is no such number.
 */
export function queryHashes(key: Buffer, text: string): string[] {
  const t = text.trim();
  const out = new Set<string>();
  if (/^\d{17}[\dXx]$/.test(t)) out.add(hmacOf(key, 'national-id', t)!);
  if (/^[0-9+][0-9 -]{6,19}$/.test(t)) out.add(hmacOf(key, 'phone', t)!);
  if (/^[0-9A-Za-z]{5,40}$/.test(t)) out.add(hmacOf(key, 'document', t)!);
  return [...out];
}

/** The sealed value a record read held at a pointer (`/national_id`, `/phones/0`), if it was sealed. */
export const sealedAt = (data: object, ptr: string): Sealed | undefined => SEALS.get(data)?.get(ptr);

function setPath(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let o = root as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) o = o[p] as Record<string | number, unknown>;
  o[path[path.length - 1]] = value;
}

/**
 * A record as read, its sealed values replaced by their mask — or by the value, when `reveal` and this desk's
 * key opens it (one sealed to other keys stays masked and is counted in `unopened`; a damaged one is reported
 * through `damaged`, the record otherwise usable). Data with nothing sealed comes back as it is.
 */
export function unsealRecord<T>(
  kind: string,
  data: T,
  opts: { reveal?: Keyring; damaged?: (ptr: string, e: AgeError) => void; unopened?: () => void } = {},
): T {
  if (!data || typeof data !== 'object') return data;
  let seals: Map<string, Sealed> | undefined;
  for (const { cls, path, value } of personalValues(kind, data)) {
    if (!isSealed(value)) continue;
    const ptr = pointer(path);
    (seals ??= new Map()).set(ptr, value);
    let shown = value.mask;
    if (opts.reveal) {
      try {
        shown = open(value.age, opts.reveal.identities);
      } catch (e) {
        if (!(e instanceof AgeError)) throw e;
        if (e.reason === 'corrupt') opts.damaged?.(ptr, e);
        else opts.unopened?.();
      }
    }
    void cls;
    setPath(data as Record<string, unknown>, path, shown);
  }
  if (seals) SEALS.set(data as object, seals);
  return data;
}

/**
 * A record's text about to be written, its personal values sealed: a value unchanged since the file on disk
 * (its mask, or a revealed value with the same hash) keeps its ciphertext; a new clear value is sealed when
 * encryption is on. A masked value that matches nothing it could stand for is refused: writing it would lose
 * the value. Comments and key order survive. The text comes back as it is when nothing is sealed.
 */
export function sealRecordText(
  kind: string,
  rel: string,
  text: string,
  disk: string | undefined,
  ring: Keyring | undefined,
): string {
  const encrypt = !!ring?.encrypt;
  if (!encrypt && !disk?.includes(SEALED_MARK)) return text;
  if (!shapeOf(kind)) return text;
  const data = parseRecordText(text, rel);
  const old = new Map<string, Sealed>();
  const oldByField = new Map<string, Sealed[]>();
  if (disk?.includes(SEALED_MARK)) {
    for (const { path, value } of personalValues(kind, parseRecordText(disk, rel))) {
      if (!isSealed(value)) continue;
      old.set(pointer(path), value);
      const field = path.filter((p) => typeof p === 'string').join('.');
      oldByField.set(field, [...(oldByField.get(field) ?? []), value]);
    }
  }
  const changes: { path: (string | number)[]; value: Sealed }[] = [];
  for (const { cls, path, value } of personalValues(kind, data)) {
    if (typeof value !== 'string' || cls === 'name') continue;
    const field = path.filter((p) => typeof p === 'string').join('.');
    let hash: string | undefined;
    const same = (s: Sealed | undefined) => {
      if (!s) return false;
      if (s.mask === value) return true;
      if (!s.hmac) return false;
      const key = ring?.hashKey();
      hash ??= key ? hmacOf(key, cls, value) : undefined;
      return hash !== undefined && hash === s.hmac;
    };
    const exact = old.get(pointer(path));
    let keep = same(exact) ? exact : undefined;
    if (!keep) {
      const cands = (oldByField.get(field) ?? []).filter(same);
      // a mask two values share says nothing: only a hash match is taken then
      keep = cands.length === 1 || (cands.length > 1 && hash !== undefined) ? cands[0] : undefined;
    }
    if (keep) changes.push({ path, value: keep });
    else if ((encrypt || old.size) && looksMasked(cls, value))
      throw new RuleError(
        msg(
          `${rel} ${field}：要写入的是遮蔽后的值 ${value}，找不到它的原值，写入会丢失原值`,
          `${rel} ${field}: the value to write is masked (${value}) and matches no sealed value; writing it would lose the number`,
        ),
        msg('给出完整的号码（或加 --reveal 后修改）', 'give the full number (or change it with --reveal)'),
      );
    else if (encrypt && sealable(cls, value)) changes.push({ path, value: sealValue(ring!, cls, value) });
  }
  if (!changes.length) return text;
  const doc = openDoc(text);
  for (const c of changes) doc.setIn(c.path, doc.createNode({ ...c.value }));
  return docToString(doc);
}

/** Clear personal values a sealed estate should not hold: their paths and classes (validate's check). */
export function clearValues(kind: string, data: unknown): { ptr: string; cls: PersonalClass }[] {
  const out: { ptr: string; cls: PersonalClass }[] = [];
  for (const { cls, path, value } of personalValues(kind, data))
    if (typeof value === 'string' && sealable(cls, value)) out.push({ ptr: pointer(path), cls });
  return out;
}
