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
import { loadLocal } from './root.js';
import { fileProblem, type Problem } from './validate/types.js';

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
 * its records' file names (ZX2026-B0007, PB00012, DC2026-B01).
 */
export function stationsUsed(root: string): Set<string> {
  const out = new Set<string>();
  if (!hasRef(root, 'HEAD')) return out;
  for (const l of git(root, ['log', '--all', '--format=%(trailers:key=Wuye-Station,valueonly)']).split('\n'))
    if (/^[A-Z]$/.test(l.trim())) out.add(l.trim());
  for (const f of git(root, ['ls-files']).split('\n')) {
    const name = f.slice(f.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
    const m =
      /^[A-Z]{1,4}\d{4}-([A-Z])\d{4,6}$/.exec(name) ??
      /^P([A-Z])\d{5}$/.exec(name) ??
      /^YK([A-Z])\d{4,6}$/.exec(name) ??
      /^DC\d{4}-([A-Z])\d{2}$/.exec(name);
    if (m) out.add(m[1]);
  }
  return out;
}

/** One station letter used at two computers whose work interleaves in the history (see stationClashes). */
export interface StationClash {
  station: string;
  /** The two desk tokens (Wuye-Desk trailers), in the order they first appear. */
  desks: [string, string];
  /** A commit of each desk inside the other's span: where the two are seen working at once. */
  commits: [string, string];
}

/**
 * A station code used by two desks at once, from the history (issue 17: "caught by validate"). The evidence is
 * each computer's random desk token (`Wuye-Desk:`, beside `Wuye-Station:` on every commit): operators are no
 * evidence (several clerks share a desk, one clerk moves between desks), nor is git's author or a host name (the
 * same on every machine set up from one image), and two histories that diverged leave no trace once sync has put
 * one after the other. Two tokens under one letter are a clash when their commits interleave — a computer
 * replaced by another (the old one's last commit before the new one's first) is not. A clash is settled once
 * one of the two desks has committed under another letter after it.
 */
export function stationClashes(root: string): StationClash[] {
  if (!hasRef(root, 'HEAD')) return [];
  const log = git(root, [
    'log',
    '--topo-order',
    '--reverse',
    '--grep=^Wuye-Desk:',
    '--format=%H%x1f%(trailers:key=Wuye-Station,valueonly,separator=)%x1f%(trailers:key=Wuye-Desk,valueonly,separator=)%x1e',
  ]);
  const commits = log
    .split('\x1e')
    .map((r) => r.trim().split('\x1f'))
    .filter((f) => f.length === 3 && f[1] && f[2])
    .map(([sha, station, desk], i) => ({ i, sha, station: station.trim(), desk: desk.trim() }));
  // per station and desk: its first and last commit under that letter; per desk: its last commit of all
  const spans = new Map<string, Map<string, { first: number; last: number }>>();
  const lastOf = new Map<string, { i: number; station: string }>();
  for (const c of commits) {
    const byDesk = spans.get(c.station) ?? spans.set(c.station, new Map()).get(c.station)!;
    const s = byDesk.get(c.desk);
    if (s) s.last = c.i;
    else byDesk.set(c.desk, { first: c.i, last: c.i });
    lastOf.set(c.desk, { i: c.i, station: c.station });
  }
  const movedOn = (desk: string, station: string, after: number) => {
    const l = lastOf.get(desk)!;
    return l.station !== station && l.i > after;
  };
  const out: StationClash[] = [];
  for (const [station, byDesk] of spans) {
    const desks = [...byDesk.entries()].sort((a, b) => a[1].first - b[1].first);
    for (let x = 0; x < desks.length; x++)
      for (let y = x + 1; y < desks.length; y++) {
        const [d1, s1] = desks[x];
        const [d2, s2] = desks[y];
        if (s2.first > s1.last) continue; // one after the other: a computer replaced
        const end = Math.min(s1.last, s2.last);
        if (movedOn(d1, station, end) || movedOn(d2, station, end)) continue;
        // d2's first commit falls inside d1's span; d1's next commit after it shows both at work
        const back = commits.find((c) => c.i > s2.first && c.desk === d1 && c.station === station)!;
        out.push({ station, desks: [d1, d2], commits: [commits[s2.first].sha, back.sha] });
      }
  }
  return out;
}

/** The clashes as validation problems, on this desk's settings file (where the letter is changed). */
export function stationProblems(root: string): Problem[] {
  const here = loadLocal(root).desk;
  const who = (d: string) => (d === here ? `${d}（本机/this desk）` : d);
  return stationClashes(root).map((c) =>
    fileProblem(
      '.wuye/local.yaml',
      'station-clash',
      msg(
        `站点代码 ${c.station} 被两台电脑同时使用（Wuye-Desk ${who(c.desks[0])} 与 ${who(c.desks[1])}，交错的提交 ${c.commits[0].slice(0, 7)}、${c.commits[1].slice(0, 7)}）：两边分配的编号会重复`,
        `station ${c.station} is used at two computers at once (Wuye-Desk ${who(c.desks[0])} and ${who(c.desks[1])}, interleaved commits ${c.commits[0].slice(0, 7)}, ${c.commits[1].slice(0, 7)}): both allocate the same ids`,
      ),
      msg(
        `其中一台在自己的 .wuye/local.yaml 改用另一个未用的字母（station: 字母），做下一件工作后 wuye sync；查看：git log --grep="Wuye-Desk: ${c.desks[1]}"`,
        `at one of them put another unused letter into its .wuye/local.yaml (station: LETTER), then wuye sync after its next piece of work; see: git log --grep="Wuye-Desk: ${c.desks[1]}"`,
      ),
    ),
  );
}
