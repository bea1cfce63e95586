// Running a plain command line without commander (cli.md "Commands"; quality.md "Performance":
// a read like `wuye fee account 1-2-0801` must start nearly as fast as `wuye --version`).
// The command specs resolve `fee account 1-2-0801 --year 2026` to its spec, arguments and
// options directly; commander (~8 ms to load, ~4 ms to build every command) is loaded only for
// help, for mistakes (unknown option, missing value, bad choice, too many arguments) and for
// anything this reading does not settle exactly as commander would — then it answers undefined.
// e.g. resolveLine(COMMANDS, ['show', '1-2-0801']) → { spec: show, path: ['show'], args: ['1-2-0801'], opts: {} }
import { isGroup, optionKey, type CommandSpec, type GroupSpec, type Opts } from '../kit/spec.js';

export interface Resolved {
  spec: CommandSpec;
  path: string[];
  args: string[];
  opts: Opts;
}

/** '--year <yyyy>' → long '--year', takes a value; '[v]', 'v...' and '--no-x' are commander's to read. */
const FLAGS = /^(?:-[A-Za-z], )?(--[a-z0-9][a-z0-9-]*)(?: (<[^>]*>|\[[^\]]*\]))?$/;

/** The command the first words of a line name (`fee pay 1-2-0801 …` → fee pay), or undefined. */
export function specOf(
  commands: readonly (CommandSpec | GroupSpec)[],
  argv: readonly string[],
): CommandSpec | undefined {
  let list = commands;
  for (const w of argv) {
    const s = list.find((c) => c.name === w);
    if (!s) return undefined;
    if (!isGroup(s)) return s;
    list = s.commands;
  }
  return undefined;
}

/** The command a plain line names, with what commander's action would receive; undefined when commander must read it. */
export function resolveLine(
  commands: readonly (CommandSpec | GroupSpec)[],
  argv: readonly string[],
): Resolved | undefined {
  let list = commands;
  const path: string[] = [];
  let i = 0;
  let spec: CommandSpec | undefined;
  while (!spec) {
    const s = list.find((c) => c.name === argv[i]);
    if (!s) return undefined; // a group alone (its help), an unknown name, an option before the command
    path.push(s.name);
    i++;
    if (isGroup(s)) list = s.commands;
    else spec = s;
  }
  const options = [...(spec.options ?? []), ...(spec.writes ? [{ flags: '--dry-run' }] : [])].map((o) => ({
    o,
    m: FLAGS.exec(o.flags),
  }));
  // A negatable option (--no-print) puts a default in the options even when absent: commander's.
  if (options.some(({ m }) => !m || m[1].startsWith('--no-'))) return undefined;
  const opts: Opts = {};
  const positional: string[] = [];
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const found = options.find(({ m }) => m![1] === name);
    if (!found) return undefined; // -h, --help, short flags, '--', unknown options
    const { o, m } = found;
    const key = optionKey(o.flags);
    if (key in opts) return undefined; // given twice
    const value = m![2];
    if (value === undefined) {
      if (eq > 0) return undefined;
      opts[key] = true;
      continue;
    }
    if (!value.startsWith('<') || value.endsWith('...>')) return undefined; // optional or repeatable value
    const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined || (eq < 0 && v.startsWith('-'))) return undefined;
    if ('choices' in o && o.choices && !o.choices.includes(v)) return undefined;
    opts[key] = v;
  }
  const declared = spec.args ?? [];
  const variadic = declared.length > 0 && declared[declared.length - 1].variadic;
  if (!variadic && positional.length > declared.length) return undefined; // commander: too many arguments
  const args: string[] = [];
  declared.forEach((d, k) => {
    if (d.variadic) args.push(...positional.slice(k));
    else if (positional[k] !== undefined) args[k] = positional[k];
  });
  for (const { o } of options) {
    const key = optionKey(o.flags);
    if ('default' in o && o.default !== undefined && !(key in opts)) opts[key] = o.default;
  }
  return { spec, path, args, opts };
}
