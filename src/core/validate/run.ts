// `wuye validate` as a library (records.md "Validation — in layers"): every
// file through layers 1–2 (record.ts), references and unique ids (layer 3),
// then the procedures' domain checks (layer 4, given by the caller — core knows
// no procedure). Streams: each file is read, parsed and checked once; nothing
// about it is kept but its id. Returns every problem; the command prints them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { msg } from '../i18n.js';
import { kindDef, KINDS, relPath } from '../kinds.js';
import type { Problem } from '../yamlio.js';
import { classify, walkFiles } from './files.js';
import { checkFile, loadFile } from './record.js';
import { refPaths, refsOf } from './refs.js';
import { problemAt, type Check, type CheckEnv, type RecordInfo } from './types.js';

export interface ValidateOptions {
  root: string;
  checks: readonly Check[];
  /** Files to check, relative to the root; all files when absent. */
  files?: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

export interface ValidateResult { problems: Problem[]; files: number }

const field = (pointer: string) => pointer.split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

export function validateRecords(o: ValidateOptions): ValidateResult {
  const { root } = o;
  const all = o.files === undefined;
  const rels = o.files ?? walkFiles(root);
  const problems: Problem[] = [];

  const configFile = loadFile(root, 'wuye.yaml', []);
  const config = configFile?.data as Record<string, unknown> | undefined;
  const templatesDir = typeof config?.templates === 'string' ? config.templates : 'templates';

  // Which records exist: the walk already knows (no stat per reference); a partial run asks the disk.
  const present = all ? new Set(rels) : undefined;
  const stat = new Map<string, boolean>();
  const hasFile = (rel: string): boolean => {
    if (present) return present.has(rel);
    let v = stat.get(rel);
    if (v === undefined) { v = existsSync(join(root, rel)); stat.set(rel, v); }
    return v;
  };
  const cache = new Map<string, RecordInfo | undefined>();
  const env: CheckEnv = {
    config,
    exists: (kind, id) => kindDef(kind).idPattern.test(id) && hasFile(relPath(kind, id)),
    get<T>(kind: string, id: string) {
      if (!env.exists(kind, id)) return undefined;
      const rel = relPath(kind, id);
      if (!cache.has(rel)) {
        if (cache.size > 2000) cache.clear();
        const l = loadFile(root, rel, []);
        cache.set(rel, l ? { rel, kind, id, data: l.data as Record<string, unknown>, text: l.text } : undefined);
      }
      return cache.get(rel) as RecordInfo<T> | undefined;
    },
  };

  const byKind = new Map<string, Check[]>();
  for (const c of o.checks) for (const k of c.kinds) byKind.set(k, [...(byKind.get(k) ?? []), c]);
  const knownKinds = new Set(KINDS.map((k) => k.kind));
  const firstWithId = new Map<string, string>();
  let files = 0;

  rels.forEach((rel, i) => {
    if (o.onProgress && i % 256 === 0) o.onProgress(i, rels.length);
    const slot = classify(rel, templatesDir);
    if (!slot) return;
    files++;
    const { rec, valid, problems: found } = checkFile(root, slot);
    problems.push(...found);
    if (!rec || slot.type !== 'record') return;

    // Layer 3: every reference resolves; no two files hold the same id.
    for (const ref of refsOf(rec.data, refPaths(rec.kind))) {
      if (!knownKinds.has(ref.kind)) continue;
      const k = kindDef(ref.kind);
      if (!k.idPattern.test(ref.id) || env.exists(ref.kind, ref.id)) continue; // a malformed id is the schema's to report
      problems.push(problemAt(rec, ref.pointer, 'dangling-ref',
        msg(`${field(ref.pointer)} 引用的${k.label.zh} ${ref.id} 不存在`, `${field(ref.pointer)} names ${k.label.en} ${ref.id}, which does not exist`),
        msg(`没有 ${relPath(ref.kind, ref.id)}；改正编号，或先登记该${k.label.zh}`, `there is no ${relPath(ref.kind, ref.id)}; correct the id, or register the ${k.label.en} first`)));
    }
    const dataId = rec.data.id;
    if (typeof dataId === 'string') {
      const key = `${rec.kind}\0${dataId}`;
      const first = firstWithId.get(key);
      if (first === undefined) firstWithId.set(key, rel);
      else {
        problems.push(problemAt(rec, '/id', 'duplicate-id',
          msg(`编号 ${dataId} 与 ${first} 重复`, `id ${dataId} is also the id of ${first}`),
          msg('每条记录的编号唯一；改正其中一个的 id 和文件名', 'every record has its own id; correct the id and file name of one of them')));
      }
    }

    // Layer 4: the procedures' domain checks, on records that met their schema.
    if (!valid) return;
    for (const c of byKind.get(rec.kind) ?? []) {
      try { problems.push(...c.record(rec, env)); } catch (e) {
        problems.push(problemAt(rec, '', 'check-failed', msg(`检查 ${c.name} 出错: ${(e as Error).message}`, `check ${c.name} failed: ${(e as Error).message}`), msg('这是 wuye 的缺陷，请报告', 'this is a bug in wuye; please report it')));
      }
    }
  });
  o.onProgress?.(rels.length, rels.length);
  return { problems, files };
}

/** Problems in file, line, column order (a file's problems together, top to bottom). */
export function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
