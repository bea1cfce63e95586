// `wuye validate` as a library (records.md "Validation — in layers"): every
// file through layers 1–2 (record.ts), references and unique ids (layer 3),
// then the procedures' domain checks (layer 4, given by the caller — core knows
// no procedure). Streams: each file is read, parsed and checked once; nothing
// about it is kept but its id. Returns every problem; the command prints them.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { msg } from '../i18n.js';
import { kindDef, KINDS, relPath } from '../kinds.js';
import { locate, type Problem } from '../yamlio.js';
import { classify, walkFiles } from './files.js';
import { checkFile, linkProblem, loadFile } from './record.js';
import { refPaths, refsOf } from './refs.js';
import { fileProblem, problemAt, type Check, type CheckEnv, type RecordInfo, type SettleEnv } from './types.js';

export interface ValidateOptions {
  root: string;
  checks: readonly Check[];
  /** Files to check, relative to the root; all files when absent. */
  files?: readonly string[];
  onProgress?: (done: number, total: number) => void;
  /**
   * A module that runs `runChunk` with the checks in a worker thread (the
   * caller's, since core knows no procedure). With it, a large run is split
   * over the machine's cores (up to `threads`); without it, one thread.
   */
  worker?: URL;
  threads?: number;
  /** Split over threads from this many files (default 4,000; tests set it low to check the split). */
  parallelFrom?: number;
}

export interface ValidateResult {
  problems: Problem[];
  files: number;
}

/** What one thread is given: its share of the files, and which files exist (all of them, for references). */
export interface ChunkInput {
  root: string;
  rels: readonly string[];
  present?: readonly string[];
  templatesDir: string;
}
export interface ChunkOutput {
  problems: Problem[];
  files: number;
  ids: [string, string][];
  /** What the checks posted (CheckEnv.post), by channel: matched by their `settle` in the caller. */
  posted: Record<string, string[]>;
  /** Unique values seen (Check.unique): check name, key, file, line, column, shown. */
  uniques: UniqueSeen[];
}
/** Where a value sits is a pointer: its line and column are worked out only for a value held twice (locating costs a YAML parse). */
type UniqueSeen = [check: string, key: string, rel: string, pointer: string, shown: string];

const field = (pointer: string) =>
  pointer
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');

/**
 * Records a check looked up (env.get), kept per thread, least recently used
 * dropped first (6,000 parsed records). A check that looks up more
 * distinct records than this for every record it checks re-reads them; such a
 * check should look the other way (from the many to the few), or post what it
 * knows and match in `settle`.
 */
const GET_CACHE = 6000;

/** A validate worker's young generation (MB: with the default, collection took 13–15% of a thread's time; 9% with this). */
const YOUNG_MB = 64;

/** Files below this count are checked in one thread: a worker's start-up would cost more than it saves. */
const PARALLEL_FROM = 4000;

/** The file name of a path: the records of one thing across year folders share it (fees/2025/1-2-0801.yaml). */
const baseOf = (rel: string) => rel.slice(rel.lastIndexOf('/') + 1);

/** Which thread checks a file: by its file name, so that one unit's records of every year meet in one thread. */
function shareOf(rel: string, threads: number): number {
  let h = 2166136261;
  for (let i = rel.lastIndexOf('/') + 1; i < rel.length; i++) h = Math.imul(h ^ rel.charCodeAt(i), 16777619);
  return (h >>> 0) % threads;
}

/**
 * A thread's files in the order it checks them: by file name, then path — a unit's fee accounts of every
 * year follow each other, so what one's checks look up in the others (env.get) is still cached when their
 * own turn comes, and each file is read and parsed once.
 */
function checkingOrder(rels: readonly string[]): string[] {
  return rels
    .map((rel) => `${baseOf(rel)}\0${rel}`)
    .sort()
    .map((k) => k.slice(k.indexOf('\0') + 1));
}

/** A file read and parsed (layer 1), with what reading it found. */
interface Read {
  loaded: ReturnType<typeof loadFile>;
  problems: Problem[];
}

/** The lookups of one thread (CheckEnv), the files they read (kept for the file's own turn) and what was posted. */
interface Lookups {
  env: CheckEnv;
  /** A file env.get already read and parsed, if it is still kept. */
  kept(rel: string): Read | undefined;
  posted: Map<string, string[]>;
}

