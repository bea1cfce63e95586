// Git, the audit trail (records.md "Git"): one commit per writing command with
// exactly the files it wrote, the operator as author, trailers naming the
// operator and the command. git always runs with an argument array, never a shell.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from './proc.js';
import { ConflictError, EnvironmentError, UsageError } from './errors.js';
import { msg } from './i18n.js';

export interface Author {
  name: string;
  email: string;
}

const MAX = 512 * 1024 * 1024;

/** How long to wait for another git's index lock (WUYE_INDEX_LOCK_WAIT_MS shortens it in tests). */
const INDEX_LOCK_WAIT_MS = Number(process.env.WUYE_INDEX_LOCK_WAIT_MS) || 10_000;

export function git(root: string, args: string[], input?: string | Buffer, env?: NodeJS.ProcessEnv): string {
  const started = Date.now();
  for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
    const r = spawnSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      input,
      maxBuffer: MAX,
      env: { ...process.env, ...env },
    });
    // EPIPE: git stopped reading its stdin (pathspecs) because it failed early — judge it by its exit and stderr.
    if (r.error && (r.error as NodeJS.ErrnoException).code !== 'EPIPE') throw r.error;
    if (r.status === 0 && !r.error) return r.stdout;
    const err = (r.stderr || r.stdout).trim();
    const refused = environmentError(err, root);
    if (refused) throw refused;
    // Another git is writing the index (the user's, or the orphaned git of a
    // killed command finishing its commit): wait for it, then say who holds it.
    if (/index\.lock/.test(err)) {
      // A lock left by a git of ours that was killed mid-commit (a journal is pending and no git of this
      // repository is alive) is stale: remove it and go on; the journal's recovery then commits the work.
      if (staleIndexLock(root)) {
        rmSync(join(root, '.git', 'index.lock'), { force: true });
        continue;
      }
      if (Date.now() - started < INDEX_LOCK_WAIT_MS) {
        sleepSync(delay);
        continue;
      }
      throw new ConflictError(
        msg(
          'git 的索引正被另一个 git 进程占用（.git/index.lock）',
          'another git process is using the index (.git/index.lock)',
        ),
        msg(
          '等它结束后重试。查看是否有 git 在运行：ps -ef | grep git；若没有，删除 .git/index.lock',
          'retry when it has finished. To see whether a git is running: ps -ef | grep git; if none is, delete .git/index.lock',
        ),
      );
    }
    throw new Error(`git ${args.slice(0, 3).join(' ')} failed: ${err || r.error?.message}`);
  }
}

/** A failure of the machine, not of the records or of wuye: disk full, read-only, no permission. */
function environmentError(err: string, root: string): EnvironmentError | undefined {
  if (/No space left on device|Disk quota exceeded/i.test(err))
    return new EnvironmentError(
      msg(`磁盘已满，git 无法写入（${root}）`, `the disk is full; git cannot write (${root})`),
      msg(
        '腾出磁盘空间后重试；已写入的记录会由下一个命令补提交',
        'free some disk space and retry; the next command commits what was written',
      ),
    );
  if (/Read-only file system/i.test(err))
    return new EnvironmentError(
      msg(`记录库所在的文件系统是只读的（${root}）`, `the records root is on a read-only file system (${root})`),
      msg('换到可写的位置，或重新挂载为可写', 'use a writable place, or remount it writable'),
    );
  if (/Permission denied/i.test(err))
    return new EnvironmentError(
      msg(`没有写入 ${root}/.git 的权限`, `no permission to write ${root}/.git`),
      msg('用有权限的用户运行，或修改目录权限', 'run as a user who may write there, or change the folder permissions'),
    );
  return undefined;
}

/**
 * Is .git/index.lock provably stale? A journal is pending whose command is gone (it was killed while it
 * committed) and no git process is working in this repository (read from /proc; where /proc is not
 * there, nothing can be proved and the lock is left alone).
 */
