// The lock on a records root (records.md "Writes are safe"): one writing
// command at a time on one machine, so two cashiers' payments never interleave.
// A lock left by a killed process (its pid is gone) is taken over at once.
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ConflictError } from './errors.js';
import { msg } from './i18n.js';

export interface LockInfo {
  pid: number;
  host: string;
  operator?: string;
  command?: string;
  since: string;
}

export interface Lock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fileAge(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

const sameHolder = (a: LockInfo | undefined, b: LockInfo | undefined) =>
  a === undefined ? b === undefined : b !== undefined && a.pid === b.pid && a.host === b.host && a.since === b.since;

/**
 * Remove a stale lock file if it still holds the holder we judged stale.
 * A second file (lock.break, taken with O_EXCL) makes the re-check and the
 * removal one step; a breaker left by a killed process is dropped after 5 s.
 */
function breakStale(file: string, seen: LockInfo | undefined): boolean {
  const breaker = `${file}.break`;
  let fd: number;
  try {
    fd = openSync(breaker, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    try {
      if (Date.now() - statSync(breaker).mtimeMs > 5000) unlinkSync(breaker);
    } catch {
      /* gone */
    }
    return false;
  }
  try {
    let now: LockInfo | undefined;
    try {
      now = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true; // released meanwhile
      now = undefined;
    }
    if (!sameHolder(seen, now)) return true; // changed hands meanwhile: look again
    try {
      unlinkSync(file);
    } catch {
      /* gone */
    }
    return true;
  } finally {
    closeSync(fd);
    try {
      unlinkSync(breaker);
    } catch {
      /* gone */
    }
  }
}

export async function acquireLock(
  root: string,
  who: { operator?: string; command?: string },
  waitMs = 15_000,
): Promise<Lock> {
  const dir = join(root, '.wuye');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'lock');
  const info: LockInfo = { pid: process.pid, host: hostname(), ...who, since: new Date().toISOString() };
  const started = Date.now();
  let delay = 5;
  for (;;) {
    try {
      // Create the lock with its content in one step (hard link of a written
      // file fails with EEXIST if the lock exists): never an empty lock file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(info));
      try {
        linkSync(tmp, file);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw e;
        // A file system without hard links: exclusive create, then write.
        const fd = openSync(file, 'wx', 0o644);
        try {
          writeSync(fd, JSON.stringify(info));
        } finally {
          closeSync(fd);
        }
      } finally {
        unlinkSync(tmp);
      }
      let released = false;
      const release = () => {
        if (!released) {
          released = true;
          try {
            unlinkSync(file);
          } catch {
            /* gone */
          }
        }
      };
      process.once('exit', release);
      return {
        release: () => {
          process.removeListener('exit', release);
          release();
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder: LockInfo | undefined;
    try {
      holder = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // released just now
      holder = undefined;
    }
    const stale = holder ? holder.host === hostname() && !alive(holder.pid) : fileAge(file) > 2000;
    // Stale: the holder was killed (or the file is garbage, 2 s old). Remove it
    // and try again — but only under the breaker, so that two waiters that both
    // saw the dead holder cannot remove each other's fresh lock.
    if (stale && breakStale(file, holder)) continue;
    if (Date.now() - started > waitMs) {
      const h = holder ?? { pid: 0, host: '?', since: '?' };
      throw new ConflictError(
        msg(
          `记录库正被另一个命令占用（${h.operator ?? '未知操作员'}，进程 ${h.pid}@${h.host}，自 ${h.since}：${h.command ?? ''}）`,
          `the records are locked by another command (${h.operator ?? 'unknown operator'}, pid ${h.pid}@${h.host}, since ${h.since}: ${h.command ?? ''})`,
        ),
        msg(
          `等它结束后重试；若该进程已不存在，删除 ${file}`,
          `retry when it has finished; if that process is gone, delete ${file}`,
        ),
      );
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 100);
  }
}
