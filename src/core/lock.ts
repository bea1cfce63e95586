// The lock on a records root (records.md "Writes are safe"): one writing
// command at a time on one machine, so two cashiers' payments never interleave.
// A lock left by a killed process (its pid is gone) is taken over at once.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ConflictError } from './errors.js';
import { msg } from './i18n.js';

export interface LockInfo { pid: number; host: string; operator?: string; command?: string; since: string }

export interface Lock { release(): void }

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function acquireLock(root: string, who: { operator?: string; command?: string }, waitMs = 15_000): Promise<Lock> {
  const dir = join(root, '.wuye');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'lock');
  const info: LockInfo = { pid: process.pid, host: hostname(), ...who, since: new Date().toISOString() };
  const started = Date.now();
  let delay = 5;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      const release = () => { if (!released) { released = true; try { unlinkSync(file); } catch { /* gone */ } } };
      process.once('exit', release);
      return { release: () => { process.removeListener('exit', release); release(); } };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder: LockInfo | undefined;
    try { holder = JSON.parse(readFileSync(file, 'utf8')) as LockInfo; } catch { holder = undefined; }
    if (holder && holder.host === hostname() && !alive(holder.pid)) {
      // Stale: the holder was killed. Remove it and try again.
      try { unlinkSync(file); } catch { /* someone else took it over */ }
      continue;
    }
    if (!holder) {
      // Being written right now, or garbage: give it a moment, then treat garbage as stale.
      if (Date.now() - started > 2000) { try { unlinkSync(file); } catch { /* gone */ } continue; }
    }
    if (Date.now() - started > waitMs) {
      const h = holder ?? { pid: 0, host: '?', since: '?' };
      throw new ConflictError(
        msg(`记录库正被另一个命令占用（${h.operator ?? '未知操作员'}，进程 ${h.pid}@${h.host}，自 ${h.since}：${h.command ?? ''}）`,
          `the records are locked by another command (${h.operator ?? 'unknown operator'}, pid ${h.pid}@${h.host}, since ${h.since}: ${h.command ?? ''})`),
        msg(`等它结束后重试；若该进程已不存在，删除 ${file}`, `retry when it has finished; if that process is gone, delete ${file}`));
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 100);
  }
}