function staleIndexLock(root: string): boolean {
  if (!existsSync('/proc/self')) return false;
  // The journal must be another process's, and that process gone: our own journal is pending while we commit.
  let owner: number;
  try {
    owner = (JSON.parse(readFileSync(join(root, '.wuye', 'pending.json'), 'utf8')) as { pid: number }).pid;
  } catch {
    return false;
  }
  if (owner === process.pid || existsSync(`/proc/${owner}`)) return false;
  let real: string;
  try {
    real = realpathSync(root);
  } catch {
    return false;
  }
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
      if (!/(^|\/)git$/.test(cmd)) continue;
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === real || cwd.startsWith(real + '/')) return false;
    } catch {
      /* gone, or not ours to read */
    }
  }
  return true;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function gitOk(root: string, args: string[]): boolean {
  return spawnSync('git', args, { cwd: root, stdio: 'ignore' }).status === 0;
}

export function isGitRepo(root: string): boolean {
  return existsSync(join(root, '.git')) || gitOk(root, ['rev-parse', '--git-dir']);
}

export function requireGitRepo(root: string): void {
  if (!isGitRepo(root)) {
    throw new UsageError(
      msg(`记录库不是 git 仓库: ${root}`, `the records root is not a git repository: ${root}`),
      msg(
        `在该目录运行 git init，或用 wuye init 新建记录库`,
        'run git init there, or create a records root with wuye init',
      ),
    );
  }
}

export function hasHead(root: string): boolean {
  return gitOk(root, ['rev-parse', '--verify', '-q', 'HEAD']);
}

/**
 * Paths (relative to root) with uncommitted changes. `unstaged` (the hand-edit
 * check): changed in the work tree since they were staged, untracked, or staged
 * by someone else — changes staged by `--no-commit` are wuye's own and don't
 * count (their blob ids are kept in .wuye/staged.json). `any`: also staged.
 */
export function dirtyPaths(root: string, paths: string[], mode: 'unstaged' | 'any' = 'unstaged'): string[] {
  if (paths.length === 0) return [];
  const out: string[] = [];
  const stagedOnly: string[] = [];
  const prefix = repoPrefix(root);
  // A billing run writes thousands of files: git matches each file it looks at against every pathspec, so
  // many files are asked for by their folders (a few pathspecs) and the answer kept to the files asked for.
  const dirs = [...new Set(paths.map((p) => dirname(p)))];
  const byFolder = paths.length > 200 && dirs.length * 10 < paths.length;
  const wanted = byFolder ? new Set(paths) : undefined;
  const specs = byFolder ? dirs : paths;
  for (let i = 0; i < specs.length; i += 2000) {
    const batch = specs.slice(i, i + 2000);
    const s = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...batch.map(literal)]);
    const entries = s.split('\0');
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k];
      if (entry.length <= 3) continue;
      // A rename or copy is followed by its source path as a separate entry.
      if (entry[0] === 'R' || entry[0] === 'C') k++;
      // Porcelain paths are relative to the top of the repository; ours to the records root.
      const p = entry.slice(3).startsWith(prefix) ? entry.slice(3 + prefix.length) : entry.slice(3);
      if (wanted && !wanted.has(p)) continue;
      if (mode === 'any' || entry[1] !== ' ') out.push(p);
      else stagedOnly.push(p);
    }
  }
  if (stagedOnly.length) {
    // Staged but not changed since: wuye's own only if it is the very blob a --no-commit command staged.
    const ours = readStaged(root);
    const index = indexBlobs(root, stagedOnly);
    for (const p of stagedOnly) if (!ours[p] || ours[p].blob !== index.get(p)) out.push(p);
  }
  return out;
}

const STAGED = ['.wuye', 'staged.json'];

/** What a --no-commit command staged, per path: the blob, and the command (so its trailer is not lost). */
interface StagedEntry {
  blob: string;
  by?: { message: string; operator?: string; command?: string };
}

function readStaged(root: string): Record<string, StagedEntry> {
  try {
    const raw = JSON.parse(readFileSync(join(root, ...STAGED), 'utf8')) as Record<string, string | StagedEntry>;
    return Object.fromEntries(Object.entries(raw).map(([p, v]) => [p, typeof v === 'string' ? { blob: v } : v]));
  } catch {
    return {};
  }
}

function writeStaged(root: string, m: Record<string, StagedEntry>): void {
  const file = join(root, ...STAGED);
  if (Object.keys(m).length === 0) {
    try {
      unlinkSync(file);
    } catch {
      /* none */
    }
    return;
  }
  mkdirSync(join(root, STAGED[0]), { recursive: true });
  writeFileSync(file, JSON.stringify(m));
}

