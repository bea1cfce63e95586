// wuye completion bash|zsh — a completion script generated from the command specs (cli.md: help,
// completion and prompts come from the commands as data), so it never falls behind a new command.
// e.g. source <(wuye completion bash)
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { GLOBAL_OPTIONS } from '../../../kit/globals.js';
import { commandsOf, type Manifest } from '../../../kit/manifest.js';
import { isGroup, type CommandSpec, type GroupSpec } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';

/** Every command path with the words that may follow it. */
export function completionTable(procedures: readonly Manifest[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const globals = GLOBAL_OPTIONS.flatMap((g) => g.names.filter((n) => n.startsWith('--')));
  const walk = (specs: (CommandSpec | GroupSpec)[], path: string) => {
    table.set(path, [...specs.map((s) => s.name), ...(path ? [] : globals)]);
    for (const s of specs) {
      const p = path ? `${path} ${s.name}` : s.name;
      if (isGroup(s)) walk(s.commands, p);
      else
        table.set(p, [
          ...(s.options ?? []).map((o) => /--[a-z0-9-]+/.exec(o.flags)![0]),
          ...(s.writes ? ['--dry-run'] : []),
          ...globals,
        ]);
    }
  };
  walk(commandsOf(procedures), '');
  return table;
}

export function bashScript(procedures: readonly Manifest[]): string {
  const cases = [...completionTable(procedures)]
    .map(([path, words]) => `    "${path}") words="${words.join(' ')}" ;;`)
    .join('\n');
  return `# wuye bash completion — add to ~/.bashrc:  source <(wuye completion bash)
_wuye() {
  local cur path w i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  path=""
  for ((i=1; i<COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ "$w" == -* ]] && continue
    case "$path" in
${[...completionTable(procedures).keys()].map((p) => `      "${p}") ;;`).join('\n')}
      *) continue ;;
    esac
    if [[ -z "$path" ]]; then cand="$w"; else cand="$path $w"; fi
    case "$cand" in
${[...completionTable(procedures).keys()]
  .filter(Boolean)
  .map((p) => `      "${p}") path="$cand" ;;`)
  .join('\n')}
    esac
  done
  local words=""
  case "$path" in
${cases}
  esac
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
}
complete -F _wuye wuye
`;
}

export function zshScript(procedures: readonly Manifest[]): string {
  return `#compdef wuye
# wuye zsh completion — add to ~/.zshrc:  source <(wuye completion zsh)
autoload -U bashcompinit && bashcompinit
${bashScript(procedures)}`;
}

export function parse(l: Line) {
  const shell = l.arg(0)!;
  if (shell !== 'bash' && shell !== 'zsh')
    throw new UsageError(
      msg(`不支持的 shell: "${shell}"`, `unsupported shell: "${shell}"`),
      msg('用 wuye completion bash 或 wuye completion zsh', 'use wuye completion bash or wuye completion zsh'),
    );
  return { shell };
}

export async function run(ctx: Ctx, { shell }: ReturnType<typeof parse>): Promise<void> {
  ctx.out.line(shell === 'bash' ? bashScript(ctx.procedures) : zshScript(ctx.procedures));
}
