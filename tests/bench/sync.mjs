// Benchmark row of several desks (issue 17 "Scale"): `wuye sync` at desk B after a day's work — its own commits on
// top of what it fetched in the morning, while desk C pushed its day first — against plain `git pull --rebase &&
// git push` of the same commits from the same state, ≤ 2×. The remote is the benchmark estate (5,000 units); the
// desks' days are real wuye commands (people registered and updated, a desk's mix of small commits). Named by the
// system manifest (bench); run.mjs adds these ROWS. e.g. npm run bench -- --only desks-sync --reps 7
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ENV, timed } from './node.mjs';

// commands in a desk's day (each one commit); a smoke run (npm run bench -- --smoke) only checks the row runs
const DAY = process.argv.includes('--smoke') ? 4 : 24;

function git(dir, args) {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: ENV });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

const wuye = (dir, args) => timed([BIN, '--records', dir, ...args]);

/** A desk's day: half new people, half updates of people already there (different ones at each desk). */
function day(dir, desk, people) {
  for (let i = 0; i < DAY; i++) {
    if (i % 2)
      wuye(dir, [
        'person',
        'add',
        '--name',
        `${desk}窗口登记${i}`,
        '--phone',
        `1390000${desk === 'B' ? 1 : 2}${String(i).padStart(3, '0')}`,
      ]);
    else wuye(dir, ['person', 'update', people[i], '--notes', `${desk} 窗口核对 ${i}`]);
  }
}

/** The remote with C's day on it, desk B with its own day on the morning's state: as before every repetition. */
function reset(s) {
  git(s.remote, ['update-ref', `refs/heads/${s.branch}`, s.cTip]);
  rmSync(join(s.b, '.git', 'rebase-merge'), { recursive: true, force: true });
  git(s.b, ['reset', '--quiet', '--hard', s.bTip]);
  git(s.b, ['update-ref', `refs/remotes/origin/${s.branch}`, s.base]);
}

/** Rows for tests/bench/run.mjs. */
export const ROWS = [
  {
    name: 'desks-sync',
    work: `wuye sync after a desk's day (${DAY} commits; another desk pushed ${DAY} first)`,
    target: { max: 2 },
    ready: (env) => {
      const dir = join(env.work, 'desks');
      const remote = join(dir, 'estate.git');
      git(env.work, ['clone', '--quiet', '--bare', env.estate, remote]);
      for (const [d, station, op] of [
        ['b', 'B', 'S003'],
        ['c', 'C', 'S004'],
      ])
        timed([BIN, 'clone', remote, join(dir, d), '--station', station, '--operator', op], { cwd: env.work });
      const b = join(dir, 'b');
      const c = join(dir, 'c');
      const people = git(b, ['ls-files', 'people'])
        .split('\n')
        .map((f) => f.slice(f.lastIndexOf('/') + 1, -5));
      day(c, 'C', people.slice(0, DAY));
      day(b, 'B', people.slice(DAY, 2 * DAY));
      const branch = git(b, ['symbolic-ref', '--short', 'HEAD']);
      git(c, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
      env.desks = {
        remote,
        b,
        branch,
        base: git(b, ['rev-parse', `origin/${branch}`]),
        bTip: git(b, ['rev-parse', 'HEAD']),
        cTip: git(c, ['rev-parse', 'HEAD']),
      };
      return undefined;
    },
    baseline: (env) => {
      const s = env.desks;
      reset(s);
      const t0 = performance.now();
      git(s.b, ['pull', '--quiet', '--rebase', 'origin', s.branch]);
      git(s.b, ['push', '--quiet', 'origin', `HEAD:refs/heads/${s.branch}`]);
      return (performance.now() - t0) / 1000;
    },
    run: (env) => {
      const s = env.desks;
      reset(s);
      const r = wuye(s.b, ['sync']);
      if (!/推送 \d+ 个提交/.test(r.stdout)) throw new Error(`wuye sync did not push: ${r.stdout}`);
      return r.secs;
    },
  },
];
