// Issue 12 "Faults": what drills broke — a stale .git/index.lock, a dry run after a crash, a no-op
// update, the machine refusing (disk full, read-only), options given twice, the debug log. Each through
// the real CLI in a throwaway records root, with what must (not) be written checked on disk.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDebugLog } from '../../src/cli/debug-log.js';
import { EnvironmentError, fromSystemError } from '../../src/core/errors.js';
import { errLine, git, newRoot, tmp, wuye } from '../helpers/cli.js';

const head = (root: string) => git(root, ['rev-parse', 'HEAD']).trim();
const journal = (root: string) => join(root, '.wuye', 'pending.json');

describe('a killed commit leaves .git/index.lock', () => {
  it('the next command removes it when provably stale (a journal pending, no git alive) and commits the work', () => {
    const root = newRoot();
    // Killed after the records were renamed into place, before git ran: the journal says "ready".
    wuye(root, ['person', 'add', '--name', '甲'], { WUYE_CRASH_AT: 'ready' });
    expect(existsSync(journal(root))).toBe(true);
    writeFileSync(join(root, '.git', 'index.lock'), ''); // the killed git's lock
    // Were the lock not seen as stale, git would wait for it and the command end with exit 4.
    const r = wuye(root, ['person', 'add', '--name', '乙']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(root, '.git', 'index.lock'))).toBe(false);
    expect(existsSync(journal(root))).toBe(false);
    expect(git(root, ['status', '--porcelain'])).toBe('');
    const log = git(root, ['log', '--format=%s']);
    expect(log).toMatch(/\(recovered\)/);
  });

  it('without a pending journal the lock is not ours: exit 4, saying how to check for a running git', () => {
    const root = newRoot();
    writeFileSync(join(root, '.git', 'index.lock'), '');
    const before = head(root);
    const r = wuye(root, ['person', 'add', '--name', '丙'], { WUYE_INDEX_LOCK_WAIT_MS: '300' });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('.git/index.lock');
    expect(r.stderr).toContain('ps -ef | grep git');
    expect(head(root)).toBe(before);
  });
});

describe('--dry-run after a crash', () => {
  it('writes nothing, recovery included, and says a recovery is pending', () => {
    const root = newRoot();
    wuye(root, ['person', 'add', '--name', '丁'], { WUYE_CRASH_AT: 'ready' });
    expect(existsSync(journal(root))).toBe(true);
    const before = head(root);
    const status = git(root, ['status', '--porcelain']);
    const r = wuye(root, ['person', 'add', '--name', '戊', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('试运行');
    expect(r.stderr).toContain('中断');
    expect(head(root)).toBe(before);
    expect(existsSync(journal(root))).toBe(true);
    expect(git(root, ['status', '--porcelain'])).toBe(status);
    // The next real command finishes the killed one first.
    expect(wuye(root, ['person', 'add', '--name', '戊']).code).toBe(0);
    expect(existsSync(journal(root))).toBe(false);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });
});

describe('an update that changes nothing', () => {
  it('is exit 0 "no change", with no commit and no journal left', () => {
    const root = newRoot();
    expect(wuye(root, ['person', 'add', '--name', '己']).code).toBe(0);
    const before = head(root);
    const r = wuye(root, ['person', 'update', 'P000001', '--name', '己']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('没有变化');
    expect(head(root)).toBe(before);
    expect(existsSync(journal(root))).toBe(false);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });
});

describe('an option that takes one value, given twice', () => {
  it('is a usage error naming both values, and nothing is written', () => {
    const root = newRoot();
    const before = head(root);
    for (const args of [
      ['person', 'add', '--name', '庚', '--name', '辛'],
      ['person', 'add', '--name=庚', '--name', '辛'],
      ['--as', 'S001', 'person', 'add', '--name', '庚', '--as', 'S001'],
    ]) {
      const r = wuye(root, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(errLine(r)).toMatch(/给了两次/);
    }
    expect(head(root)).toBe(before);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });
});

describe('the machine refusing', () => {
  it('errno codes become their own errors (exit 4), never an internal error', () => {
    for (const code of ['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT']) {
      const e = Object.assign(new Error(code), { code, path: '/x/units/1/1-1-0101.yaml' });
      const mapped = fromSystemError(e);
      expect(mapped, code).toBeInstanceOf(EnvironmentError);
      expect(mapped!.exitCode).toBe(4);
      expect(mapped!.text.zh).toContain('/x/units/1/1-1-0101.yaml');
    }
    expect(fromSystemError(new Error('s.startsWith is not a function'))).toBeUndefined();
  });

  it('git failing for a full disk is reported as a full disk, not as another git holding the index', () => {
    // A fake git on PATH that fails the way git does when the disk is full.
    const root = newRoot();
    const bin = tmp('wuye-fakegit-');
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\ncase "$1" in add|commit) echo "fatal: Unable to create '$PWD/.git/index.lock': No space left on device" >&2; exit 128;; esac\nexec ${realGit} "$@"\n`,
      { mode: 0o755 },
    );
    const r = wuye(root, ['person', 'add', '--name', '壬'], { PATH: `${bin}:${process.env.PATH}` });
    expect(r.code).toBe(4);
    expect(errLine(r)).toContain('磁盘已满');
    expect(r.stderr).not.toContain('另一个 git');
  });
});

describe('the debug log', () => {
  it('is created exclusively, mode 0600, in a private folder; a planted link is never followed', () => {
    const state = tmp('wuye-state-');
    const victim = join(tmp('wuye-victim-'), 'target');
    writeFileSync(victim, 'keep me');
    mkdirSync(join(state, 'wuye'), { recursive: true });
    symlinkSync(victim, join(state, 'wuye', `debug-${process.pid}.log`)); // the name a first log would take
    const file = writeDebugLog({ XDG_STATE_HOME: state }, 'stack\n');
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(file).not.toBe(join(state, 'wuye', `debug-${process.pid}.log`));
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('stack\n');
    expect(readdirSync(join(state, 'wuye')).length).toBe(2);
  });
});

describe('--no-commit, then a command that commits the same file', () => {
  it("keeps the first command's trailer in the commit (Wuye-Staged), with its message in the body", () => {
    const root = newRoot();
    expect(wuye(root, ['person', 'add', '--name', '癸', '--no-commit']).code).toBe(0);
    expect(git(root, ['status', '--porcelain'])).toContain('people/P000001.yaml');
    expect(wuye(root, ['--as', 'S001', 'person', 'update', 'P000001', '--notes', '已核对']).code).toBe(0);
    const msg = git(root, ['log', '-1', '--format=%B']);
    expect(msg).toMatch(/^person: update P000001/);
    expect(msg).toContain('Includes what was staged by: person: add P000001');
    expect(msg).toContain("Wuye-Staged: S001 wuye person add --name '癸' --no-commit");
    expect(msg).toMatch(/Wuye-Command: wuye --as S001 person update P000001 --notes/);
    expect(git(root, ['status', '--porcelain'])).toBe('');
    expect(existsSync(join(root, '.wuye', 'staged.json'))).toBe(false);
  });
});