function lookups(root: string, present: readonly string[] | undefined, templatesDir: string): Lookups {
  const config = loadFile(root, 'wuye.yaml', [])?.data as Record<string, unknown> | undefined;
  // Which records exist: the walk already knows (ids per kind, no stat per reference); a partial run asks the disk.
  let idsOf: Map<string, Set<string>> | undefined;
  if (present) {
    idsOf = new Map(KINDS.map((k) => [k.kind, new Set<string>()]));
    for (const rel of present) {
      const s = classify(rel, templatesDir);
      if (s?.type === 'record' && s.kind.idPattern.test(s.id) && relPath(s.kind.kind, s.id) === rel)
        idsOf.get(s.kind.kind)!.add(s.id);
    }
  }
  const stat = new Map<string, boolean>();
  const hasFile = (rel: string): boolean => {
    let v = stat.get(rel);
    if (v === undefined) {
      v = existsSync(join(root, rel));
      stat.set(rel, v);
    }
    return v;
  };
  const cache = new Map<string, Read>();
  const posted = new Map<string, string[]>();
  const env: CheckEnv = {
    config,
    exists: (kind, id) =>
      idsOf ? (idsOf.get(kind)?.has(id) ?? false) : kindDef(kind).idPattern.test(id) && hasFile(relPath(kind, id)),
    get<T>(kind: string, id: string) {
      if (!env.exists(kind, id)) return undefined;
      const rel = relPath(kind, id);
      let hit = cache.get(rel);
      if (hit) {
        // Least recently used goes first: a hit moves to the back of the Map's order.
        cache.delete(rel);
        cache.set(rel, hit);
      } else {
        const problems: Problem[] = [];
        hit = { loaded: loadFile(root, rel, problems), problems };
        cache.set(rel, hit);
        if (cache.size > GET_CACHE) cache.delete(cache.keys().next().value!);
      }
      const l = hit.loaded;
      return l ? ({ rel, kind, id, data: l.data as T, text: l.text } satisfies RecordInfo<T>) : undefined;
    },
    post(channel, value) {
      let xs = posted.get(channel);
      if (!xs) posted.set(channel, (xs = []));
      xs.push(value);
    },
  };
  return { env, kept: (rel) => cache.get(rel), posted };
}

export async function validateRecords(o: ValidateOptions): Promise<ValidateResult> {
  const { root } = o;
  const links: string[] = [];
  const rels = o.files ?? walkFiles(root, '', false, links); // unsorted: problems are sorted at the end
  const present = o.files === undefined ? rels : undefined;
  const config = loadFile(root, 'wuye.yaml', [])?.data as Record<string, unknown> | undefined;
  const templatesDir = typeof config?.templates === 'string' ? config.templates : 'templates';
  const threads = Math.max(1, Math.min(o.threads ?? availableParallelism(), 4));
  const here = lookups(root, present, templatesDir);
  const outputs: ChunkOutput[] = [];
  if (!o.worker || threads === 1 || rels.length < (o.parallelFrom ?? PARALLEL_FROM)) {
    outputs.push(
      runChunk(
        { root, rels, present, templatesDir },
        o.checks,
        o.onProgress && ((d) => o.onProgress!(d, rels.length)),
        here,
      ),
    );
  } else {
    // Shares by file name (one unit's accounts of every year together); this thread takes the first.
    const shares = Array.from({ length: threads }, () => [] as string[]);
    for (const rel of rels) shares[shareOf(rel, threads)].push(rel);
    const done = new Array<number>(threads).fill(0);
    const tick = () =>
      o.onProgress?.(
        done.reduce((a, b) => a + b, 0),
        rels.length,
      );
    const workers = shares.slice(1).map(
      (share, i) =>
        new Promise<ChunkOutput>((resolveW, rejectW) => {
          const w = new Worker(o.worker!, {
            workerData: { root, rels: share, present, templatesDir } satisfies ChunkInput,
            // parsing 35,000 files makes short-lived garbage: a larger young generation collects it less often
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
          });
          w.on('message', (m: { progress?: number; result?: ChunkOutput }) => {
            if (m.progress !== undefined) {
              done[i + 1] = m.progress;
              tick();
            }
            if (m.result) resolveW(m.result);
          });
          w.on('error', rejectW);
          w.on('exit', (code) => {
            if (code !== 0) rejectW(new Error(`validate worker exited with ${code}`));
          });
        }),
    );
    outputs.push(
      runChunk(
        { root, rels: shares[0], present, templatesDir },
        o.checks,
        (d) => {
          done[0] = d;
          tick();
        },
        here,
      ),
    );
    // A worker that could not run (no threads in this environment, a load error) leaves its share to this thread.
    const settled = await Promise.allSettled(workers);
    settled.forEach((x, i) =>
      outputs.push(
        x.status === 'fulfilled'
          ? x.value
          : runChunk({ root, rels: shares[i + 1], present, templatesDir }, o.checks, undefined, here),
      ),
    );
  }
  o.onProgress?.(rels.length, rels.length);
  const problems = [...outputs.flatMap((x) => x.problems), ...links.map((l) => linkProblem(root, l))];
  // No two files hold the same id (across threads: decided here, in file order).
  const withId = new Map<string, string | string[]>();
  for (const x of outputs) {
    for (const [key, rel] of x.ids) {
      const cur = withId.get(key);
      if (cur === undefined) withId.set(key, rel);
      else withId.set(key, [...(Array.isArray(cur) ? cur : [cur]), rel]);
    }
  }
  for (const [key, rels2] of withId) {
    if (!Array.isArray(rels2)) continue;
    const [first, ...others] = rels2.sort();
    const id = key.slice(key.indexOf('\0') + 1);
    for (const rel of others) {
      problems.push(
        problemAt(
          { rel, text: loadFile(root, rel, [])?.text ?? '' },
          '/id',
          'duplicate-id',
          msg(`编号 ${id} 与 ${first} 重复`, `id ${id} is also the id of ${first}`),
          msg(
            '每条记录的编号唯一；改正其中一个的 id 和文件名',
            'every record has its own id; correct the id and file name of one of them',
          ),
        ),
      );
    }
  }
  problems.push(...settle(root, o.checks, outputs, here));
  problems.push(...uniqueProblems(o, outputs));
  return { problems, files: outputs.reduce((n, x) => n + x.files, 0) };
}

