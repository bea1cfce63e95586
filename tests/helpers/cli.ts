// End-to-end helpers: a throwaway records root made by the real `wuye init`,
// and the real CLI run as a child process (no terminal, CI set, a fixed clock).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(PROJECT, 'bin', 'wuye.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Keys of personal data sealed at rest (wuye init makes this desk's): a throwaway folder, never the user's. */
let keyDir: string | undefined;
export const testKeys = () => (keyDir ??= mkdtempSync(join(tmpdir(), 'wuye-keys-')));

/** What every run of the CLI in a test gets: no terminal prompts (CI), a fixed clock, Chinese. */
export const TEST_ENV = { CI: 'true', WUYE_NOW: '2026-11-28T09:30:00+08:00', WUYE_LANG: 'zh', LANG: 'C' };

const testEnv = (env: Record<string, string>) =>
  ({ ...process.env, ...TEST_ENV, WUYE_KEY_DIR: testKeys(), ...env }) as Record<string, string>;

/** The CLI as a user's shell runs it: `node bin/wuye.js …`, a process of its own (its start is tested too). */
export function wuyeProcess(cwd: string, args: string[], env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: testEnv(env), input: '' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let realProcesses = process.env.WUYE_TEST_SPAWN === '1';
/**
 * This test file runs every command as a child process of its own (`node bin/wuye.js …`), as a user's shell does,
 * instead of the CLI's entry loaded once in a thread: for files whose commands end the process, or that change
 * what a command reads once per process (keys, wuye.yaml's personal.encrypt). WUYE_TEST_SPAWN=1 does it for all.
 */
export function spawnEachCommand(): void {
  realProcesses = true;
}

let worker: Worker | undefined;

/**
 * The CLI run on a command line: its exit code, stdout and stderr. The compiled CLI's entry (dist/cli/main.js, what
 * bin/wuye.js runs) loaded once per test file in a thread and called with the line's environment and folder — a
 * process start per command was most of `npm test`'s time; the program's own start keeps its tests
 * (tests/cli/commands.test.ts) and crash stages always run as processes (WUYE_CRASH_AT kills its process).
 */
export function wuye(cwd: string, args: string[], env: Record<string, string> = {}): RunResult {
  const all = testEnv(env);
  if (realProcesses || all.WUYE_CRASH_AT) return wuyeProcess(cwd, args, env);
  if (!worker) {
    worker = new Worker(new URL('./cli-worker.mjs', import.meta.url), { env: { ...all, WUYE_PROJECT_DIR: PROJECT } });
    worker.unref();
  }
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ args, cwd, env: all, port: port2, flag }, [port2]);
  if (Atomics.wait(flag, 0, 0, 600_000) === 'timed-out') throw new Error(`wuye ${args.join(' ')}: no answer in 600 s`);
  const m = receiveMessageOnPort(port1)?.message as RunResult | undefined;
  port1.close();
  if (!m) throw new Error(`wuye ${args.join(' ')}: no answer`);
  if (m.stderr.startsWith('wuye ended the process')) worker = undefined;
  return m;
}

export function tmp(prefix = 'wuye-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `wuye init DIR [--demo]` with the test center's names; DIR. */
export function initRoot(dir: string, demo: boolean): string {
  const r = wuye(tmp(), ['init', dir, ...(demo ? ['--demo'] : []), '--name', '测试服务中心', '--estate', '测试小区']);
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
  return dir;
}

/** Where the run's demo estate is (tests/helpers/global-setup.ts), made once by `wuye init --demo`. */
export const DEMO_ESTATE_ENV = 'WUYE_TEST_DEMO_ESTATE';

/**
 * A new records root with S001 (director, cs-manager) as operator. The demo one is a copy of the run's demo
 * estate, repository and all (byte for byte what `wuye init --demo` made), or made here when there is none.
 */
export function newRoot(opts: { demo?: boolean } = {}): string {
  const dir = join(tmp(), 'records');
  const template = process.env[DEMO_ESTATE_ENV];
  if (!opts.demo || !template || !existsSync(template)) return initRoot(dir, Boolean(opts.demo));
  const r = spawnSync('cp', ['-a', template, dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`copying the demo estate failed: ${r.stderr}`);
  git(dir, ['update-index', '-q', '--refresh']); // the index's file stats, as after init's own commit
  return dir;
}

export const read = (root: string, rel: string) => readFileSync(join(root, rel), 'utf8');
export const write = (root: string, rel: string, text: string | Buffer) => {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
};
export const exists = (root: string, rel: string) => existsSync(join(root, rel));

export function git(root: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Valid national ids for tests (the check digit computed, not hard-coded). */
export function nationalId(first17: string): string {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * W[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The last line of stderr a command printed (its one-line error). */
export const errLine = (r: RunResult) => r.stderr.split('\n').find((l) => l.startsWith('wuye:')) ?? '';
