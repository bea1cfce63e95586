// quality.md "Reliability": a writing command killed with SIGKILL at random
// moments leaves no half-written or empty file; after the next command (which
// finishes or rolls back the killed one's transaction, store.ts recoverPending)
// `validate` is clean; re-running finishes the work with nothing done twice.
// The command is `wuye unit import` of 160 units with their buyers (320 files,
// one transaction), and `wuye person add` (one file) for id allocation.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverPending } from '../../src/core/store.js';
import { git, nationalId, newRoot, tmp, wuye } from '../helpers/cli.js';
import { allFiles, assertAllRecordsWhole, isTemp, sleep, spawnWuye } from './helpers.js';

const UNITS = 160;

function unitCsv(): string {
  const rows = ['楼栋,单元,房号,建筑面积,业主姓名,身份证号,手机'];
  let n = 0;
  for (let b = 1; b <= 1; b++)
    for (let f = 1; f <= 20; f++)
      for (let r = 1; r <= 8; r++) {
        n++;
        const room = `${String(f).padStart(2, '0')}${String(r).padStart(2, '0')}`;
        rows.push(
          `${b},1,${b}-1-${room},89.37,业主${n},${nationalId(`1101011990${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`)},138${String(n).padStart(8, '0')}`,
        );
      }
  return rows.join('\n') + '\n';
}

const counts = (root: string) => {
  const recs = allFiles(root).filter((p) => p.endsWith('.yaml') && !isTemp(p));
  return {
    units: recs.filter((p) => p.startsWith('units/')).length,
    people: recs.filter((p) => p.startsWith('people/')).length,
  };
};

/** Uncommitted record files (the work of a killed command not yet finished). */
const uncommitted = (root: string) =>
  git(root, ['status', '--porcelain', '--untracked-files=all', '--', 'units', 'people'])
    .split('\n')
    .filter((l) => l && !isTemp(l.slice(3)));

describe('SIGKILL at random moments', () => {
  it('unit import: every file whole, each transaction all or nothing, validate clean, re-run finishes once', async () => {
    const csvDir = tmp();
    const csv = join(csvDir, '房屋清单.csv');
    writeFileSync(csv, unitCsv());
    // How long one import takes on this machine now, warm (the first run also fills the schema and config
    // caches): kill moments are spread over it.
    let full = 0;
    for (let i = 0; i < 2; i++) {
      const probe = newRoot();
      const t0 = Date.now();
      expect(wuye(probe, ['unit', 'import', csv]).code).toBe(0);
      full = Date.now() - t0;
    }

    const root = newRoot();
    const base = git(root, ['rev-parse', 'HEAD']).trim();
    let killed = 0;
    let finished = 0;
    const phases: Record<string, number> = { before: 0, writing: 0, ready: 0 };
    // 20 kills, or 40 tries on a machine where the import often finishes first
    for (let i = 0; i < 40 && killed < 20; i++) {
      const run = spawnWuye(root, ['unit', 'import', csv]);
      await sleep(Math.random() * full);
      run.child.kill('SIGKILL');
      const code = await run.done;
      if (code === null) killed++;
      else {
        expect(code, run.out()).toBe(0);
        finished++;
      }
      // Right after the kill: no half-written or empty record, temporary files are not records.
      assertAllRecordsWhole(root);
      const journal = join(root, '.wuye', 'pending.json');
      if (code === null)
        phases[
          existsSync(journal) ? (JSON.parse(readFileSync(journal, 'utf8')) as { state: string }).state : 'before'
        ]++;
      // What the next command does first, under the lock: finish or roll back the killed transaction.
      recoverPending(root);
      expect(allFiles(root).filter(isTemp)).toEqual([]);
      const c = counts(root);
      expect([0, UNITS]).toContain(c.units); // all or nothing
      expect(c.people).toBe(c.units);
      expect(uncommitted(root)).toEqual([]);
      const v = wuye(root, ['validate']);
      expect(v.code, v.stdout + v.stderr).toBe(0);
      // Finished (or rolled forward): start again from scratch, so that later kills hit real work.
      if (c.units === UNITS) {
        git(root, ['reset', '-q', '--hard', base]);
      }
    }
    expect(killed).toBeGreaterThan(8);
    expect(phases.writing + phases.ready).toBeGreaterThan(0); // some kills landed inside the transaction
    // Killed one last time, then re-run to the end: the work is done once.
    const last = spawnWuye(root, ['unit', 'import', csv]);
    await sleep(full * 0.6);
    last.child.kill('SIGKILL');
    await last.done;
    const r = wuye(root, ['unit', 'import', csv]);
    expect(r.code, r.stderr).toBe(0);
    expect(counts(root)).toEqual({ units: UNITS, people: UNITS });
    const added = git(root, ['log', '--diff-filter=A', '--name-only', '--format=', '--', 'units', 'people'])
      .split('\n')
      .filter((p) => p.endsWith('.yaml'));
    expect(added).toHaveLength(2 * UNITS);
    expect(new Set(added).size).toBe(2 * UNITS); // no file created twice
    const head = git(root, ['rev-parse', 'HEAD']).trim();
    expect(wuye(root, ['unit', 'import', csv]).code).toBe(0); // a third run changes nothing
    expect(git(root, ['rev-parse', 'HEAD']).trim()).toBe(head);
    expect(git(root, ['status', '--porcelain'])).toBe('');
    expect(wuye(root, ['validate']).code).toBe(0);
    console.log(
      `unit import crash test: ${killed} killed (${JSON.stringify(phases)}), ${finished} finished before the kill, one import ${full} ms`,
    );
  }, 180_000);

  it('person add: killed at random, ids are allocated once and never reused; the next command commits what was written', async () => {
    const root = newRoot();
    const names: string[] = [];
    const t0 = Date.now();
    expect(wuye(root, ['person', 'add', '--name', '基准']).code).toBe(0);
    const full = Date.now() - t0;
    for (let i = 0; i < 20; i++) {
      const name = `住户${i}`;
      names.push(name);
      const run = spawnWuye(root, ['person', 'add', '--name', name]);
      await sleep(Math.random() * full * 1.2);
      run.child.kill('SIGKILL');
      await run.done;
      assertAllRecordsWhole(root);
    }
    // The next command finishes any killed one's work; each name was added at most once.
    expect(wuye(root, ['person', 'add', '--name', '收尾']).code).toBe(0);
    expect(uncommitted(root)).toEqual([]);
    expect(allFiles(root).filter(isTemp)).toEqual([]);
    // Re-run those that did not happen: every name exactly once, ids P000001.. without gaps.
    const present = () =>
      new Map(
        allFiles(root)
          .filter((p) => p.startsWith('people/P') && p.endsWith('.yaml'))
          .map((p) => [/name: (.*)/.exec(git(root, ['show', `HEAD:${p}`]))![1], p]),
      );
    let have = present();
    for (const n of names) if (!have.has(n)) expect(wuye(root, ['person', 'add', '--name', n]).code).toBe(0);
    have = present();
    const ids = [...have.values()].map((p) => p.slice('people/'.length, -5)).sort();
    expect(ids).toHaveLength(names.length + 2);
    expect(ids).toEqual(ids.map((_, i) => `P${String(i + 1).padStart(6, '0')}`));
    const added = git(root, ['log', '--diff-filter=A', '--name-only', '--format=', '--', 'people'])
      .split('\n')
      .filter((p) => p.endsWith('.yaml'));
    expect(added.sort()).toEqual(ids.map((id) => `people/${id}.yaml`));
    expect(wuye(root, ['validate']).code).toBe(0);
  }, 180_000);
});

describe('crash at each point of a transaction (WUYE_CRASH_AT)', () => {
  const csvDir = tmp();
  const csv = join(csvDir, 'units.csv');
  mkdirSync(csvDir, { recursive: true });
  writeFileSync(csv, unitCsv());

  // temps: half the temporary files written → rolled back; ready/renames/commit → rolled forward.
  for (const [point, landed] of [
    ['temps', false],
    ['ready', true],
    ['renames', true],
    ['commit', true],
  ] as const) {
    it(`killed at "${point}": the next command ${landed ? 'finishes' : 'rolls back'} the whole import`, async () => {
      const root = newRoot();
      const run = spawnWuye(root, ['unit', 'import', csv], { WUYE_CRASH_AT: point });
      expect(await run.done).toBe(null); // killed by SIGKILL
      assertAllRecordsWhole(root);
      if (point === 'renames') {
        const c = counts(root);
        expect(c.units + c.people).toBe(UNITS);
      } // half in place until the next command
      // The next writing command, through the CLI: recovery first.
      const next = wuye(root, ['person', 'add', '--name', '下一位']);
      expect(next.code, next.stderr).toBe(0);
      if (landed && point !== 'commit') expect(next.stderr).toContain('已提交上次中断的命令写下的文件');
      expect(allFiles(root).filter(isTemp)).toEqual([]);
      expect(uncommitted(root)).toEqual([]);
      expect(counts(root)).toEqual(landed ? { units: UNITS, people: UNITS + 1 } : { units: 0, people: 1 });
      const subjects = git(root, ['log', '--format=%s']).trim().split('\n');
      expect(subjects.filter((s) => s.startsWith('unit: import'))).toHaveLength(landed ? 1 : 0);
      expect(wuye(root, ['validate']).code).toBe(0);
      // Re-running the import: finishes (temps) or changes nothing.
      expect(wuye(root, ['unit', 'import', csv]).code).toBe(0);
      expect(counts(root).units).toBe(UNITS);
      expect(
        git(root, ['log', '--format=%s'])
          .trim()
          .split('\n')
          .filter((s) => s.startsWith('unit: import')),
      ).toHaveLength(1);
    }, 120_000);
  }
});
