// What wuye works out at run time from a center's own files, kept between runs in the user's cache folder
// ($XDG_CACHE_HOME/wuye or ~/.cache/wuye; WUYE_CACHE=DIR elsewhere, WUYE_CACHE=off to keep nothing): its
// wuye.yaml with the schema's defaults filled in, and its own font converted to TrueType outlines. What
// comes from the project's own files alone (validators, the bundled fonts) is made by `npm run build`.
// One key scheme for everything kept: what it is (a word), the build that made it (dist/build-id, written
// by bin/dev/build.mjs — a change of code or schemas is a new build) and a digest of its source files'
// bytes, so any edit is a miss, and roots with the same wuye.yaml share one entry. A new build's first
// write drops what older builds kept. e.g. cachedJson('config', [wuyeYaml], () => withDefaults(...))
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from './paths.js';

/** The folder things are kept in, or undefined when nothing is to be kept. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.WUYE_CACHE === 'off') return undefined;
  if (env.WUYE_CACHE) return env.WUYE_CACHE;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'wuye') : undefined;
}

let build: string | null | undefined;
/** The build's id (from src/ under vitest: the last build's); null before any build. */
function buildId(): string | null {
  if (build === undefined) {
    try {
      build = readFileSync(projectPath('dist', 'build-id'), 'utf8').trim() || null;
    } catch {
      build = null;
    }
  }
  return build;
}

/** The sources' bytes, and the name a thing made from them is kept under: `<what>-<build>-<digest>` (none before a build). */
function sourcesOf(what: string, sources: readonly string[]): { bytes: Buffer[]; name: string | undefined } {
  const bytes = sources.map((p) => readFileSync(p));
  const b = buildId();
  if (!b) return { bytes, name: undefined };
  const h = createHash('sha256');
  for (const x of bytes) h.update(`${x.length}\0`).update(x);
  return { bytes, name: `${what}-${b}-${h.digest('hex').slice(0, 32)}` };
}

/** Write a kept file atomically (never half a file to read), and drop what older builds kept of the same thing. */
function keep(dir: string, what: string, file: string, data: string | Buffer): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
    const current = `${what}-${buildId()}-`;
    for (const f of readdirSync(dir))
      if (f.startsWith(`${what}-`) && !f.startsWith(current) && !f.endsWith('.tmp'))
        rmSync(join(dir, f), { force: true });
    return true;
  } catch {
    return false; // not writable: made again next time
  }
}

/**
 * A JSON value worked out from some files, given their bytes as read for the key (`make` reads nothing
 * else, and may throw: only a value it returns is kept). Used as kept while the bytes and the build are the same.
 */
export function cachedJson<T>(what: string, sources: readonly string[], make: (bytes: Buffer[]) => T): T {
  const dir = cacheDir();
  const { bytes, name } = sourcesOf(what, sources);
  if (!dir || !name) return make(bytes);
  const file = join(dir, `${name}.json`);
  if (existsSync(file)) {
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as { value: T }).value;
    } catch {
      /* unreadable: made again below */
    }
  }
  const value = make(bytes);
  keep(dir, what, file, JSON.stringify({ value }));
  return value;
}

let scratch: string | undefined;
let scratchFiles = 0;
/** A folder of this process's own, for a file that cannot be kept (removed when the process ends). */
function scratchDir(): string {
  if (!scratch) {
    const dir = (scratch = mkdtempSync(join(tmpdir(), 'wuye-')));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return scratch;
}

/** A file worked out from some files (on the same terms as cachedJson): its path. */
export function cachedFile(
  what: string,
  sources: readonly string[],
  ext: string,
  make: (bytes: Buffer[]) => Buffer,
): string {
  const dir = cacheDir();
  const { bytes, name } = sourcesOf(what, sources);
  if (dir && name) {
    const file = join(dir, `${name}${ext}`);
    if (existsSync(file)) return file;
    const data = make(bytes);
    return keep(dir, what, file, data) ? file : inScratch(what, ext, data);
  }
  return inScratch(what, ext, make(bytes));
}

function inScratch(what: string, ext: string, data: Buffer): string {
  const file = join(scratchDir(), `${what}-${++scratchFiles}${ext}`);
  writeFileSync(file, data);
  return file;
}
