// The global options of cli.md, accepted anywhere on the line (before or after
// the command) and taken out of argv before commander sees the rest.
import { UsageError } from '../core/errors.js';
import { msg, type Msg } from '../core/i18n.js';

export interface Globals {
  records?: string;
  as?: string;
  json: boolean;
  commit: boolean;
  input: boolean;
  lang?: 'zh' | 'en';
  reveal: boolean;
  /** Why --reveal is used (--reason, recorded in the audit entry); a command's own --reason serves too. */
  reason?: string;
  quiet: boolean;
  color: boolean;
  force: boolean;
}

interface GlobalSpec {
  flags: string;
  names: string[];
  takes?: string;
  key: keyof Globals;
  value?: boolean;
  description: Msg;
}

export const GLOBAL_OPTIONS: GlobalSpec[] = [
  {
    flags: '-R, --records <dir>',
    names: ['-R', '--records'],
    takes: 'dir',
    key: 'records',
    description: msg(
      '记录库目录（否则用 WUYE_RECORDS，否则向上查找 wuye.yaml）',
      'records root (else WUYE_RECORDS, else search upward for wuye.yaml)',
    ),
  },
  {
    flags: '--as <staff-id>',
    names: ['--as'],
    takes: 'staff-id',
    key: 'as',
    description: msg(
      '本次命令的操作员（否则用 .wuye/local.yaml 中的默认操作员）',
      'operator for this command (else the default in .wuye/local.yaml)',
    ),
  },
  {
    flags: '--json',
    names: ['--json'],
    key: 'json',
    value: true,
    description: msg('机器可读输出：在标准输出打印一个 JSON 文档', 'machine output: one JSON document on stdout'),
  },
  {
    flags: '--no-commit',
    names: ['--no-commit'],
    key: 'commit',
    value: false,
    description: msg('写入并暂存，但不提交', "write and stage, don't commit"),
  },
  {
    flags: '--no-input',
    names: ['--no-input'],
    key: 'input',
    value: false,
    description: msg(
      '从不提示输入（标准输入不是终端或设置了 CI 时自动如此）',
      'never prompt (implied when stdin is not a terminal or CI is set)',
    ),
  },
  {
    flags: '--lang <zh|en>',
    names: ['--lang'],
    takes: 'zh|en',
    key: 'lang',
    description: msg('消息和帮助的语言', 'language of messages and help'),
  },
  {
    flags: '--reveal',
    names: ['--reveal'],
    key: 'reveal',
    value: true,
    description: msg(
      '显示未遮蔽的个人资料：须在职且角色允许（wuye.yaml personal.reveal_roles），用 --reason 说明理由；每次都记入审计（wuye audit reveals）',
      'show personal data unmasked: an active operator whose role wuye.yaml allows (personal.reveal_roles), with --reason saying why; every use is recorded (wuye audit reveals)',
    ),
  },
  {
    flags: '-q, --quiet',
    names: ['-q', '--quiet'],
    key: 'quiet',
    value: true,
    description: msg('少输出', 'less output'),
  },
  {
    flags: '--no-color',
    names: ['--no-color'],
    key: 'color',
    value: false,
    description: msg('不用颜色（也认 NO_COLOR）', 'no colour (NO_COLOR is honoured)'),
  },
  {
    flags: '--force',
    names: ['--force'],
    key: 'force',
    value: true,
    description: msg('覆盖有未提交手工修改的文件', 'overwrite files that have uncommitted hand edits'),
  },
];

/** An option that takes one value, given twice (`--amount 1 --amount 500`): which one was meant is not ours to guess. */
export function givenTwice(flag: string, first: string, second: string): UsageError {
  return new UsageError(
    msg(
      `选项 ${flag} 给了两次（"${first}" 和 "${second}"）`,
      `option ${flag} was given twice ("${first}" and "${second}")`,
    ),
    msg(`只写一次 ${flag}`, `give ${flag} once`),
  );
}

/**
 * `--reason TEXT` of --reveal, taken out of the words when the command has no `--reason` of its own (a command
 * that has one — fee adjust, renovation suspend... — keeps it, and its reason is the reveal's too).
 */
export function takeRevealReason(rest: string[], commandHasReason: boolean): string | undefined {
  if (commandHasReason) return undefined;
  let reason: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') break;
    if (a !== '--reason' && !a.startsWith('--reason=')) continue;
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[i + 1];
    if (v === undefined || (!a.includes('=') && v.startsWith('-')))
      throw new UsageError(msg('选项 --reason 需要一个值（理由）', 'option --reason needs a value (the reason)'));
    if (reason !== undefined) throw givenTwice('--reason', reason, v);
    reason = v;
    rest.splice(i, a.includes('=') ? 1 : 2);
    i--;
  }
  return reason;
}

/** Split argv into the global options and the rest (for commander). */
export function extractGlobals(argv: readonly string[], env: NodeJS.ProcessEnv): { globals: Globals; rest: string[] } {
  const g: Globals = {
    json: false,
    commit: true,
    input: true,
    reveal: false,
    quiet: false,
    color: !env.NO_COLOR,
    force: false,
  };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const [name, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const spec = GLOBAL_OPTIONS.find((s) => s.names.includes(name));
    if (!spec) {
      rest.push(a);
      continue;
    }
    if (spec.takes) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('-'))) {
        throw new UsageError(
          msg(`选项 ${name} 需要一个值（${spec.takes}）`, `option ${name} needs a value (${spec.takes})`),
          msg(
            `例如 ${name} ${spec.key === 'lang' ? 'en' : spec.takes}`,
            `for example ${name} ${spec.key === 'lang' ? 'en' : spec.takes}`,
          ),
        );
      }
      if (spec.key === 'lang' && v !== 'zh' && v !== 'en')
        throw new UsageError(msg(`--lang 只能是 zh 或 en，而不是 "${v}"`, `--lang must be zh or en, not "${v}"`));
      const before = (g as unknown as Record<string, unknown>)[spec.key];
      if (before !== undefined) throw givenTwice(name, String(before), v);
      (g as unknown as Record<string, unknown>)[spec.key] = v;
    } else {
      (g as unknown as Record<string, unknown>)[spec.key] = spec.value;
    }
  }
  return { globals: g, rest };
}