/** Blob ids in the index (`git ls-files -s`). */
function indexBlobs(root: string, paths: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i < paths.length; i += 2000) {
    for (const e of git(root, ['ls-files', '-s', '-z', '--', ...paths.slice(i, i + 2000).map(literal)]).split('\0')) {
      const tab = e.indexOf('\t');
      if (tab > 0) m.set(e.slice(tab + 1), e.slice(0, tab).split(' ')[1]);
    }
  }
  return m;
}

const literal = (p: string) => `:(literal)${p}`;

const prefixes = new Map<string, string>();

/** Where the records root sits inside its repository ('' at the top, 'records/' in a subfolder). */
export function repoPrefix(root: string): string {
  let p = prefixes.get(root);
  if (p === undefined) {
    p = git(root, ['rev-parse', '--show-prefix']).trim();
    prefixes.set(root, p);
  }
  return p;
}

export interface CommitRequest {
  paths: string[]; // relative to root
  message: string;
  author: Author;
  trailers: Record<string, string>;
  commit: boolean; // false with --no-commit: stage only
  staged?: () => void; // called between `git add` and `git commit` (the crash tests' WUYE_CRASH_AT=staged)
}

export function commitPaths(root: string, req: CommitRequest): string | undefined {
  if (req.paths.length === 0) return undefined;
  // Pathspecs on stdin: any number of files (a billing run writes thousands) in one git call.
  const spec = req.paths.map(literal).join('\0');
  const fromStdin = ['--pathspec-from-file=-', '--pathspec-file-nul'];
  if (!(req.commit && stageByPack(root, req.paths))) git(root, ['add', '-A', ...fromStdin], spec);
  const staged = existsSync(join(root, ...STAGED)) || !req.commit ? readStaged(root) : undefined;
  if (!req.commit) {
    // Remember what we staged, so that the next command knows it from a hand edit staged by a person.
    const by = { message: req.message, operator: req.trailers['Wuye-Operator'], command: req.trailers['Wuye-Command'] };
    for (const [p, b] of indexBlobs(root, req.paths)) staged![p] = { blob: b, by: staged![p]?.by ?? by };
    writeStaged(root, staged!);
    return undefined;
  }
  // Files an earlier --no-commit command staged and this one now commits: that command is named too
  // (its message in the body, its operator and command line as Wuye-Staged trailers), never lost.
  const earlier = new Map<string, NonNullable<StagedEntry['by']>>();
  for (const p of req.paths) {
    const by = staged?.[p]?.by;
    if (by) earlier.set(`${by.message}\0${by.command ?? ''}`, by);
  }
  const trailers = [
    ...Object.entries(req.trailers),
    ...[...earlier.values()].map((b) => ['Wuye-Staged', `${b.operator ?? '?'} ${b.command ?? b.message}`] as const),
  ]
    .map(([k, v]) => `${k}: ${v.replace(/\n/g, ' ')}`)
    .join('\n');
  const body = earlier.size
    ? `\n\n${[...earlier.values()].map((b) => `Includes what was staged by: ${b.message}`).join('\n')}`
    : '';
  const message = `${req.message}${body}\n\n${trailers}\n`;
  const env = {
    GIT_AUTHOR_NAME: req.author.name,
    GIT_AUTHOR_EMAIL: req.author.email,
    GIT_COMMITTER_NAME: req.author.name,
    GIT_COMMITTER_EMAIL: req.author.email,
  };
  // Exactly the files this command wrote: when nothing else is staged, the index as it is (fast); when the
  // user has other changes staged, `--only` with the paths (theirs stay staged, uncommitted — git builds a
  // temporary index for that, ~1 s for a billing run's 5,000 files).
  const prefix = repoPrefix(root);
  const ours = new Set(req.paths.map((p) => prefix + p));
  const othersStaged = git(root, ['diff', '--cached', '--name-only', '-z', '--no-renames'])
    .split('\0')
    .some((p) => p && !ours.has(p));
  req.staged?.();
  git(
    root,
    ['commit', '--quiet', '--no-verify', '-m', message, ...(othersStaged ? ['--only', ...fromStdin] : [])],
    othersStaged ? spec : undefined,
    env,
  );
  if (staged) {
    for (const p of req.paths) delete staged[p];
    writeStaged(root, staged);
  }
  return git(root, ['rev-parse', 'HEAD']).trim();
}

