// Builds the commander program from the command specs (src/cli/commands.ts):
// descriptions in the chosen language, global options documented at the top,
// the command's code loaded lazily. Plain lines run without it (direct.ts).
import { Command, Help, Option } from 'commander';
import { lang, msg, setLang, t } from '../core/i18n.js';
import { catalogOf, label } from '../core/labels.js';
import { displayWidth } from '../core/width.js';
import { UsageError } from '../core/errors.js';
import { GLOBAL_OPTIONS } from '../kit/globals.js';
import { isGroup, type CommandSpec, type GroupSpec, type OptionSpec, type Opts } from '../kit/spec.js';
import { nearest } from './suggest.js';

export type Dispatch = (spec: CommandSpec, path: string[], args: string[], opts: Opts) => Promise<void>;

const HEADINGS: [RegExp, string][] = [
  [/^Usage: /m, '用法：'],
  [/^Options:/m, '选项：'],
  [/^Commands:/m, '命令：'],
  [/^Arguments:/m, '参数：'],
  [/^Global Options:/m, '全局选项：'],
];

const zh = () => lang() === 'zh';
/** commander's words in a usage line, in Chinese: wuye unit [选项] [命令]. */
const usageZh = (s: string) => (zh() ? s.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]') : s);

/** The option specs behind commander's options: their choices are shown with their labels. */
const SPECS = new WeakMap<Option, OptionSpec>();

/** The choices of an option as a person reads them: cash（现金）、card（银行卡）… */
export function choicesText(choices: readonly string[], catalog?: string): string {
  // a spec that names no catalog: the one whose codes are exactly these choices
  catalog ??= catalogOf(choices);
  return choices
    .map((c) => {
      const l = catalog ? label(catalog, c) : c;
      return l && l !== c ? t(msg(`${c}（${l}）`, `${c} (${l})`)) : c;
    })
    .join(t(msg('、', ', ')));
}

function localiseHelp(cmd: Command): void {
  cmd.configureHelp({
    formatHelp: (c, helper) => {
      let s = Help.prototype.formatHelp.call(helper, c, helper);
      if (zh()) for (const [re, h] of HEADINGS) s = s.replace(re, h);
      return s;
    },
    displayWidth: (s) => displayWidth(s),
    commandUsage: (c) => usageZh(Help.prototype.commandUsage.call(new Help(), c)),
    subcommandTerm: (c) => usageZh(Help.prototype.subcommandTerm.call(new Help(), c)),
    optionDescription: (o) => {
      const extra: string[] = [];
      const spec = SPECS.get(o);
      if (o.argChoices) extra.push(t(msg('可选：', 'choices: ')) + choicesText(o.argChoices, spec?.labels));
      if (o.defaultValue !== undefined && (o.required || o.optional))
        extra.push(t(msg(`默认：${String(o.defaultValue)}`, `default: ${String(o.defaultValue)}`)));
      if (!extra.length) return o.description;
      return zh() ? `${o.description}（${extra.join('；')}）` : `${o.description} (${extra.join('; ')})`;
    },
  });
  cmd.helpOption('-h, --help', t(msg('显示帮助', 'display help')));
  cmd.helpCommand(false);
}

/** The texts of `moreHelp` a help line asked for, loaded before the program is built (help is synchronous). */
export type MoreHelp = ReadonlyMap<CommandSpec, string>;

function addCommand(
  parent: Command,
  spec: CommandSpec | GroupSpec,
  path: string[],
  dispatch: Dispatch,
  words?: ReadonlySet<string>,
  more?: MoreHelp,
): void {
  const cmd = new Command(spec.name).description(t(spec.description));
  localiseHelp(cmd);
  cmd.exitOverride();
  cmd.configureOutput({ outputError: () => {} });
  if (isGroup(spec)) {
    // A group the line does not name shows in help by name and description alone: its commands are not built.
    if (!words || words.has(spec.name))
      for (const child of spec.commands) addCommand(cmd, child, [...path, spec.name], dispatch, words, more);
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
    SPECS.set(opt, o);
    if (o.choices) {
      opt.choices(o.choices as string[]);
      // a value not among them: our own usage error, in the person's language (commander's is English)
      opt.argParser((v: string) => {
        if (o.choices!.includes(v)) return v;
        throw invalidChoice(/--[a-z0-9-]+/.exec(o.flags)![0], v, o.choices!, o.labels);
      });
    }
    if (o.default !== undefined) opt.default(o.default);
    cmd.addOption(opt);
  }
  if (more?.has(spec)) cmd.addHelpText('after', `\n${more.get(spec)}`);
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
  more?: MoreHelp,
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
  for (const g of groups) addCommand(program, g, [], dispatch, named, more);
  return program;
}

