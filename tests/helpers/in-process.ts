// The CLI's own entry (src/cli/main.ts: globals, dispatch, parse, run, errors → exit codes) called in this
// process, with the environment `wuye()` gives a child (tests/helpers/cli.ts) — for tests that run a command a
// hundred times and more (every command's help, every command on planted personal data), where a process start
// each would cost minutes and test nothing more: each command keeps its real end-to-end run as a child process.
// Lines run one at a time (the language is global). e.g. const r = await wuyeInProcess(tmp(), ['unit', '--help'])
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { TEST_ENV, testKeys, type RunResult } from './cli.js';

export async function wuyeInProcess(cwd: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const sink = () => {
    const chunks: Buffer[] = [];
    const w = new Writable({
      write(c: Buffer | string, _e, done) {
        chunks.push(Buffer.from(c));
        done();
      },
    });
    return { w, text: () => Buffer.concat(chunks).toString('utf8') };
  };
  const [o, e] = [sink(), sink()];
  const code = await main(args, {
    stdout: o.w,
    stderr: e.w,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    env: { ...process.env, ...TEST_ENV, WUYE_KEY_DIR: testKeys(), ...env },
    cwd,
  });
  return { code, stdout: o.text(), stderr: e.text() };
}
