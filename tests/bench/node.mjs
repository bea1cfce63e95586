// What the procedures' benchmark modules (complaint, repair, movein, survey) share: the project, the CLI and its
// fixed environment (the demo's "today", Chinese, no colour), and one timed run of node — wall seconds and output,
// failing with the last lines of stderr. e.g. timed([BIN, '--records', estate, 'repair', 'stats']).secs
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(PROJECT, 'bin', 'wuye.js');
export const ENV = {
  ...process.env,
  CI: 'true',
  WUYE_NOW: '2026-11-28T09:30:00+08:00',
  WUYE_LANG: 'zh',
  LANG: 'C',
  NO_COLOR: '1',
};

/** node ARGS from the project (or opts.cwd): { secs, stdout, stderr }; throws when it fails. */
export function timed(args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: PROJECT,
    env: ENV,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
  });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0)
    throw new Error(
      `node ${args.slice(0, 4).join(' ')} exited ${r.status}: ${(r.stderr || '').trim().split('\n').slice(-2).join(' | ')}`,
    );
  return { secs, stdout: r.stdout, stderr: r.stderr };
}