function uniqueKeys(c: Check, rec: RecordInfo): UniqueSeen[] {
  return c.unique!.keys(rec).map((k) => [c.name, k.key, rec.rel, k.pointer, k.shown]);
}

/**
 * Values two records hold that a check says are unique (Check.unique): an error on each such record, naming
 * the others. A run over some files (PATH…, --changed) compares them with every record of their kinds.
 */
function uniqueProblems(o: ValidateOptions, outputs: readonly ChunkOutput[]): Problem[] {
  const checks = o.checks.filter((c) => c.unique);
  if (!checks.length) return [];
  const seen = outputs.flatMap((x) => x.uniques);
  const inRun = new Set(seen.map((u) => u.join('\0')));
  if (o.files) {
    const checked = new Set(o.files);
    for (const c of checks) {
      if (!seen.some((u) => u[0] === c.name)) continue;
      for (const kind of c.kinds) {
        for (const rel of walkFiles(o.root, kindDef(kind).folder)) {
          if (checked.has(rel)) continue;
          const slot = classify(rel);
          if (slot?.type !== 'record' || slot.kind.kind !== kind) continue;
          const { rec, valid } = checkFile(o.root, slot);
          if (rec && valid) seen.push(...uniqueKeys(c, rec));
        }
      }
    }
  }
  const groups = new Map<string, UniqueSeen[]>();
  for (const u of seen) {
    const g = `${u[0]}\0${u[1]}`;
    groups.set(g, [...(groups.get(g) ?? []), u]);
  }
  const out: Problem[] = [];
  for (const list of groups.values()) {
    const rels = [...new Set(list.map((u) => u[2]))].sort();
    if (rels.length < 2) continue;
    const c = checks.find((x) => x.name === list[0][0])!;
    for (const u of list) {
      if (!inRun.has(u.join('\0'))) continue; // a record outside the files asked for is only compared with
      const { message, hint } = c.unique!.message(
        u[4],
        u[2],
        rels.filter((r) => r !== u[2]),
      );
      const pos = locate(loadFile(o.root, u[2], [])?.text ?? '', u[3]);
      out.push({ file: u[2], line: pos.line, column: pos.column, severity: 'error', code: c.name, message, hint });
    }
  }
  return out;
}

