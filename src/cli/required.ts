// Required values a person left out of a command line (cli.md "Prompts"): asked for in a
// terminal, each answer checked as it is typed by the command's own parse rule (src/kit/line.ts
// checkAnswer), else a usage error naming the option; a malformed id is refused first. What was
// answered goes into the Wuye-Command trailer as if it had been typed on the line (ctx.answered).
// e.g. `wuye show` in a terminal asks for the id; with --no-input it exits 2 naming ID.
import { msg, t } from '../core/i18n.js';
import { checkId } from '../core/kinds.js';
import { catalogOf, label } from '../core/labels.js';
import type { Ctx } from '../kit/context.js';
import { checkAnswer, type Asked } from '../kit/line.js';
import { optionKey, type CommandModule, type CommandSpec, type Opts, type RawCommandModule } from '../kit/spec.js';

/** Fill in required arguments and options a person left out: prompt in a terminal, else a usage error naming the option. */
export async function fillRequired(
  ctx: Ctx,
  spec: CommandSpec,
  args: string[],
  opts: Opts,
  code?: Promise<CommandModule | RawCommandModule>,
): Promise<void> {
  // the command's code is needed to check answers only when someone is there to answer
  const mod = ctx.prompter.interactive && code ? await code : undefined;
  const validate = (asked: Asked) => (s: string) => {
    if (!s.trim()) return t(msg('不能为空', 'must not be empty'));
    if (!mod) return true;
    const r = checkAnswer(mod, spec, args, opts, asked, s);
    return r === true ? true : [t(r.text), r.hint ? t(r.hint) : ''].filter(Boolean).join(' — ');
  };
  for (const [i, a] of (spec.args ?? []).entries()) {
    if (!a.required || a.variadic || args[i] !== undefined) continue;
    args[i] = (
      await ctx.prompter.input({
        message: a.description,
        option: a.name,
        validate: (s) => {
          if (a.kind && s.trim()) {
            try {
              checkId(a.kind, s.trim(), a.name.toUpperCase());
            } catch (e) {
              return t((e as { text: { zh: string; en: string } }).text);
            }
          }
          return validate({ arg: i })(s);
        },
      })
    ).trim();
    ctx.answered.push(args[i]);
  }
  // A malformed id (../x) is the first thing to hear about, before any prompt for options.
  (spec.args ?? []).forEach((a, i) => {
    if (a.kind && args[i] !== undefined) checkId(a.kind, args[i].trim(), a.name.toUpperCase());
  });
  for (const o of spec.options ?? []) {
    const key = optionKey(o.flags);
    if (!o.required || opts[key] !== undefined) continue;
    const flag = /--[a-z0-9-]+/.exec(o.flags)![0];
    const catalog = o.choices ? (o.labels ?? catalogOf(o.choices)) : undefined;
    const v = o.choices
      ? await ctx.prompter.select({
          message: o.description,
          option: flag,
          choices: o.choices.map((c) => ({ value: c, name: catalog ? `${label(catalog, c)} (${c})` : c })),
        })
      : (
          await ctx.prompter.input({
            message: o.description,
            option: flag,
            validate: validate({ key }),
          })
        ).trim();
    opts[key] = v;
    ctx.answered.push(flag, v);
  }
}
