// quality.md "Reliability": writers started at the same moment on one records
// root are serialised by the lock (lock.ts): distinct ids, one commit each,
// no lost update, no lock error. How long the last writer waits is the
// machine's speed, not the lock's correctness: these roots let a writer wait
// the longest lock_wait_seconds allowed (on a loaded 2-core machine the 8th
// writer can wait for seconds), so that only a lock that is never released
// makes a writer give up. Giving up after lock_wait_seconds is a test of its own.
import { describe, expect, it } from 'vitest';
import { git, newRoot as initRoot, read, write, wuye } from '../helpers/cli.js';
import { spawnWuye } from './helpers.js';

/** A new root whose writers wait for the lock as long as wuye.yaml allows (600 s). */
function newRoot(): string {
  const root = initRoot();
  write(root, 'wuye.yaml', read(root, 'wuye.yaml') + 'lock_wait_seconds: 600\n');
  git(root, ['commit', '-qam', 'long lock wait']);
  return root;
}

describe('8 writers at once', () => {
  it('person add ×8: 8 distinct ids, 8 commits of one file each, no lock errors', async () => {
    const root = newRoot();
    const runs = Array.from({ length: 8 }, (_, i) => spawnWuye(root, ['person', 'add', '--name', `并发${i}`]));
    const codes = await Promise.all(runs.map((r) => r.done));
    runs.forEach((r, i) => expect(codes[i], r.out()).toBe(0));
    for (const r of runs) expect(r.out()).not.toMatch(/占用|locked|index\.lock/);
    const ids = runs.map((r) => /已登记人员 (P\d{6})/.exec(r.out())![1]).sort();
    expect(ids).toEqual(['P000001', 'P000002', 'P000003', 'P000004', 'P000005', 'P000006', 'P000007', 'P000008']);
    const shas = git(root, ['log', '--format=%H', '-9']).trim().split('\n');
    expect(git(root, ['log', '-1', '--format=%s', shas[8]]).trim()).toBe('long lock wait'); // exactly 8 commits after it
    for (const sha of shas.slice(0, 8)) {
      const [subject, ...files] = git(root, ['show', '--name-only', '--format=%s', sha])
        .trim()
        .split('\n')
        .filter(Boolean);
      expect(files).toEqual([`people/${subject.slice('person: add '.length)}.yaml`]);
    }
    // Each person got the name its own command gave.
    const names = ids.map((id) => /name: (.*)/.exec(read(root, `people/${id}.yaml`))![1]).sort();
    expect(names).toEqual(Array.from({ length: 8 }, (_, i) => `并发${i}`));
    expect(git(root, ['status', '--porcelain'])).toBe('');
  }, 120_000);

  it('8 updates of the same unit at once: no update is lost', async () => {
    const root = newRoot();
    expect(wuye(root, ['unit', 'add', '1-2-0801', '--type', 'residential', '--area', '89.37']).code).toBe(0);
    for (let i = 1; i <= 8; i++) expect(wuye(root, ['person', 'add', '--name', `业主${i}`]).code).toBe(0);
    const runs = Array.from({ length: 8 }, (_, i) =>
      spawnWuye(root, ['unit', 'update', '1-2-0801', '--add-vehicle', `湘A1000${i + 1}`]),
    );
    const codes = await Promise.all(runs.map((r) => r.done));
    runs.forEach((r, i) => expect(codes[i], r.out()).toBe(0));
    const unit = read(root, 'units/1/1-2-0801.yaml');
    const plates = [...unit.matchAll(/plate: 湘A1000(\d)/g)].map((m) => m[1]).sort();
    expect(plates).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(git(root, ['log', '--format=%s', '-8', '--', 'units/1/1-2-0801.yaml']).trim().split('\n')).toHaveLength(8);
    expect(wuye(root, ['validate']).code).toBe(0);
  }, 120_000);

  it('a lock held too long: the command gives up after lock_wait_seconds with exit 4 naming the holder; nothing written', async () => {
    const { spawn } = await import('node:child_process');
    const { hostname } = await import('node:os');
    const root = initRoot();
    write(root, 'wuye.yaml', read(root, 'wuye.yaml') + 'lock_wait_seconds: 1\n');
    git(root, ['commit', '-qam', 'short lock wait']);
    const holder = spawn('sleep', ['30']);
    const gone = new Promise((r) => holder.once('exit', r));
    try {
      write(
        root,
        '.wuye/lock',
        JSON.stringify({
          pid: holder.pid,
          host: hostname(),
          operator: 'S002',
          command: 'wuye fee bill --period 2026-11',
          since: '2026-11-28T01:00:00.000Z',
        }),
      );
      const r = wuye(root, ['person', 'add', '--name', '张三']);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('S002');
      expect(r.stderr).toContain(`进程 ${holder.pid}`);
      expect(r.stderr).toContain('wuye fee bill --period 2026-11');
      expect(git(root, ['status', '--porcelain'])).toBe('');
      expect(git(root, ['log', '-1', '--format=%s']).trim()).toBe('short lock wait');
    } finally {
      holder.kill();
    }
    // The holder gone (killed and reaped: until then its pid answers, as a zombie), its lock is taken over at once.
    await gone;
    expect(wuye(root, ['person', 'add', '--name', '张三']).code).toBe(0);
  });
});
