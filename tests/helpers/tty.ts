// A real terminal for the CLI (issue 11: prompts are driven, not mocked): util-linux `script` gives the
// command a pseudo-terminal of a set size; the test reads what the screen shows and types keys into it.
// e.g. const t = tty(root, ['fee', 'pay']); await t.waitFor(/房屋编号/); t.type('1-1-0301\r'); await t.exit()
//      tty(root, [], { command: 'bash --norc' }) — a shell in the terminal
import { spawn } from 'node:child_process';
import { BIN } from './cli.js';

export interface Tty {
  /** Everything the terminal showed so far, colour codes and cursor moves taken out. */
  screen(): string;
  waitFor(re: RegExp, ms?: number): Promise<void>;
  type(keys: string): void;
  exit(): Promise<number>;
  /** End it now (a shell left at its prompt): the terminal closes and what runs in it is hung up. */
  close(): Promise<void>;
}

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]/g;
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function tty(
  cwd: string,
  args: string[],
  opts: { env?: Record<string, string>; cols?: number; command?: string } = {},
): Tty {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    WUYE_NOW: '2026-11-28T09:30:00+08:00',
    WUYE_LANG: 'zh',
    LANG: 'C.UTF-8',
    TERM: 'xterm',
    ...opts.env,
  };
  delete env.CI; // a person at a terminal: prompts are on
  // `command`: a shell line to run instead of wuye (a shell to complete in)
  const run = opts.command ?? `${q(process.execPath)} ${q(BIN)} ${args.map(q).join(' ')}`;
  const cmd = `stty cols ${opts.cols ?? 100} rows 40; exec ${run}`;
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let raw = '';
  const waiters: (() => void)[] = [];
  const onData = (b: Buffer) => {
    raw += b.toString('utf8');
    for (const w of waiters.splice(0)) w();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const done = new Promise<number>((res) => child.on('close', (c) => res(c ?? -1)));
  const screen = () => raw.replace(ANSI, '');
  return {
    screen,
    async waitFor(re, ms = 60_000) {
      const until = Date.now() + ms;
      while (!re.test(screen())) {
        if (Date.now() > until) throw new Error(`terminal never showed ${re}; it showed:\n${screen()}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
    },
    type(keys) {
      child.stdin.write(keys);
    },
    async close() {
      child.kill('SIGTERM');
      await done;
    },
    async exit() {
      // a command left running is killed, but only long after it could be merely slow (a loaded machine)
      const t = setTimeout(() => child.kill('SIGKILL'), 170_000);
      const c = await done;
      clearTimeout(t);
      return c;
    },
  };
}
