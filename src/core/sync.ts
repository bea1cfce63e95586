// Exchanging records with the shared remote (issue 17, "Many desks, one estate"): the git steps of `wuye sync`
// and `wuye clone` — hand edits in the way, fetch, how far ahead/behind, rebase with the records' merge driver,
// push with bounded retries — and the stations a history has already used.
// e.g. aheadBehind(root, 'origin/main') → { ahead: 3, behind: 1 }
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from './proc.js';
import { ConflictError } from './errors.js';
import { git } from './git.js';
import { msg } from './i18n.js';
import { gitDir, type MergeConflict } from './merge.js';

/** git without prompts (an unreachable remote fails at once), its outcome as data. */
export function tryGit(root: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true', GIT_MERGE_AUTOEDIT: 'no' },
  });
  return { ok: r.status === 0, out: String(r.stdout ?? ''), err: String(r.stderr ?? '').trim() };
}

/** Files changed by hand and not committed (staged, unstaged or new; ignored ones are this computer's). */
export function uncommitted(root: string): string[] {
  return git(root, ['status', '--porcelain', '--untracked-files=all'])
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3));
}

/** The branch this desk works on; refused (exit 4) on a detached HEAD — sync would not know what to push. */
export function currentBranch(root: string): string {
  const r = tryGit(root, ['symbolic-ref', '--short', 'HEAD']);
  if (!r.ok)
    throw new ConflictError(
      msg(
        '记录库不在任何分支上（detached HEAD），无法同步',
        'the records are on no branch (a detached HEAD): cannot sync',
      ),
      msg(
        '回到工作分支再同步：git switch main（或原来的分支名），然后 wuye sync',
        'go back to the working branch first: git switch main (or its name), then wuye sync',
      ),
    );
  return r.out.trim();
}

export function hasRef(root: string, ref: string): boolean {
  return tryGit(root, ['rev-parse', '--verify', '-q', ref]).ok;
}

/** Commits here and not on `upstream` (ahead), and there and not here (behind). */
export function aheadBehind(root: string, upstream: string): { ahead: number; behind: number } {
  if (!hasRef(root, upstream)) return { ahead: Number(git(root, ['rev-list', '--count', 'HEAD']).trim()), behind: 0 };
  const [ahead, behind] = git(root, ['rev-list', '--left-right', '--count', `HEAD...${upstream}`])
    .trim()
    .split(/\s+/)
    .map(Number);
  return { ahead, behind };
}

/** The conflicts the merge driver noted during the last rebase (and forget them). */
export function takeConflicts(root: string, file: string): MergeConflict[] {
  const f = join(gitDir(root), file);
  if (!existsSync(f)) return [];
  const out = readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as MergeConflict);
  rmSync(f, { force: true });
  return out;
}

/** Files git left unmerged (a conflict the driver did not handle: a file that is not a record). */
export function unmerged(root: string): string[] {
  return git(root, ['diff', '--name-only', '--diff-filter=U']).split('\n').filter(Boolean);
}

/**
 * The station codes a history has used: its commits' Wuye-Station trailers and the station letters in the ids of
 * its records' file names (ZX2026-B0007, PB00012).
 */
export function stationsUsed(root: string): Set<string> {
  const out = new Set<string>();
  if (!hasRef(root, 'HEAD')) return out;
  for (const l of git(root, ['log', '--all', '--format=%(trailers:key=Wuye-Station,valueonly)']).split('\n'))
    if (/^[A-Z]$/.test(l.trim())) out.add(l.trim());
  for (const f of git(root, ['ls-files']).split('\n')) {
    const name = f.slice(f.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
    const m =
      /^[A-Z]{1,4}\d{4}-([A-Z])\d{4,6}$/.exec(name) ?? /^P([A-Z])\d{5}$/.exec(name) ?? /^YK([A-Z])\d{4,6}$/.exec(name);
    if (m) out.add(m[1]);
  }
  return out;
}
