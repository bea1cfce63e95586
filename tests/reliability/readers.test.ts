// Issue 12 "Faults" 2 and 3: what a killed command leaves is met by the next command of any kind — a reader
// finishes it first (or says the records are mid-command), validate reports it as its first finding and
// `wuye recover` finishes it; its temporary files never show in git status; a payment killed after its
// commit has its receipt (the original) printed by the cashier's next command.
// The kills land where WUYE_CRASH_AT says (store.ts / context.ts crashPoint), every time.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { git, newRoot, tmp, wuye } from '../helpers/cli.js';
import { allFiles, isTemp, sleep } from './helpers.js';

const root = newRoot({ demo: true });
const head = () => git(root, ['rev-parse', 'HEAD']).trim();
const journal = () => join(root, '.wuye', 'pending.json');
const status = () => git(root, ['status', '--porcelain', '--untracked-files=all']);
/** The bills of a period in every fee account on disk (what a reader would see). */
const billsOf = (period: string) =>
  readdirSync(join(root, 'fees', period.slice(0, 4)))
    .filter((n) => n.endsWith('.yaml'))
    .reduce(
      (n, f) =>
        n + (readFileSync(join(root, 'fees', period.slice(0, 4), f), 'utf8').split(`period: ${period}`).length - 1),
      0,
    );

