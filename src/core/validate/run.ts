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
import type { Problem } from '../yamlio.js';
import { classify, walkFiles } from './files.js';
import { checkFile, linkProblem, loadFile } from './record.js';
import { refPaths, refsOf } from './refs.js';
import { problemAt, type Check, type CheckEnv, type RecordInfo } from './types.js';

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
}

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
 * check should look the other way (from the many to the few).
 */
const GET_CACHE = 6000;

/** Files below this count are checked in one thread: a worker's start-up would cost more than it saves. */
const PARALLEL_FROM = 4000;

export async function validateRecords(o: ValidateOptions): Promise<ValidateResult> {
  const { root } = o;
  const links: string[] = [];
  const rels = o.files ?? walkFiles(root, '', false, links); // unsorted: problems are sorted at the end
  const present = o.files === undefined ? rels : undefined;
  const config = loadFile(root, 'wuye.yaml', [])?.data as Record<string, unknown> | undefined;
  const templatesDir = typeof config?.templates === 'string' ? config.templates : 'templates';
  const threads = Math.max(1, Math.min(o.threads ?? availableParallelism(), 4));
  const outputs: ChunkOutput[] = [];
  if (!o.worker || threads === 1 || rels.length < PARALLEL_FROM) {
    outputs.push(
      runChunk({ root, rels, present, templatesDir }, o.checks, o.onProgress && ((d) => o.onProgress!(d, rels.length))),
    );
  } else {
    // Contiguous shares, so each thread's problems are already in file order; this thread takes the first.
    const size = Math.ceil(rels.length / threads);
    const shares = Array.from({ length: threads }, (_, i) => rels.slice(i * size, (i + 1) * size));
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
      runChunk({ root, rels: shares[0], present, templatesDir }, o.checks, (d) => {
        done[0] = d;
        tick();
      }),
    );
    // A worker that could not run (no threads in this environment, a load error) leaves its share to this thread.
    const settled = await Promise.allSettled(workers);
    settled.forEach((x, i) =>
      outputs.push(
        x.status === 'fulfilled' ? x.value : runChunk({ root, rels: shares[i + 1], present, templatesDir }, o.checks),
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
  return { problems, files: outputs.reduce((n, x) => n + x.files, 0) };
}

/** Layers 1–4 over one thread's share of the files. */
export function runChunk(
  input: ChunkInput,
  checks: readonly Check[],
  onProgress?: (done: number) => void,
): ChunkOutput {
  const { root, rels, templatesDir } = input;
  const problems: Problem[] = [];
  const ids: [string, string][] = [];
  const config = loadFile(root, 'wuye.yaml', [])?.data as Record<string, unknown> | undefined;

  // Which records exist: the walk already knows (ids per kind, no stat per reference); a partial run asks the disk.
  let idsOf: Map<string, Set<string>> | undefined;
  if (input.present) {
    idsOf = new Map(KINDS.map((k) => [k.kind, new Set<string>()]));
    for (const rel of input.present) {
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
  const cache = new Map<string, RecordInfo | undefined>();
  const env: CheckEnv = {
    config,
    exists: (kind, id) =>
      idsOf ? (idsOf.get(kind)?.has(id) ?? false) : kindDef(kind).idPattern.test(id) && hasFile(relPath(kind, id)),
    get<T>(kind: string, id: string) {
      if (!env.exists(kind, id)) return undefined;
      const rel = relPath(kind, id);
      let hit = cache.get(rel);
      if (hit !== undefined || cache.has(rel)) {
        // Least recently used goes first: a hit moves to the back of the Map's order.
        cache.delete(rel);
        cache.set(rel, hit);
        return hit as RecordInfo<T> | undefined;
      }
      const l = loadFile(root, rel, []);
      hit = l ? { rel, kind, id, data: l.data as Record<string, unknown>, text: l.text } : undefined;
      cache.set(rel, hit);
      if (cache.size > GET_CACHE) cache.delete(cache.keys().next().value!);
      return hit as RecordInfo<T> | undefined;
    },
  };

  const byKind = new Map<string, Check[]>();
  for (const c of checks) for (const k of c.kinds) byKind.set(k, [...(byKind.get(k) ?? []), c]);
  const knownKinds = new Set(KINDS.map((k) => k.kind));
  let files = 0;

  rels.forEach((rel, i) => {
    if (onProgress && i % 256 === 0) onProgress(i);
    const slot = classify(rel, templatesDir);
    if (!slot) return;
    files++;
    const { rec, valid, problems: found } = checkFile(root, slot);
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
        problems.push(...c.record(rec, env));
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
  return { problems, files, ids };
}

/** Problems in file, line, column order (a file's problems together, top to bottom). */
export function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
