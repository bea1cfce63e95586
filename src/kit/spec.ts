// Commands as data (after npm/cli's base-cmd): each command declares its name,
// description, arguments and options; help, completion, prompting for missing
// values and the "every command is complete" test are all generated from this.
// The code that runs is loaded only when the command runs.
import { msg, type Msg } from '../core/i18n.js';
import type { PersonalClass } from '../core/personal.gen.js';
import type { Ctx } from './context.js';
import type { Line } from './line.js';

export interface ArgSpec {
  name: string;
  description: Msg;
  required?: boolean; // prompted in a terminal, a usage error otherwise
  variadic?: boolean;
  /** The record kind whose id this is: checked before anything else is asked for. */
  kind?: string;
}

export interface OptionSpec {
  /** commander flags, e.g. '--area <m2>' or '--merge'. */
  flags: string;
  description: Msg;
  required?: boolean; // prompted in a terminal, a usage error with --no-input
  choices?: readonly string[];
  /** The catalog (src/core/labels.ts) whose labels a prompt shows for the choices. */
  labels?: string;
  /**
   * The value is personal data of this class (the class its record field declares in the schema): masked by the
   * same rule in the command line kept in git (the Wuye-Command trailer) and wherever that line is shown.
   */
  personal?: PersonalClass;
  default?: string | boolean;
}

export type Opts = Record<string, string | boolean | string[] | undefined>;

/** A command's code (src/kit/line.ts): `parse` checks and types the line once, `run` does the work. */
export interface CommandModule<O = any> {
  parse(line: Line): O;
  run(ctx: Ctx, options: O): Promise<void>;
}

/** The older shape, read from the raw words (being replaced by CommandModule). */
export type RunFn = (ctx: Ctx, args: string[], opts: Opts) => Promise<void>;
export interface RawCommandModule {
  parse?: undefined;
  run: RunFn;
}

export interface CommandSpec {
  name: string;
  description: Msg;
  args?: ArgSpec[];
  options?: OptionSpec[];
  /** Takes the lock and needs an operator; `--dry-run` is added for it. */
  writes?: boolean;
  /** Reads no records (init, completion): needs no records root. */
  noRoot?: boolean;
  /**
   * How it meets a command killed mid-write (a journal in .wuye/): by default it first finishes that
   * command's work under the lock (a reader too); 'report' (validate, recover) leaves it to the command itself.
   */
  pending?: 'report';
  /** More for its --help, loaded only then (unit import: the columns it reads). */
  moreHelp?: () => Promise<Msg>;
  load: () => Promise<CommandModule | RawCommandModule>;
}

export interface GroupSpec {
  name: string;
  description: Msg;
  commands: (CommandSpec | GroupSpec)[];
}

export const isGroup = (s: CommandSpec | GroupSpec): s is GroupSpec => 'commands' in s;

/** The camelCase key commander gives an option ('--per-day <n>' → perDay). */
export function optionKey(flags: string): string {
  const long = /--(no-)?([a-z0-9-]+)/.exec(flags)!;
  return long[2].replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The outputs of a procedure's report or stats command besides the table: a workbook, or CSV (kit/report.ts). */
export const REPORT_OPTIONS: OptionSpec[] = [
  { flags: '--xlsx <file>', description: msg('输出的 .xlsx 文件', 'the .xlsx file to write') },
  { flags: '--format <fmt>', description: msg('输出格式', 'output format'), choices: ['table', 'csv'] },
];

/** The options of a procedure's own `form` command (kit/form-command.ts): a blank form, the file, the list. */
export const FORM_OPTIONS: OptionSpec[] = [
  { flags: '--blank', description: msg('空白表', 'blank form') },
  { flags: '--out <file>', description: msg('输出 PDF 文件', 'PDF file to write') },
  { flags: '--list', description: msg('列出表单', 'list the forms') },
];
