// What `wuye validate --changed` checks (records.md: "checks only what git says
// changed since HEAD plus what refers to it, fast enough for a pre-commit hook"):
// the files `git status` lists (staged, unstaged, untracked), fully; and, for a
// record that was deleted or renamed away, the records that still name it —
// found by a byte search for its id in the folders whose schema can refer to
// its kind. A record that was edited keeps its id, so what refers to it still
// resolves; it is not re-read. Never parses the whole estate.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { git } from '../git.js';
import { UsageError } from '../errors.js';
import { msg } from '../i18n.js';
import { kindDef, KINDS } from '../kinds.js';
import { schemaKinds } from '../schemas.js';
import { classify, walkFiles } from './files.js';
import { referringKinds } from './refs.js';

export interface ChangedSelection {
  /** Files to check, relative to the root: the changed ones and the referrers of deleted ones. */
  files: string[];
  changed: string[];
  deleted: string[];
  referrers: string[];
}

function gitTop(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) break;
  }
  throw new UsageError(
    msg(`记录库不是 git 仓库: ${dir}`, `the records root is not a git repository: ${dir}`),
    msg(
      '--changed 依靠 git 找出修改；不带 --changed 运行可检查全部记录',
      '--changed asks git what changed; run without --changed to check every record',
    ),
  );
}

const STATUS = ['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all', '--', '.'];

export function changedSelection(rootDir: string): ChangedSelection {
  const root = realpathSync(rootDir);
  gitTop(root);
  return selectionFrom(root, git(root, STATUS));
}

/**
 * `git status` started now, answered later: the caller loads its checks while
 * git stats the work tree (the two biggest costs of a pre-commit run overlap).
 */
export function changedSelectionLater(rootDir: string): Promise<ChangedSelection> {
  const root = realpathSync(rootDir);
  gitTop(root);
  return new Promise((resolveP, rejectP) => {
    const child = spawn('git', STATUS, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', rejectP);
    child.on('close', (code) => {
      if (code !== 0) rejectP(new Error(`git status failed: ${Buffer.concat(err).toString('utf8').trim()}`));
      else {
        try {
          resolveP(selectionFrom(root, Buffer.concat(out).toString('utf8')));
        } catch (e) {
          rejectP(e);
        }
      }
    });
  });
}

function selectionFrom(root: string, out: string): ChangedSelection {
  const prefix = relative(gitTop(root), root).split(sep).join('/');
  const strip = prefix ? `${prefix}/` : '';
  // Paths in porcelain output are relative to the top of the repository, whatever the cwd.
  const changed: string[] = [];
  const deleted: string[] = [];
  for (const entry of out.split('\0')) {
    if (entry.length < 4) continue;
    const path = entry.slice(3);
    if (!path.startsWith(strip)) continue;
    const rel = path.slice(strip.length);
    if (!classify(rel)) continue;
    (existsSync(join(root, rel)) ? changed : deleted).push(rel);
  }
  const referrers = referrersOf(root, deleted);
  const files = [...new Set([...changed, ...referrers])].sort();
  return { files, changed: changed.sort(), deleted: deleted.sort(), referrers };
}

/** Records that name a deleted record's id (a byte search; only the files that contain the id are returned). */
export function referrersOf(root: string, deletedRels: readonly string[]): string[] {
  const gone: { kind: string; id: string }[] = [];
  for (const rel of deletedRels) {
    const s = classify(rel);
    if (s?.type === 'record') gone.push({ kind: s.kind.kind, id: s.id });
  }
  if (gone.length === 0) return [];
  const withSchema = schemaKinds().filter((k) => KINDS.some((d) => d.kind === k));
  const found = new Set<string>();
  const folderFiles = new Map<string, string[]>();
  for (const g of gone) {
    const needle = Buffer.from(g.id, 'utf8');
    for (const k of referringKinds(g.kind, withSchema)) {
      const folder = kindDef(k).folder;
      if (!folderFiles.has(folder)) folderFiles.set(folder, walkFiles(root, folder));
      for (const rel of folderFiles.get(folder)!) {
        if (found.has(rel)) continue;
        if (readFileSync(join(root, rel)).indexOf(needle) >= 0) found.add(rel);
      }
    }
  }
  return [...found].sort();
}
