// Compiled schema validators kept between runs (quality.md: compiling ~25
// schemas costs ~250 ms per process; loading generated validator code ~10 ms).
// The first process to need a kind compiles it with Ajv and saves Ajv's
// standalone code under the user's cache folder, keyed by a hash of the schema
// texts, Ajv's version and the options; later processes load that code and never
// load Ajv at all. A changed schema has a new hash, so nothing goes stale.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { isValidMobile, isValidNationalId } from './personal.js';

const req = createRequire(import.meta.url);
// node:crypto (~2 ms to load) only when a hash is needed: `wuye show` needs none.
const sha256 = () => (req('node:crypto') as typeof import('node:crypto')).createHash('sha256');

/** The module name generated code uses for our formats (resolved by `load` below, never by Node). */
export const FORMATS_MODULE = 'wuye:formats';

let formats: Record<string, unknown> | undefined;
/** The formats every validator knows: ajv-formats' full date/date-time, and ours. */
export function formatsObject(): Record<string, unknown> {
  if (!formats) {
    const full = (req('ajv-formats/dist/formats') as { fullFormats: Record<string, unknown> }).fullFormats;
    formats = {
      date: full.date,
      'date-time': full['date-time'],
      'cn-national-id': isValidNationalId,
      'cn-mobile': isValidMobile,
    };
  }
  return formats;
}

function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.WUYE_SCHEMA_CACHE === 'off') return undefined;
  if (env.WUYE_SCHEMA_CACHE) return env.WUYE_SCHEMA_CACHE;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'wuye', 'validators') : undefined;
}

let ajvVersion: string | undefined;

/** The cache file for a schema text (with the shared definitions it refers to) and the options it is compiled with. */
export function cacheFile(kind: string, texts: readonly string[], options: string): string | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  ajvVersion ??= (JSON.parse(readFileSync(req.resolve('ajv/package.json'), 'utf8')) as { version: string }).version;
  const h = sha256().update(`${ajvVersion}\0${options}`);
  for (const t of texts) h.update('\0').update(t);
  return join(dir, `${kind}-${h.digest('hex').slice(0, 24)}.cjs`);
}

/** Load a saved validator, or undefined if there is none (or it cannot be read). */
export function loadValidator(file: string | undefined): ValidateFunction | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    const code = readFileSync(file, 'utf8');
    const mod: { exports: unknown } = { exports: {} };
    const resolve = (name: string) => (name === FORMATS_MODULE ? formatsObject() : req(name));
    // The code is Ajv's own output for our schemas, written by this user (see saveValidator).
    new Function('require', 'module', 'exports', code)(resolve, mod, mod.exports);
    const e = mod.exports as ValidateFunction | { default?: ValidateFunction };
    return typeof e === 'function' ? e : e.default;
  } catch {
    return undefined;
  }
}

/** Save a validator's standalone code (atomically: a half-written file is never loaded). */
export function saveValidator(file: string | undefined, code: string): void {
  if (!file) return;
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    /* no cache this time */
  }
}

/**
 * A JSON value worked out from some texts — the config with its schema's defaults filled in —
 * kept between runs like the validators. The file holds the texts it was made from and is used
 * only when they are the same byte for byte, so an edit to any of them is a miss and `make`
 * runs again (no hash over whole texts to trust or compute, no node:crypto to load: ~2 ms).
 * `make` may throw; only values it returns are kept. `make` must depend on nothing but the texts.
 */
export function cachedValue<T>(name: string, texts: readonly (string | Buffer)[], make: () => T): T {
  const dir = cacheDir();
  if (!dir) return make();
  // latin1: one char per byte, exact; `make`'s own code is an input too, so changing what it does is a miss
  const inputs = [...texts.map((t) => (typeof t === 'string' ? t : t.toString('latin1'))), make.toString()];
  // Which file to look in: each text's length and ends (cheap); sameness is the comparison below.
  const file = join(
    dir,
    `${name}-${fnv1a(inputs.map((t) => `${t.length}:${t.slice(0, 256)}:${t.slice(-256)}`).join('\0'))}.json`,
  );
  if (existsSync(file)) {
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as { inputs: string[]; value: T };
      if (kept.inputs.length === inputs.length && kept.inputs.every((x, i) => x === inputs[i])) return kept.value;
    } catch {
      /* unreadable: made again below */
    }
  }
  const value = make();
  saveValidator(file, JSON.stringify({ inputs, value }));
  return value;
}

/** FNV-1a, 32 bits: a file name, not proof of sameness. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
