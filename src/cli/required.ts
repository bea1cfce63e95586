// Required values a person left out of a command line (cli.md "Prompts"): asked for in a
// terminal, else a usage error naming the option; a malformed id is refused first.
// e.g. `wuye show` in a terminal asks for the id; with --no-input it exits 2 naming ID.
import { msg, t } from '../core/i18n.js';
import { checkId } from '../core/kinds.js';
import { label } from '../core/labels.js';
import type { Ctx } from '../kit/context.js';
import { optionKey, type CommandSpec, type Opts } from '../kit/spec.js';

/** Fill in required arguments and options a person left out: prompt in a terminal, else a usage error naming the option. */
export async function fillRequired(ctx: Ctx, spec: CommandSpec, args: string[], opts: Opts): Promise<void> {
  for (const [i, a] of (spec.args ?? []).entries()) {
    if (!a.required || a.variadic || args[i] !== undefined) continue;
    args[i] = await ctx.prompter.input({
      message: a.description,
      option: a.name,
      validate: (s) => (s.trim() ? true : t(msg('不能为空', 'must not be empty'))),
    });
  }
  // A malformed id (../x) is the first thing to hear about, before any prompt for options.
  (spec.args ?? []).forEach((a, i) => {
    if (a.kind && args[i] !== undefined) checkId(a.kind, args[i].trim(), a.name.toUpperCase());
  });
  for (const o of spec.options ?? []) {
    const key = optionKey(o.flags);
    if (!o.required || opts[key] !== undefined) continue;
    const flag = /--[a-z0-9-]+/.exec(o.flags)![0];
    opts[key] = o.choices
      ? await ctx.prompter.select({
          message: o.description,
          option: flag,
          choices: o.choices.map((c) => ({ value: c, name: o.labels ? `${label(o.labels, c)} (${c})` : c })),
        })
      : await ctx.prompter.input({
          message: o.description,
          option: flag,
          validate: (s) => (s.trim() ? true : t(msg('不能为空', 'must not be empty'))),
        });
  }
}