/** A value that is not among an option's choices: `--method bitcoin`. */
export function invalidChoice(flag: string, value: string, choices: readonly string[], catalog?: string): UsageError {
  const near = nearest(value, choices);
  return new UsageError(
    msg(
      `${flag} 的值 "${value}" 无效${near.length ? `（是不是 ${near.join('、')}？）` : ''}`,
      `invalid value "${value}" for ${flag}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`,
    ),
    (() => {
      const zhText = inLang(() => choicesText(choices, catalog), 'zh');
      const enText = inLang(() => choicesText(choices, catalog), 'en');
      return msg(`可选的值：${zhText}`, `allowed values: ${enText}`);
    })(),
  );
}

/** Run `f` with the language set to `lg` (both texts of a message built from labels). */
function inLang<T>(f: () => T, lg: 'zh' | 'en'): T {
  const before = lang();
  setLang(lg);
  try {
    return f();
  } finally {
    setLang(before);
  }
}

const helpHint = (path: readonly string[]) => {
  const p = ['wuye', ...path, '--help'].join(' ');
  return msg(`运行 ${p} 查看用法`, `run ${p} for usage`);
};

/** A word where a command was expected (`wuye unit shwo`): the nearest commands named, exit 2. */
export function unknownCommand(path: readonly string[], word: string, candidates: readonly string[]): UsageError {
  const near = nearest(word, candidates);
  const where = ['wuye', ...path].join(' ');
  return new UsageError(
    msg(
      `${where} 没有命令 ${word}${near.length ? `（是不是 ${near.join('、')}？）` : ''}`,
      `${where} has no command ${word}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`,
    ),
    near.length === 1 ? helpHint([...path, near[0]]) : helpHint(path),
  );
}

/** Commander's own errors, as ours: one line in the person's language, what to do, exit 2. */
export function commanderToUsage(code: string, message: string, path: readonly string[]): UsageError {
  const m = message.replace(/^error: /, '');
  const first = m.split('\n')[0];
  const hint = helpHint(path);
  const quoted = /'([^']+)'/.exec(first)?.[1] ?? first;
  const near = /Did you mean (?:one of )?([^?]+)\?/.exec(m)?.[1];
  switch (code) {
    case 'commander.unknownOption':
      return new UsageError(
        msg(
          `未知选项 ${quoted}${near ? `（是不是 ${near.split(', ').join('、')}？）` : ''}`,
          `unknown option ${quoted}${near ? ` (did you mean ${near}?)` : ''}`,
        ),
        hint,
      );
    case 'commander.unknownCommand':
      return new UsageError(
        msg(
          `未知命令 ${quoted}${near ? `（是不是 ${near}？）` : ''}`,
          `unknown command ${quoted}${near ? ` (did you mean ${near}?)` : ''}`,
        ),
        hint,
      );
    case 'commander.optionMissingArgument': {
      const [flag, value] = quoted.split(' ');
      return new UsageError(
        msg(
          `选项 ${flag} 缺少值${value ? ` ${value}` : ''}`,
          `option ${flag} needs a value${value ? ` ${value}` : ''}`,
        ),
        hint,
      );
    }
    case 'commander.excessArguments': {
      const n = /Expected (\d+) arguments? but got (\d+)/.exec(first);
      const cmd = ['wuye', ...path].join(' ');
      return new UsageError(
        n
          ? msg(
              `参数过多：${cmd} 接受 ${n[1]} 个参数，给了 ${n[2]} 个`,
              `too many arguments: ${cmd} takes ${n[1]}, got ${n[2]}`,
            )
          : msg(`参数过多：${cmd}`, `too many arguments: ${cmd}`),
        hint,
      );
    }
    case 'commander.invalidArgument':
      return new UsageError(msg(`无效的值：${first}`, `invalid value: ${first}`), hint);
    default:
      return new UsageError(msg(first, first), hint);
  }
}