/** The checks' matching across records (Check.settle), over what every thread posted, in this thread. */
function settle(root: string, checks: readonly Check[], outputs: ChunkOutput[], here: Lookups): Problem[] {
  const posted = new Map<string, readonly string[]>(here.posted);
  for (const x of outputs)
    for (const [channel, values] of Object.entries(x.posted)) {
      const cur = posted.get(channel);
      posted.set(channel, cur ? cur.concat(values) : values);
    }
  const env: SettleEnv = {
    ...here.env,
    posted: (channel) => posted.get(channel) ?? [],
    file(rel) {
      const l = loadFile(root, rel, []);
      return l && { rel, text: l.text };
    },
  };
  const out: Problem[] = [];
  for (const c of checks) {
    if (!c.settle) continue;
    try {
      out.push(...c.settle(env));
    } catch (e) {
      out.push(
        fileProblem(
          'wuye.yaml',
          'check-failed',
          msg(`检查 ${c.name} 出错: ${(e as Error).message}`, `check ${c.name} failed: ${(e as Error).message}`),
          msg('这是 wuye 的缺陷，请报告', 'this is a bug in wuye; please report it'),
        ),
      );
    }
  }
  return out;
}

/** Layers 1–4 over one thread's share of the files (`here`: the caller's lookups, shared with its settle step). */
export function runChunk(
  input: ChunkInput,
  checks: readonly Check[],
  onProgress?: (done: number) => void,
  here?: Lookups,
): ChunkOutput {
  const { root, templatesDir } = input;
  const rels = checkingOrder(input.rels);
  const problems: Problem[] = [];
  const ids: [string, string][] = [];
  const { env, kept, posted } = here ?? lookups(root, input.present, templatesDir);
  const uniques: UniqueSeen[] = [];

  const byKind = new Map<string, Check[]>();
  for (const c of checks) for (const k of c.kinds) byKind.set(k, [...(byKind.get(k) ?? []), c]);
  const knownKinds = new Set(KINDS.map((k) => k.kind));
  let files = 0;

  rels.forEach((rel, i) => {
    if (onProgress && i % 256 === 0) onProgress(i);
    const slot = classify(rel, templatesDir);
    if (!slot) return;
    files++;
    const { rec, valid, problems: found } = checkFile(root, slot, kept(rel));
    if (found.length) problems.push(...found);
    if (!rec || slot.type !== 'record') return;

    // Layer 3: every reference resolves (ids are compared across threads by the caller).
    for (const ref of refsOf(rec.data, refPaths(rec.kind))) {
      if (!knownKinds.has(ref.kind)) continue;
      const k = kindDef(ref.kind);
      if (!k.idPattern.test(ref.id) || env.exists(ref.kind, ref.id)) continue; // a malformed id is the schema's to report
      problems.push(
        problemAt(
          rec,
          ref.pointer,
          'dangling-ref',
          msg(
            `${field(ref.pointer)} 引用的${k.label.zh} ${ref.id} 不存在`,
            `${field(ref.pointer)} names ${k.label.en} ${ref.id}, which does not exist`,
          ),
          msg(
            `没有 ${relPath(ref.kind, ref.id)}；改正编号，或先登记该${k.label.zh}`,
            `there is no ${relPath(ref.kind, ref.id)}; correct the id, or register the ${k.label.en} first`,
          ),
        ),
      );
    }
    if (typeof rec.data.id === 'string') ids.push([`${rec.kind}\0${rec.data.id}`, rel]);

    // Layer 4: the procedures' domain checks, on records that met their schema.
    if (!valid) return;
    for (const c of byKind.get(rec.kind) ?? []) {
      try {
        if (c.unique) uniques.push(...uniqueKeys(c, rec));
        if (c.record) problems.push(...c.record(rec, env));
      } catch (e) {
        problems.push(
          problemAt(
            rec,
            '',
            'check-failed',
            msg(`检查 ${c.name} 出错: ${(e as Error).message}`, `check ${c.name} failed: ${(e as Error).message}`),
            msg('这是 wuye 的缺陷，请报告', 'this is a bug in wuye; please report it'),
          ),
        );
      }
    }
  });
  // In the caller's thread the posts stay where they are (its settle reads them there); a worker hands them over.
  return { problems, files, ids, uniques, posted: here ? {} : Object.fromEntries(posted) };
}

/** Problems in file, line, column order (a file's problems together, top to bottom). */
export function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
