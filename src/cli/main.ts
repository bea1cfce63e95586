// The entry point and the one place where errors become messages and exit
// codes (cli.md "Errors and exit codes"). `wuye --version` answers before
// anything heavy is loaded; everything else loads only what its command needs.
import { readFileSync } from 'node:fs';
import { writeDebugLog } from './debug-log.js';
import { join } from 'node:path';
import { detectLang, msg, setLang, t } from '../core/i18n.js';
import { formatWhere, fromSystemError, internalHint, WuyeError } from '../core/errors.js';
import { PROJECT_DIR } from '../core/paths.js';
import type { Dispatch } from './program.js';
import type { CommandSpec } from '../kit/spec.js';

function version(): string {
  return (JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

// `wuye unit list | head -1`: the reader went away; that is not an error of ours.
for (const s of [process.stdout, process.stderr]) {
  s.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw e;
  });
}

const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(version() + '\n');
    return 0;
  }
  setLang(detectLang(argv, io.env));
  let commandPath = '';
  try {
    // Modules load side by side (their files are read while others compile).
    const [{ extractGlobals, givenTwice }, { PROCEDURES }, { commandsOf }, { resolveLine }] = await Promise.all([
      import('../kit/globals.js'),
      import('../procedures/index.js'),
      import('../kit/manifest.js'),
      import('./direct.js'),
    ]);
    const COMMANDS = commandsOf(PROCEDURES);
    const { globals, rest } = extractGlobals(argv, io.env);
    const refuseRepeated = (spec: CommandSpec, words: readonly string[]) => {
      // An option that takes one value, given twice: commander would silently keep the last.
      const single = (spec.options ?? [])
        .map((o) => /^(?:-[A-Za-z], )?(--[a-z0-9-]+) <[^>.]+>$/.exec(o.flags)?.[1])
        .filter((f): f is string => Boolean(f));
      const seen = new Map<string, string>();
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === '--') break;
        const name = w.includes('=') ? w.slice(0, w.indexOf('=')) : w;
        if (!single.includes(name)) continue;
        const v = w.includes('=') ? w.slice(w.indexOf('=') + 1) : (words[i + 1] ?? '');
        if (seen.has(name)) throw givenTwice(name, seen.get(name)!, v);
        seen.set(name, v);
      }
    };
    if (globals.lang) setLang(globals.lang);
    // The context (records, config, schemas) is loaded only when a command runs, never for --help.
    const dispatch: Dispatch = async (spec, path, args, opts) => {
      commandPath = path.join(' ');
      refuseRepeated(spec, rest);
      const code = spec.load();
      code.catch(() => {}); // awaited below, after any prompt for what is missing
      const [{ CommandContext }, { fillRequired }, { runCommand }] = await Promise.all([
        import('../kit/context.js'),
        import('./required.js'),
        import('../kit/line.js'),
      ]);
      const ctx = new CommandContext(globals, argv, io.env, io.cwd, io, PROCEDURES);
      ctx.dryRun = Boolean(opts.dryRun);
      await fillRequired(ctx, spec, args, opts);
      await runCommand(ctx, spec, await code, args, opts, { before: () => ctx.open(spec), after: () => ctx.close() });
    };
    // A plain line runs straight from the command specs; help, mistakes and the unusual go through commander.
    const line = resolveLine(COMMANDS, rest);
    if (line) {
      await dispatch(line.spec, line.path, line.args, line.opts);
      return 0;
    }
    const { buildProgram, commanderToUsage } = await import('./program.js');
    const program = buildProgram(COMMANDS, version(), dispatch, rest);
    program.configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    });
    try {
      await program.parseAsync(rest, { from: 'user' });
    } catch (e) {
      const ce = e as { code?: string; message?: string; exitCode?: number };
      if (ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version') return 0;
      if (ce.code === 'commander.help') return 2;
      if (ce.code && ce.code.startsWith('commander.')) {
        const cmdPath = rest
          .filter((a) => !a.startsWith('-'))
          .slice(0, 2)
          .join(' ');
        throw commanderToUsage(ce.code, ce.message ?? '', cmdPath);
      }
      throw e;
    }
    return 0;
  } catch (e) {
    return report(e, io, commandPath);
  }
}

function report(e: unknown, io: Io, commandPath: string): number {
  e = fromSystemError(e) ?? e;
  if (e instanceof WuyeError) {
    const where = e.where ? `${formatWhere(e.where)}: ` : '';
    io.stderr.write(`wuye: ${where}${t(e.text)}\n`);
    if (e.hint) io.stderr.write(`  ${t(e.hint)}\n`);
    return e.exitCode;
  }
  const err = e as Error;
  if (io.env.WUYE_DEBUG === '1') io.stderr.write(`${err?.stack ?? String(e)}\n`);
  const log = writeDebugLog(io.env, `${new Date().toISOString()} wuye ${commandPath}\n${err?.stack ?? String(e)}\n`);
  io.stderr.write(
    `wuye: ${t(msg('内部错误', 'internal error'))}: ${err?.message?.split('\n')[0] ?? String(e)}\n  ${t(internalHint)} (${log})\n`,
  );
  return 70;
}