describe('a billing run killed half way through its renames', () => {
  it('a reader finishes it before reading: the arrears report shows the whole run, never half of it', () => {
    const before = head();
    const r = wuye(root, ['fee', 'bill', '--period', '2026-12', '--as', 'S001'], { WUYE_CRASH_AT: 'renames' });
    expect(r.code).toBe(-1); // killed by SIGKILL
    expect(existsSync(journal())).toBe(true);
    const half = billsOf('2026-12');
    expect(half).toBeGreaterThan(0); // some accounts renamed into place, others still temporary files
    // the temporary files of a write in flight are ignored by git (init's .gitignore: .*.tmp)
    expect(allFiles(root).filter(isTemp).length).toBeGreaterThan(0);
    expect(status()).toMatch(/^ M fees\//m);
    expect(status()).not.toMatch(/\.tmp/);

    const arrears = wuye(root, ['fee', 'arrears']);
    expect(arrears.code, arrears.stderr).toBe(0);
    expect(arrears.stderr).toMatch(/wuye: 警告: 已提交上次中断的命令写下的文件（[0-9a-f]{7}）/);
    expect(existsSync(journal())).toBe(false);
    expect(git(root, ['rev-parse', 'HEAD~1']).trim()).toBe(before);
    expect(git(root, ['log', '-1', '--format=%s'])).toContain('fee: bill');
    expect(billsOf('2026-12')).toBeGreaterThan(half);
    expect(status()).toBe('');
    // the report is the one of the whole run: the same as a fresh read after it
    expect(wuye(root, ['fee', 'arrears']).stdout).toBe(arrears.stdout);
  });

  it('validate reports the interrupted command first, tells to run wuye recover (not to fix by hand); recover finishes it', () => {
    const before = head();
    wuye(root, ['person', 'add', '--name', '中断甲', '--as', 'S001'], { WUYE_CRASH_AT: 'ready' });
    expect(existsSync(journal())).toBe(true);
    const v = wuye(root, ['validate']);
    expect(v.code).toBe(1);
    const first = v.stdout.split('\n')[0];
    expect(first).toContain('.wuye/pending.json');
    expect(first).toContain('错误: 一个命令在写入中途被中断（person: add');
    expect(v.stdout.split('\n')[1]).toContain('运行 wuye recover 完成（或回滚）它');
    expect(head()).toBe(before); // validate reports; it does not recover
    expect(existsSync(journal())).toBe(true);

    const rec = wuye(root, ['recover']);
    expect(rec.code, rec.stderr).toBe(0);
    expect(rec.stdout).toMatch(/已完成被中断的命令：它写下的文件已提交（[0-9a-f]{7}）/);
    expect(existsSync(journal())).toBe(false);
    expect(git(root, ['rev-parse', 'HEAD~1']).trim()).toBe(before);
    expect(status()).toBe('');
    expect(wuye(root, ['validate']).code).toBe(0);
    const again = wuye(root, ['recover', '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ pending: false, commit: null, rolledBack: false });
  });

  it('killed before any rename: recover rolls it back, no temporary file is left', () => {
    const before = head();
    wuye(root, ['person', 'add', '--name', '中断乙', '--as', 'S001'], { WUYE_CRASH_AT: 'temps' });
    expect(existsSync(journal())).toBe(true);
    const rec = wuye(root, ['recover']);
    expect(rec.code, rec.stderr).toBe(0);
    expect(rec.stdout).toContain('已回滚被中断的命令');
    expect(head()).toBe(before);
    expect(allFiles(root).filter(isTemp)).toEqual([]);
    expect(status()).toBe('');
  });

  it('a reader that cannot take the lock says the records are mid-command, and reads nothing', async () => {
    const config = readFileSync(join(root, 'wuye.yaml'), 'utf8');
    writeFileSync(join(root, 'wuye.yaml'), config.replace(/^lock_wait_seconds: \d+/m, 'lock_wait_seconds: 1'));
    git(root, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'wait 1 s']);
    wuye(root, ['person', 'add', '--name', '中断丙', '--as', 'S001'], { WUYE_CRASH_AT: 'ready' });
    expect(existsSync(journal())).toBe(true);
    // another process holds the lock (a writer that has not yet finished the killed one's work)
    const log = join(tmp(), 'lock.log');
    writeFileSync(log, '');
    const holder = spawn(
      process.execPath,
      [join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lock-worker.mjs'), root, log, '120000'],
      { stdio: 'ignore' },
    );
    const exited = new Promise((r) => holder.on('exit', r));
    try {
      for (let i = 0; i < 600 && !readFileSync(log, 'utf8').includes('enter'); i++) await sleep(50);
      expect(readFileSync(log, 'utf8')).toContain('enter');
      const r = wuye(root, ['person', 'list']);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('wuye: 记录正处于另一个命令的写入中途，现在读取会看到半完成的结果');
      expect(r.stdout).toBe('');
    } finally {
      holder.kill('SIGKILL');
      await exited;
    }
    // the holder gone, the next reader finishes the killed command
    const r = wuye(root, ['person', 'list']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('中断丙');
    expect(existsSync(journal())).toBe(false);
  });
});

describe('a payment killed after its commit, before its receipt was printed', () => {
  it("the cashier's next command prints the original receipt (not a reprint); another operator's is only told", () => {
    const out = tmp();
    const before = head();
    const pay = wuye(
      root,
      ['fee', 'pay', '1-1-0101', '--amount', '50.00', '--method', 'cash', '--as', 'S005', '--out', out],
      { WUYE_CRASH_AT: 'owed' },
    );
    expect(pay.code).toBe(-1);
    expect(git(root, ['rev-parse', 'HEAD~1']).trim()).toBe(before); // the payment is committed
    const receipt = /receipt (\d{7})/.exec(git(root, ['log', '-1', '--format=%s']))![1];
    expect(readdirSync(out)).toEqual([]); // and nothing was handed over

    // someone else's command: told, not printed
    const other = wuye(root, ['person', 'list', '--as', 'S001']);
    expect(other.code, other.stderr).toBe(0);
    expect(other.stderr).toContain(`S005 的命令（2026-11-28T09:30:00+08:00）被中断，尚未打印收据 ${receipt}`);
    expect(readdirSync(out)).toEqual([]);

    // the cashier's next command, whatever it is, prints the original
    const next = wuye(root, ['unit', 'show', '1-2-0101', '--as', 'S005']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain(
      `wuye: 上次收款（收据 ${receipt}，1-1-0101，¥50.00）已提交，但命令在打印收据前被中断：已打印收据原件 ${join(out, `${receipt}-receipt.pdf`)}，请交给交款人`,
    );
    expect(readdirSync(out)).toEqual([`${receipt}-receipt.pdf`]);
    expect(
      readFileSync(join(out, `${receipt}-receipt.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // once: the command after prints nothing more, and nothing is committed by printing
    const after = wuye(root, ['unit', 'show', '1-2-0101', '--as', 'S005']);
    expect(after.stderr).not.toContain('收据');
    expect(git(root, ['rev-parse', 'HEAD~1']).trim()).toBe(before);
    expect(status()).toBe('');
  });

  it('killed before its commit: no receipt is owed, nothing is printed later', () => {
    const out = tmp();
    const before = head();
    wuye(root, ['fee', 'pay', '1-1-0101', '--amount', '20.00', '--method', 'cash', '--as', 'S005', '--out', out], {
      WUYE_CRASH_AT: 'temps',
    });
    const next = wuye(root, ['unit', 'show', '1-2-0101', '--as', 'S005']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).not.toContain('收据');
    expect(head()).toBe(before);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(join(root, '.wuye', 'owed')).filter((n) => n.endsWith('.json'))).toEqual([]);
  });
});
