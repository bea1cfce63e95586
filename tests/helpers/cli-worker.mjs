// The thread behind `wuye()` (tests/helpers/cli.ts): the compiled CLI's entry (dist/cli/main.js, what bin/wuye.js
// runs) loaded once and called for each command line, with the line's environment and folder — a process start
// per command cost most of `npm test` (issue 11 item 17). Answers on the port each request came with, then wakes
// the waiting caller. Lines run one at a time, each with process.env set to exactly its environment.
import { parentPort } from 'node:worker_threads';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let current;
const sink = (chunks) =>
  new Writable({
    write(c, _e, done) {
      chunks.push(Buffer.from(c));
      done();
    },
  });
const answer = (msg) => {
  if (!current) return;
  const { port, flag } = current;
  current = undefined;
  port.postMessage(msg);
  port.close();
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
// a command that ends the process (an EPIPE) ends this thread: still answer
process.on('exit', (code) => answer({ code, stdout: '', stderr: `wuye ended the process (${code})` }));

const { main } = await import(pathToFileURL(join(process.env.WUYE_PROJECT_DIR, 'dist', 'cli', 'main.js')).href);

parentPort.on('message', async ({ args, cwd, env, port, flag }) => {
  current = { port, flag };
  for (const k of Object.keys(process.env)) delete process.env[k];
  Object.assign(process.env, env);
  const out = [];
  const err = [];
  let code;
  try {
    code = await main(args, { stdout: sink(out), stderr: sink(err), stdinIsTTY: false, stdoutIsTTY: false, env, cwd });
  } catch (e) {
    err.push(Buffer.from(String(e?.stack ?? e)));
    code = 70;
  }
  answer({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
});
