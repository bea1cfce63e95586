// Helpers of the reliability tests (quality.md "Reliability"): the real CLI
// spawned so that it can be killed, and the on-disk checks made after a kill.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeRecord, parseRecordText } from '../../src/core/yamlio.js';
import { BIN } from '../helpers/cli.js';

export const ENV = { CI: 'true', WUYE_NOW: '2026-11-28T09:30:00+08:00', WUYE_LANG: 'zh', LANG: 'C' };

/** The real CLI as a child we can kill; `done` resolves with its exit code (null when killed). */
export function spawnWuye(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<number | null>; out: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, ...ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr!.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const done = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, done, out: () => out };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file under the root except .git and .wuye, relative. */
export function allFiles(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (!rel && (e.name === '.git' || e.name === '.wuye')) continue;
    if (e.isDirectory()) out.push(...allFiles(root, p));
    else out.push(p);
  }
  return out;
}

export const isTemp = (p: string) => p.slice(p.lastIndexOf('/') + 1).startsWith('.') && p.endsWith('.tmp');

/** Every record file (not a temporary one) decodes and parses to a mapping: no half-written or empty file. Returns the record paths. */
export function assertAllRecordsWhole(root: string): string[] {
  const recs = allFiles(root).filter((p) => p.endsWith('.yaml') && !p.slice(p.lastIndexOf('/') + 1).startsWith('.'));
  for (const p of recs) {
    const data = parseRecordText(decodeRecord(readFileSync(join(root, p)), p), p);
    if (!data || typeof data !== 'object') throw new Error(`${p} is not a whole record`);
  }
  return recs;
}
