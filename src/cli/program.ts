// Builds the commander program from the command specs (src/cli/commands.ts):
// descriptions in the chosen language, global options documented at the top,
// required values prompted for or refused, the command's code loaded lazily.
import { Command, Help, Option } from 'commander';
import { msg, t } from '../core/i18n.js';
import { UsageError } from '../core/errors.js';
import { label } from '../core/labels.js';
import { checkId } from '../core/kinds.js';
import { GLOBAL_OPTIONS } from './globals.js';
import { isGroup, optionKey, type CommandSpec, type GroupSpec, type Opts } from './spec.js';
import type { Ctx } from './context.js';

export type Dispatch = (spec: CommandSpec, path: string[], args: string[], opts: Opts) => Promise<void>;

const HEADINGS: [RegExp, string][] = [[/^Usage:/m, '用法：'], [/^Options:/m, '选项：'], [/^Commands:/m, '命令：'], [/^Arguments:/m, '参数：'], [/^Global Options:/m, '全局选项：']];

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

function addCommand(parent: Command, spec: CommandSpec | GroupSpec, path: string[], dispatch: Dispatch): void {
  const cmd = new Command(spec.name).description(t(spec.description));
  localiseHelp(cmd);
  cmd.exitOverride();
  cmd.configureOutput({ outputError: () => {} });
  if (isGroup(spec)) {
    for (const child of spec.commands) addCommand(cmd, child, [...path, spec.name], dispatch);
    parent.addCommand(cmd);
    return;
  }
  for (const a of spec.args ?? []) {
    // Required arguments are declared optional to commander so that a missing one can be prompted for.
    cmd.argument(a.variadic ? `[${a.name}...]` : `[${a.name}]`, t(a.description) + (a.required ? t(msg('（必填）', ' (required)')) : ''));
  }
  for (const o of spec.options ?? []) {
    const opt = new Option(o.flags, t(o.description) + (o.required ? t(msg('（必填）', ' (required)')) : ''));
    if (o.choices) opt.choices(o.choices as string[]);
    if (o.default !== undefined) opt.default(o.default);
    cmd.addOption(opt);
  }
  if (spec.writes) cmd.option('--dry-run', t(msg('只显示将写入的文件，不写入', 'show what would be written, write nothing')));
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

export function buildProgram(groups: (CommandSpec | GroupSpec)[], version: string, dispatch: Dispatch): Command {
  const program = new Command('wuye');
  localiseHelp(program);
  program
    .description(t(msg('物业服务中心用户服务部的记录、规则与表单工具', 'records, rules and forms for a property service center\'s customer service department')))
    .usage(t(msg('[全局选项] <程序> <动作> [参数] [选项]', '[global options] <procedure> <verb> [arguments] [options]')))
    .version(version, '-V, --version', t(msg('显示版本', 'show the version')))
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  for (const g of GLOBAL_OPTIONS) program.option(g.flags, t(g.description));
  for (const g of groups) addCommand(program, g, [], dispatch);
  return program;
}

/** Fill in required arguments and options a person left out: prompt in a terminal, else a usage error naming the option. */
export async function fillRequired(ctx: Ctx, spec: CommandSpec, args: string[], opts: Opts): Promise<void> {
  for (const [i, a] of (spec.args ?? []).entries()) {
    if (!a.required || a.variadic || args[i] !== undefined) continue;
    args[i] = await ctx.prompter.input({ message: a.description, option: a.name, validate: (s) => (s.trim() ? true : t(msg('不能为空', 'must not be empty'))) });
  }
  // A malformed id (../x) is the first thing to hear about, before any prompt for options.
  (spec.args ?? []).forEach((a, i) => { if (a.kind && args[i] !== undefined) checkId(a.kind, args[i].trim(), a.name.toUpperCase()); });
  for (const o of spec.options ?? []) {
    const key = optionKey(o.flags);
    if (!o.required || opts[key] !== undefined) continue;
    const flag = /--[a-z0-9-]+/.exec(o.flags)![0];
    opts[key] = o.choices
      ? await ctx.prompter.select({ message: o.description, option: flag, choices: o.choices.map((c) => ({ value: c, name: o.labels ? `${label(o.labels, c)} (${c})` : c })) })
      : await ctx.prompter.input({ message: o.description, option: flag, validate: (s) => (s.trim() ? true : t(msg('不能为空', 'must not be empty'))) });
  }
}

/** Commander's own errors, as ours: one line, what to do, exit 2. */
export function commanderToUsage(code: string, message: string, commandPath: string): UsageError {
  const m = message.replace(/^error: /, '');
  const help = msg(`运行 wuye ${commandPath} --help 查看用法`, `run wuye ${commandPath} --help for usage`).zh;
  const helpEn = `run wuye ${commandPath} --help for usage`.replace(/\s+--help/, ' --help');
  const hint = msg(help.replace(/\s+/g, ' '), helpEn.replace(/\s+/g, ' '));
  switch (code) {
    case 'commander.unknownOption': return new UsageError(msg(`未知选项 ${/'([^']+)'/.exec(m)?.[1] ?? m}`, m), hint);
    case 'commander.unknownCommand': return new UsageError(msg(`未知命令 ${/'([^']+)'/.exec(m)?.[1] ?? m}`, m), hint);
    case 'commander.optionMissingArgument': return new UsageError(msg(`选项缺少值：${m}`, m), hint);
    case 'commander.invalidArgument': return new UsageError(msg(`无效的值：${m}`, m), hint);
    case 'commander.excessArguments': return new UsageError(msg(`参数过多：${m}`, m), hint);
    default: return new UsageError(msg(m, m), hint);
  }
}
