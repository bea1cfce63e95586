// Where an internal error's details go (cli.md "Errors": one line on screen, the rest in a debug log).
// e.g. writeDebugLog(process.env, err.stack) → ~/.local/state/wuye/debug-4242.log
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { msg, t } from '../core/i18n.js';

/**
 * The debug log of an internal error: in this user's own state folder ($XDG_STATE_HOME/wuye, else
 * ~/.local/state/wuye; made 0700), created exclusively with mode 0600 — never through a name another
 * user could plant a link at in a shared temporary folder. Returns its path, or a note when none could be written.
 */
export function writeDebugLog(env: NodeJS.ProcessEnv, text: string): string {
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  const dir = join(base, 'wuye');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (let n = 0; n < 100; n++) {
      const file = join(dir, `debug-${process.pid}${n ? `-${n}` : ''}.log`);
      try {
        const fd = openSync(file, 'wx', 0o600);
        writeSync(fd, text);
        closeSync(fd);
        return file;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  } catch {
    /* nowhere to log */
  }
  return t(msg('未能写入调试日志', 'no debug log could be written'));
}