/** From this many files, a commit stages them through one pack (stageByPack) instead of `git add`. */
const PACK_FROM = 500;

/**
 * Stage many files the fast way: their blobs go into one pack (`git fast-import`) and their index entries in
 * one `git update-index --index-info` — `git add` writes one loose object per file (a directory entry, a file
 * and a zlib stream each: 17 s for a 5,000-unit import against 2.8 s). The same tree either way; `git commit`
 * then refreshes the entries' file stats. Only for files no attribute or setting converts (line ends, filters:
 * `git add` would apply them and fast-import would not — a merge driver is fine); false: use `git add`.
 */
function stageByPack(root: string, paths: string[]): boolean {
  if (paths.length < PACK_FROM || !plainRepo(root, paths)) return false;
  const prefix = repoPrefix(root);
  const parts: Buffer[] = [];
  const entries: (number | null)[] = []; // the blob's mark, or null: the file is gone (its entry is removed)
  for (const p of paths) {
    let st;
    try {
      st = lstatSync(join(root, p));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return false;
      entries.push(null);
      continue;
    }
    if (!st.isFile() || st.mode & 0o111) return false; // a link, a folder, an executable: git add knows best
    const b = readFileSync(join(root, p));
    const mark = parts.length / 3 + 1;
    entries.push(mark);
    parts.push(Buffer.from(`blob\nmark :${mark}\ndata ${b.length}\n`), b, Buffer.from('\n'));
  }
  const marksFile = join(gitDir(root), `wuye-marks-${process.pid}`);
  try {
    git(root, ['fast-import', '--quiet', `--export-marks=${marksFile}`], Buffer.concat(parts));
    const blob = new Map<number, string>();
    for (const line of readFileSync(marksFile, 'utf8').split('\n')) {
      const sp = line.indexOf(' ');
      if (sp > 1) blob.set(Number(line.slice(1, sp)), line.slice(sp + 1));
    }
    const info = paths.map((p, i) => {
      const m = entries[i];
      const full = prefix + p; // --index-info takes paths from the top of the repository
      if (m === null) return `0 ${'0'.repeat(40)}\t${full}`;
      const id = blob.get(m);
      if (!id) throw new Error(`git fast-import gave no blob for ${p}`);
      return `100644 ${id}\t${full}`;
    });
    git(root, ['update-index', '--add', '--remove', '-z', '--index-info'], info.join('\0') + '\0');
  } finally {
    rmSync(marksFile, { force: true });
  }
  return true;
}

const plain = new Map<string, boolean>();

/** The attributes that change what `git add` stores for a file (its bytes); merge= and the like do not. */
const CONTENT_ATTRIBUTES = ['text', 'eol', 'crlf', 'filter', 'ident', 'working-tree-encoding'];

/** No line-ending conversion and no attribute converting these files: each one's blob is its bytes, as fast-import stores it. */
function plainRepo(root: string, paths: readonly string[]): boolean {
  let v = plain.get(root);
  if (v === undefined) {
    const cfg = (k: string) => spawnSync('git', ['config', '--get', k], { cwd: root, encoding: 'utf8' }).stdout.trim();
    v = ['', 'false'].includes(cfg('core.autocrlf'));
    plain.set(root, v);
  }
  if (!v) return false;
  // Attribute files are allowed (wuye init registers its merge driver in .gitattributes) as long as none gives
  // any of these files an attribute that converts its content: asked of git itself, one call for all paths.
  const out = spawnSync('git', ['check-attr', '--stdin', '-z', ...CONTENT_ATTRIBUTES], {
    cwd: root,
    input: paths.join('\0'),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (out.status !== 0) return false;
  const fields = out.stdout.split('\0');
  for (let i = 2; i < fields.length; i += 3) if (fields[i] !== 'unspecified') return false;
  return true;
}

const gitDirs = new Map<string, string>();
function gitDir(root: string): string {
  let d = gitDirs.get(root);
  if (d === undefined) {
    d = git(root, ['rev-parse', '--absolute-git-dir']).trim();
    gitDirs.set(root, d);
  }
  return d;
}

export function ensureRepo(root: string): void {
  if (!isGitRepo(root)) git(root, ['init', '--quiet', '-b', 'main']);
}
