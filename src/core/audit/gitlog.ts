// Reading the history git keeps, in bulk (quality.md: one `git log` for the
// whole walk, one `git cat-file --batch` for every blob), for `wuye audit log`
// and `wuye audit verify`. git runs with argument arrays, never a shell.
// Example: readCommits(root, ['--first-parent', 'HEAD']) → commits with their changed files and blob ids.
import { spawnSync } from 'node:child_process';
import { git } from '../git.js';
import { wuyeTrailers, type WuyeTrailers } from './trailers.js';

export interface ChangedFile {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed. */
  status: string;
  path: string;
  /** The path before a rename or copy. */
  oldPath?: string;
  /** Blob ids before and after ('' when the file did not exist on that side). */
  oldBlob: string;
  blob: string;
}

export interface CommitInfo {
  sha: string;
  parents: string[];
  author: string;
  email: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  message: string;
  subject: string;
  trailers: WuyeTrailers;
  files: ChangedFile[];
}

const FORMAT = '%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%B%x1f';
const ZERO = /^0+$/;

/** `git log --raw -z` with our format, parsed. `args` are revisions, options and `-- paths`. */
export function readCommits(root: string, args: string[]): CommitInfo[] {
  // --relative: paths relative to the records root, which may be a folder inside a larger repository.
  const out = git(root, ['log', '--raw', '-z', '--no-abbrev', '--relative', `--format=${FORMAT}`, ...args]);
  return parseLog(out);
}

export function parseLog(out: string): CommitInfo[] {
  const commits: CommitInfo[] = [];
  for (const chunk of out.split('\x1e')) {
    if (!chunk) continue;
    const f = chunk.split('\x1f');
    if (f.length < 7) continue;
    const [sha, parents, author, email, date, message] = f;
    const raw = f.slice(6).join('\x1f');
    commits.push({
      sha,
      parents: parents.split(' ').filter(Boolean),
      author,
      email,
      date,
      message,
      subject: message.split('\n')[0],
      trailers: wuyeTrailers(message),
      files: parseRaw(raw),
    });
  }
  return commits;
}

/** `:100644 100644 <old> <new> M\0path\0` entries; renames and copies carry two paths. */
function parseRaw(raw: string): ChangedFile[] {
  const tokens = raw.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i].replace(/^\n+/, '');
    if (!tok.startsWith(':')) continue;
    const meta = tok.slice(1).split(' ');
    const oldBlob = ZERO.test(meta[2]) ? '' : meta[2];
    const blob = ZERO.test(meta[3]) ? '' : meta[3];
    const status = meta[4][0];
    if (status === 'R' || status === 'C') {
      files.push({ status, oldPath: tokens[i + 1], path: tokens[i + 2], oldBlob, blob });
      i += 2;
    } else {
      files.push({ status, path: tokens[i + 1], oldBlob, blob });
      i += 1;
    }
  }
  return files;
}

/**
 * Read many objects at once (`git cat-file --batch`): each spec is a blob id
 * or `rev:path`; the answer is its bytes, or undefined when git has no such object.
 */
export function catFileBatch(root: string, specs: string[]): (Buffer | undefined)[] {
  if (specs.length === 0) return [];
  const r = spawnSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: specs.join('\n') + '\n',
    maxBuffer: 2 * 1024 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`git cat-file --batch failed: ${r.stderr.toString().trim()}`);
  const buf = r.stdout;
  const res: (Buffer | undefined)[] = [];
  let pos = 0;
  for (let k = 0; k < specs.length; k++) {
    const nl = buf.indexOf(0x0a, pos);
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      res.push(undefined);
      continue;
    } // "<spec> missing" or "ambiguous"
    const size = Number(m[2]);
    res.push(m[1] === 'blob' ? buf.subarray(pos, pos + size) : undefined);
    pos += size + 1;
  }
  return res;
}
