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

/** `--json` on the line (before any `--`): errors then go out as one JSON document on stdout too. */
const wantsJson = (argv: readonly string[]) => {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
};

/** The code of an error for scripts (`error.code` of the JSON document): what kind of failure, in English. */
const ERROR_CODES: Record<string, string> = {
  RuleError: 'rule',
  InvalidRecordError: 'invalid-record',
  UsageError: 'usage',
  NotFoundError: 'not-found',
  ConflictError: 'conflict',
  EnvironmentError: 'environment',
  CancelledError: 'cancelled',
  InterruptedError: 'interrupted',
};

export async function main(argv: string[], io0: Io = processIo()): Promise<number> {
  // what went to stdout: under --json an error adds its document only when none was printed before it
  let printed = false;
  const io: Io = {
    ...io0,
    stdout: Object.assign(Object.create(io0.stdout) as NodeJS.WritableStream, {
      write: (...a: Parameters<NodeJS.WritableStream['write']>) => {
        printed = true;
        return io0.stdout.write(...a);
      },
    }),
  };
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(version() + '\n');
    return 0;
  }
  setLang(detectLang(argv, io.env));
  if (argv[0] === '__complete') {
    // the shells' completion asks what may follow (src/cli/complete.ts); it never fails aloud
    try {
      const [{ complete }, { PROCEDURES }, { commandsOf }] = await Promise.all([
        import('./complete.js'),
        import('../procedures/index.js'),
        import('../kit/manifest.js'),
      ]);
      const found = complete(commandsOf(PROCEDURES), argv.slice(2), argv[1] ?? '', io.env, io.cwd);
      if (found.length) io.stdout.write(found.join('\n') + '\n');
    } catch {
      /* nothing to offer */
    }
    return 0;
  }
  let commandPath = '';
  try {
    // Modules load side by side (their files are read while others compile).
    const [{ extractGlobals, givenTwice, takeRevealReason }, { PROCEDURES }, { commandsOf }, { resolveLine, specOf }] =
      await Promise.all([
        import('../kit/globals.js'),
        import('../procedures/index.js'),
        import('../kit/manifest.js'),
        import('./direct.js'),
      ]);
    const COMMANDS = commandsOf(PROCEDURES);
    const { globals, rest } = extractGlobals(argv, io.env);
    if (globals.reveal) {
      const named = specOf(COMMANDS, rest);
      globals.reason = takeRevealReason(
        rest,
        (named?.options ?? []).some((o) => /--reason\b/.test(o.flags)),
      );
    }
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
      ctx.spec = spec;
      ctx.dryRun = Boolean(opts.dryRun);
      await fillRequired(ctx, spec, args, opts, code);
      // --reveal: allowed for this operator, with a reason, and recorded before anything is shown
      const reveal = globals.reveal
        ? async () => {
            const { authorizeReveal, stageReveal } = await import('../kit/reveal.js');
            const plan = await authorizeReveal(ctx, spec, args, opts);
            if (spec.writes) ctx.revealInWrite = plan;
            else
              await ctx.write(
                (tx) => ({ message: `audit: reveal ${stageReveal(ctx, tx, plan)} (${path.join(' ')})` }),
                { quiet: true },
              );
          }
        : undefined;
      await runCommand(ctx, spec, await code, args, opts, {
        // what a killed command left is met first (recovery), then the --reveal gate, then the command
        before: async () => {
          await ctx.open(spec);
          await reveal?.();
        },
        after: () => ctx.close(),
      });
    };
    // A plain line runs straight from the command specs; help, mistakes and the unusual go through commander.
    const line = resolveLine(COMMANDS, rest);
    if (line) {
      await dispatch(line.spec, line.path, line.args, line.opts);
      return 0;
    }
    const [{ buildProgram, commanderToUsage, unknownCommand }, { linePath }] = await Promise.all([
      import('./program.js'),
      import('./suggest.js'),
    ]);
    // A word where a command belongs is refused with the nearest names, before commander (which would
    // print the top help for `wuye nosuch --help` and exit 0).
    const named = linePath(COMMANDS, rest);
    if (named.unknown !== undefined) throw unknownCommand(named.path, named.unknown, named.candidates);
    // a command's own further help (unit import: the columns it reads), loaded only when its help is asked for
    const more = new Map<CommandSpec, string>();
    if (rest.includes('-h') || rest.includes('--help')) {
      let list: readonly (CommandSpec | import('../kit/spec.js').GroupSpec)[] = COMMANDS;
      let leaf: CommandSpec | undefined;
      for (const w of named.path) {
        const s = list.find((c) => c.name === w)!;
        if ('commands' in s) list = s.commands;
        else leaf = s;
      }
      if (leaf?.moreHelp) more.set(leaf, t(await leaf.moreHelp()));
    }
    const program = buildProgram(COMMANDS, version(), dispatch, rest, more);
    // help and errors to this run's streams, from every command (commander keeps an output per command)
    const output = { writeOut: (s: string) => io.stdout.write(s), writeErr: (s: string) => io.stderr.write(s) };
    const toIo = (c: typeof program): void => {
      c.configureOutput({ ...output, outputError: () => {} });
      c.commands.forEach(toIo);
    };
    toIo(program);
    try {
      await program.parseAsync(rest, { from: 'user' });
    } catch (e) {
      const ce = e as { code?: string; message?: string; exitCode?: number };
      if (ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version') return 0;
      if (ce.code === 'commander.help') return 2;
      if (ce.code && ce.code.startsWith('commander.')) {
        throw commanderToUsage(ce.code, ce.message ?? '', named.path);
      }
      throw e;
    }
    return 0;
  } catch (e) {
    return report(e, io, commandPath, wantsJson(argv) && !printed);
  }
}

function report(e: unknown, io: Io, commandPath: string, json = false): number {
  e = fromSystemError(e) ?? e;
  if (e instanceof WuyeError) {
    if (json)
      io.stdout.write(
        JSON.stringify(
          {
            error: {
              code: ERROR_CODES[e.constructor.name] ?? 'error',
              exit: e.exitCode,
              message: t(e.text),
              hint: e.hint ? t(e.hint) : null,
              where: e.where
                ? { file: e.where.file, line: e.where.line ?? null, column: e.where.column ?? null }
                : null,
            },
          },
          null,
          2,
        ) + '\n',
      );
    const where = e.where ? `${formatWhere(e.where)}: ` : '';
    io.stderr.write(`wuye: ${where}${t(e.text)}\n`);
    if (e.hint) io.stderr.write(`  ${t(e.hint)}\n`);
    return e.exitCode;
  }
  const err = e as Error;
  if (io.env.WUYE_DEBUG === '1') io.stderr.write(`${err?.stack ?? String(e)}\n`);
  const log = writeDebugLog(io.env, `${new Date().toISOString()} wuye ${commandPath}\n${err?.stack ?? String(e)}\n`);
  if (json)
    io.stdout.write(
      JSON.stringify(
        {
          error: {
            code: 'internal',
            exit: 70,
            message: err?.message?.split('\n')[0] ?? String(e),
            hint: `${t(internalHint)} (${log})`,
            where: null,
          },
        },
        null,
        2,
      ) + '\n',
    );
  io.stderr.write(
    `wuye: ${t(msg('内部错误', 'internal error'))}: ${err?.message?.split('\n')[0] ?? String(e)}\n  ${t(internalHint)} (${log})\n`,
  );
  return 70;
}
