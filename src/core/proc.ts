// Running another program (git, sync) without paying for node:child_process up front:
// loading it costs ~3 ms, and a read command (show, fee account) runs no program at all.
// e.g. spawnSync('git', ['status'], { cwd: root }) — the same function as node:child_process's.
import { createRequire } from 'node:module';

type ChildProcess = typeof import('node:child_process');

let cp: ChildProcess | undefined;
const load = (): ChildProcess => (cp ??= createRequire(import.meta.url)('node:child_process') as ChildProcess);

export const spawnSync: ChildProcess['spawnSync'] = ((...a: Parameters<ChildProcess['spawnSync']>) =>
  load().spawnSync(...a)) as ChildProcess['spawnSync'];
