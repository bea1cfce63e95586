// The store's safety promises (records.md "Writes are safe"): atomic writes
// leave the old or the new file, the lock serialises writers and is taken over
// from a killed holder, a held lock ends in a conflict naming its holder, and
// Tx.edit keeps what a person wrote (comments, key order).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../src/core/errors.js';
import { renameTemp, writeFileAtomic, writeTemp } from '../../src/core/fsx.js';
import { acquireLock } from '../../src/core/lock.js';
import { commitPaths } from '../../src/core/git.js';
import { applyTx, Store, Tx } from '../../src/core/store.js';
import { setIn } from '../../src/core/yamlio.js';
import { git, newRoot, PROJECT, tmp } from '../helpers/cli.js';

const FIX = join(PROJECT, 'tests', 'reliability', 'fixtures');
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = tmp();
    const f = join(dir, 'a.yaml');
    writeFileAtomic(f, 'old\n');
    writeFileAtomic(f, 'new\n');
    expect(readFileSync(f, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('a writer killed mid-write (file size limit: SIGXFSZ) leaves the old content', () => {
    const dir = tmp();
    const f = join(dir, 'a.yaml');
    writeFileAtomic(f, 'A'.repeat(1000));
    // 2 MB against a 1 KB-block limit of 64 blocks: the write dies half-way.
    const r = spawnSync('bash', [
      '-c',
      `ulimit -f 64; exec "${process.execPath}" "${join(FIX, 'write-big.mjs')}" "${f}" B 2000000 once`,
    ]);
    expect(r.status).not.toBe(0);
    expect(readFileSync(f, 'utf8')).toBe('A'.repeat(1000));
  });

  it('killed at random moments, the file is always the old or the new content, whole', async () => {
    const dir = tmp();
    const f = join(dir, 'a.yaml');
    const A = 'A'.repeat(300_000);
    const B = 'B'.repeat(300_000);
    writeFileAtomic(f, A);
    for (let i = 0; i < 12; i++) {
      const child = spawn(process.execPath, [join(FIX, 'write-big.mjs'), f, i % 2 ? 'A' : 'B', '300000']);
      await new Promise((r) => setTimeout(r, 60 + Math.random() * 120));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const now = readFileSync(f, 'utf8');
      expect(now === A || now === B).toBe(true);
    }
  });

  it('a failed rename removes the temporary file and keeps the target', () => {
    const dir = tmp();
    const target = join(dir, 'sub');
    mkdirSync(join(target, 'x'), { recursive: true }); // a non-empty folder cannot be renamed over
    const t = writeTemp(target, 'new');
    expect(() => renameTemp(t, target)).toThrow();
    expect(existsSync(t)).toBe(false);
    expect(readdirSync(join(target))).toEqual(['x']);
  });
});

