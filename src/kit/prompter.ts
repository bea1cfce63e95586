// Prompts (cli.md "Prompts"): inquirer, loaded only when a person at a terminal
// left out a value. Every prompt has an option that answers it; with
// --no-input (or no terminal, or CI set) a missing value is a usage error.
import { InterruptedError, UsageError } from '../core/errors.js';
import { msg, t, type Msg } from '../core/i18n.js';

export interface Choice {
  value: string;
  name: string;
}

export interface Prompter {
  readonly interactive: boolean;
  input(q: {
    message: Msg;
    option: string;
    default?: string;
    validate?: (s: string) => true | string;
  }): Promise<string>;
  select(q: { message: Msg; option: string; choices: Choice[] }): Promise<string>;
  search(q: { message: Msg; option: string; source: (term: string) => Choice[] }): Promise<string>;
  confirm(q: { message: Msg; option: string; default?: boolean }): Promise<boolean>;
}

export function missing(option: string, what: Msg): UsageError {
  return new UsageError(
    msg(`缺少 ${option}（${what.zh}）`, `missing ${option} (${what.en})`),
    msg(
      `在命令中加上 ${option} …（无终端或 --no-input 时不会提示输入）`,
      `pass ${option} … on the command line (there is no prompt without a terminal or with --no-input)`,
    ),
  );
}

async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    // Ctrl-C at a prompt: exit 130, as a shell reports an interrupt (not 0: the work was not done)
    if ((e as Error).name === 'ExitPromptError')
      throw new InterruptedError(msg('已中断，未做任何修改', 'interrupted; nothing was changed'));
    throw e;
  }
}

export function makePrompter(interactive: boolean): Prompter {
  return {
    interactive,
    async input(q) {
      if (!interactive) throw missing(q.option, q.message);
      const { input } = await import('@inquirer/prompts');
      return guard(input({ message: t(q.message), default: q.default, validate: q.validate }));
    },
    async select(q) {
      if (!interactive) throw missing(q.option, q.message);
      const { select } = await import('@inquirer/prompts');
      return guard(select({ message: t(q.message), choices: q.choices }));
    },
    async search(q) {
      if (!interactive) throw missing(q.option, q.message);
      const { search } = await import('@inquirer/prompts');
      return guard(search({ message: t(q.message), source: async (term) => q.source(term ?? '').slice(0, 30) }));
    },
    async confirm(q) {
      if (!interactive) throw missing(q.option, q.message);
      const { confirm } = await import('@inquirer/prompts');
      return guard(confirm({ message: t(q.message), default: q.default }));
    },
  };
}
