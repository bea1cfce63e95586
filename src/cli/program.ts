// Builds the commander program from the command specs (src/cli/commands.ts):
// descriptions in the chosen language, global options documented at the top,
// the command's code loaded lazily. Plain lines run without it (direct.ts).
import { Command, Help, Option } from 'commander';
import { msg, t } from '../core/i18n.js';
import { UsageError } from '../core/errors.js';
import { GLOBAL_OPTIONS } from '../kit/globals.js';
import { isGroup, type CommandSpec, type GroupSpec, type Opts } from '../kit/spec.js';

export type Dispatch = (spec: CommandSpec, path: string[], args: string[], opts: Opts) => Promise<void>;

const HEADINGS: [RegExp, string][] = [
  [/^Usage:/m, '用法：'],
  [/^Options:/m, '选项：'],
  [/^Commands:/m, '命令：'],
  [/^Arguments:/m, '参数：'],
  [/^Global Options:/m, '全局选项：'],
];

function localiseHelp(cmd: Command): void {
  cmd.configureHelp({
    formatHelp: (c, helper) => {
      let s = Help.prototype.formatHelp.call(helper, c, helper);
      if (t(msg('zh', 'en')) === 'zh') for (const [re, zh] of HEADINGS) s = s.replace(re, zh);
      return s;
    },
  });
  cmd.helpOption('-h, --help', t(msg('显示帮助', 'display help')));
  cmd.helpCommand(false);
}

function addCommand(
  parent: Command,
  spec: CommandSpec | GroupSpec,
  path: string[],
  dispatch: Dispatch,
  words?: ReadonlySet<string>,
): void {
  const cmd = new Command(spec.name).description(t(spec.description));
  localiseHelp(cmd);
  cmd.exitOverride();
  cmd.configureOutput({ outputError: () => {} });
  if (isGroup(spec)) {
    // A group the line does not name shows in help by name and description alone: its commands are not built.
    if (!words || words.has(spec.name))
      for (const child of spec.commands) addCommand(cmd, child, [...path, spec.name], dispatch, words);
    parent.addCommand(cmd);
    return;
  }
  for (const a of spec.args ?? []) {
    // Required arguments are declared optional to commander so that a missing one can be prompted for.
    cmd.argument(
      a.variadic ? `[${a.name}...]` : `[${a.name}]`,
      t(a.description) + (a.required ? t(msg('（必填）', ' (required)')) : ''),
    );
  }
  for (const o of spec.options ?? []) {
    const opt = new Option(o.flags, t(o.description) + (o.required ? t(msg('（必填）', ' (required)')) : ''));
    if (o.choices) opt.choices(o.choices as string[]);
    if (o.default !== undefined) opt.default(o.default);
    cmd.addOption(opt);
  }
  if (spec.writes)
    cmd.option('--dry-run', t(msg('只显示将写入的文件，不写入', 'show what would be written, write nothing')));
  cmd.action(async (...params: unknown[]) => {
    const c = params[params.length - 1] as Command;
    const args: string[] = [];
    (spec.args ?? []).forEach((a, i) => {
      const v = params[i];
      if (a.variadic) args.push(...((v as string[] | undefined) ?? []));
      else if (v !== undefined) args[i] = v as string;
    });
    await dispatch(spec, [...path, spec.name], args, c.opts() as Opts);
  });
  parent.addCommand(cmd);
}

/** The program; given the line's words, only the groups it names are built in full (help reads the same). */
export function buildProgram(
  groups: (CommandSpec | GroupSpec)[],
  version: string,
  dispatch: Dispatch,
  words?: readonly string[],
): Command {
  const named = words ? new Set(words) : undefined;
  const program = new Command('wuye');
  localiseHelp(program);
  program
    .description(
      t(
        msg(
          '物业服务中心用户服务部的记录、规则与表单工具',
          "records, rules and forms for a property service center's customer service department",
        ),
      ),
    )
    .usage(
      t(msg('[全局选项] <程序> <动作> [参数] [选项]', '[global options] <procedure> <verb> [arguments] [options]')),
    )
    .version(version, '-V, --version', t(msg('显示版本', 'show the version')))
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  for (const g of GLOBAL_OPTIONS) program.option(g.flags, t(g.description));
  for (const g of groups) addCommand(program, g, [], dispatch, named);
  return program;
}

/** Commander's own errors, as ours: one line, what to do, exit 2. */
export function commanderToUsage(code: string, message: string, commandPath: string): UsageError {
  const m = message.replace(/^error: /, '');
  const help = msg(`运行 wuye ${commandPath} --help 查看用法`, `run wuye ${commandPath} --help for usage`).zh;
  const helpEn = `run wuye ${commandPath} --help for usage`.replace(/\s+--help/, ' --help');
  const hint = msg(help.replace(/\s+/g, ' '), helpEn.replace(/\s+/g, ' '));
  switch (code) {
    case 'commander.unknownOption':
      return new UsageError(msg(`未知选项 ${/'([^']+)'/.exec(m)?.[1] ?? m}`, m), hint);
    case 'commander.unknownCommand':
      return new UsageError(msg(`未知命令 ${/'([^']+)'/.exec(m)?.[1] ?? m}`, m), hint);
    case 'commander.optionMissingArgument':
      return new UsageError(msg(`选项缺少值：${m}`, m), hint);
    case 'commander.invalidArgument':
      return new UsageError(msg(`无效的值：${m}`, m), hint);
    case 'commander.excessArguments':
      return new UsageError(msg(`参数过多：${m}`, m), hint);
    default:
      return new UsageError(msg(m, m), hint);
  }
}