describe('the records lock', () => {
  it('a second acquirer waits until the first releases, then gets it', async () => {
    const root = tmp();
    const first = await acquireLock(root, { operator: 'S001', command: 'first' });
    let got = false;
    // The second may wait as long as the test runs: on a loaded machine the 150 ms below can stretch.
    const second = acquireLock(root, { operator: 'S002', command: 'second' }, 50_000).then((l) => {
      got = true;
      return l;
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(got).toBe(false);
    first.release();
    const l2 = await second;
    expect(got).toBe(true);
    expect(JSON.parse(readFileSync(join(root, '.wuye', 'lock'), 'utf8')).operator).toBe('S002');
    l2.release();
    expect(existsSync(join(root, '.wuye', 'lock'))).toBe(false);
  });

  it('takes over at once a lock whose process is dead', async () => {
    const root = tmp();
    mkdirSync(join(root, '.wuye'));
    const pid = deadPid();
    writeFileSync(
      join(root, '.wuye', 'lock'),
      JSON.stringify({
        pid,
        host: (await import('node:os')).hostname(),
        operator: 'S007',
        since: '2026-11-28T01:00:00Z',
      }),
    );
    const l = await acquireLock(root, { operator: 'S001' }, 100);
    expect(JSON.parse(readFileSync(join(root, '.wuye', 'lock'), 'utf8')).pid).toBe(process.pid);
    l.release();
  });

  it('takes over a garbage lock file once it is 2 s old', async () => {
    const root = tmp();
    mkdirSync(join(root, '.wuye'));
    writeFileSync(join(root, '.wuye', 'lock'), '{not json');
    const old = new Date(Date.now() - 10_000);
    utimesSync(join(root, '.wuye', 'lock'), old, old);
    const l = await acquireLock(root, { operator: 'S001' }, 500);
    l.release();
  });

  it('a lock held too long ends in a conflict (exit 4) naming the holder', async () => {
    const root = tmp();
    mkdirSync(join(root, '.wuye'));
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(
        join(root, '.wuye', 'lock'),
        JSON.stringify({
          pid: holder.pid,
          host: (await import('node:os')).hostname(),
          operator: 'S009',
          command: 'wuye fee pay 1-2-0801',
          since: '2026-11-28T01:00:00Z',
        }),
      );
      const e = await acquireLock(root, { operator: 'S001' }, 300).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(ConflictError);
      expect((e as ConflictError).exitCode).toBe(4);
      expect((e as ConflictError).text.en).toContain('S009');
      expect((e as ConflictError).text.en).toContain(`pid ${holder.pid}`);
      expect((e as ConflictError).text.en).toContain('wuye fee pay 1-2-0801');
      expect(existsSync(join(root, '.wuye', 'lock'))).toBe(true); // a live holder's lock is never removed
    } finally {
      holder.kill();
    }
  });

  it('8 processes racing for a stale lock never hold it at the same time', async () => {
    const root = tmp();
    mkdirSync(join(root, '.wuye'));
    writeFileSync(
      join(root, '.wuye', 'lock'),
      JSON.stringify({ pid: deadPid(), host: (await import('node:os')).hostname(), since: 'x' }),
    );
    const log = join(root, 'log.txt');
    writeFileSync(log, '');
    const kids = Array.from({ length: 8 }, () =>
      spawn(process.execPath, [join(FIX, 'lock-worker.mjs'), root, log, '30'], { stdio: 'inherit' }),
    );
    const codes = await Promise.all(kids.map((k) => new Promise<number | null>((r) => k.on('exit', r))));
    expect(codes).toEqual(Array(8).fill(0));
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(16);
    for (let i = 0; i < 16; i += 2) {
      const [a, pa] = lines[i].split(' ');
      const [b, pb] = lines[i + 1].split(' ');
      expect([a, b]).toEqual(['enter', 'leave']);
      expect(pa).toBe(pb);
    }
  });
});

describe('git', () => {
  it('waits for another git holding .git/index.lock (e.g. the orphaned git of a killed command), then commits', () => {
    const root = newRoot();
    const paths: string[] = [];
    for (let i = 1; i <= 5000; i++) {
      // pathspecs beyond a pipe's buffer: git fails before reading them all (EPIPE)
      const rel = `people/P${String(i).padStart(6, '0')}.yaml`;
      writeFileSync(join(root, rel), `kind: person\nid: P${String(i).padStart(6, '0')}\nname: 人\n`);
      paths.push(rel);
    }
    writeFileSync(join(root, '.git', 'index.lock'), '');
    const remover = spawn('sh', ['-c', `sleep 0.7; rm -f "${join(root, '.git', 'index.lock')}"`]);
    const sha = commitPaths(root, {
      paths,
      message: 'test: many',
      author: { name: 'T', email: 't@e.x' },
      trailers: { 'Wuye-Operator': 'S001' },
      commit: true,
    });
    expect(sha).toBe(git(root, ['rev-parse', 'HEAD']).trim());
    expect(git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n')).toHaveLength(5000);
    remover.kill();
  });

  it('a lasting index.lock ends in a conflict (exit 4) that says what to do', () => {
    const root = newRoot();
    writeFileSync(join(root, 'people', 'P000001.yaml'), 'kind: person\nid: P000001\nname: 甲\n');
    writeFileSync(join(root, '.git', 'index.lock'), '');
    let e: unknown;
    try {
      commitPaths(root, {
        paths: ['people/P000001.yaml'],
        message: 'x',
        author: { name: 'T', email: 't@e.x' },
        trailers: {},
        commit: true,
      });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(ConflictError);
    expect((e as ConflictError).hint?.en).toContain('.git/index.lock');
  }, 30_000);
});

describe('Tx', () => {
  it('edit keeps comments, blank lines and key order; put/create write one commit', () => {
    const root = newRoot();
    const store = new Store(root);
    const text = '# 业主本人要求登记\nkind: person\nid: P000001\nname: 张三 # 户主\n\nnotes: 先前备注\n';
    mkdirSync(join(root, 'people'), { recursive: true });
    writeFileSync(join(root, 'people', 'P000001.yaml'), text);
    git(root, ['add', '.']);
    git(root, ['commit', '-qm', 'hand']);
    const tx = new Tx(store);
    const data = tx.edit('person', 'P000001', (doc) => {
      setIn(doc, ['notes'], '新备注');
      setIn(doc, ['gender'], 'male');
    });
    expect(data).toMatchObject({ notes: '新备注', gender: 'male' });
    applyTx(tx, {
      author: { name: 'T', email: 't@e.x' },
      message: 'person: update P000001',
      trailers: { 'Wuye-Operator': 'S001', 'Wuye-Command': 'wuye person update P000001' },
      commit: true,
      force: false,
      git: true,
    });
    expect(readFileSync(join(root, 'people', 'P000001.yaml'), 'utf8')).toBe(
      '# 业主本人要求登记\nkind: person\nid: P000001\nname: 张三 # 户主\n\nnotes: 新备注\ngender: male\n',
    );
    expect(git(root, ['log', '-1', '--format=%s|%(trailers:key=Wuye-Operator,valueonly)']).trim()).toBe(
      'person: update P000001|S001',
    );
    expect(git(root, ['status', '--porcelain'])).toBe('');
    expect(existsSync(join(root, '.wuye', 'pending.json'))).toBe(false);
  });

  it("a transaction of thousands of files is one commit of exactly those files; a user's staged file stays staged", () => {
    const root = newRoot();
    writeFileSync(join(root, 'draft.txt'), '草稿\n');
    git(root, ['add', 'draft.txt']);
    const tx = new Tx(new Store(root));
    for (let i = 1; i <= 2500; i++) {
      const id = `P${String(i).padStart(6, '0')}`;
      tx.create('person', id, { kind: 'person', id, name: `人${i}` });
    }
    const sha = applyTx(tx, {
      author: { name: 'T', email: 't@e.x' },
      message: 'unit: import many',
      trailers: { 'Wuye-Operator': 'S001', 'Wuye-Command': 'wuye unit import x.csv' },
      commit: true,
      force: false,
      git: true,
    });
    expect(sha).toBe(git(root, ['rev-parse', 'HEAD']).trim());
    const files = git(root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n');
    expect(files).toHaveLength(2500);
    expect(files.every((f) => /^people\/P\d{6}\.yaml$/.test(f))).toBe(true);
    expect(git(root, ['status', '--porcelain'])).toBe('A  draft.txt\n');
  });

  it('an invalid write is refused before anything touches the disk', () => {
    const root = newRoot();
    const tx = new Tx(new Store(root));
    tx.create('person', 'P000001', { kind: 'person', id: 'P000001', name: '甲' });
    tx.create('person', 'P000002', { kind: 'person', id: 'P000002', name: '乙', phones: ['123'] });
    expect(() =>
      applyTx(tx, {
        author: { name: 'T', email: 't@e.x' },
        message: 'x',
        trailers: {},
        commit: true,
        force: false,
        git: true,
      }),
    ).toThrow(/P000002/);
    expect(existsSync(join(root, 'people', 'P000001.yaml'))).toBe(false);
    expect(readdirSync(join(root, 'people')).filter((n) => n !== '.gitkeep')).toEqual([]);
  });
});
