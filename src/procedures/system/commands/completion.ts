// wuye completion bash|zsh|fish — a completion script (cli.md; issue 11 item 15). The script asks wuye itself
// what may follow (`wuye __complete CUR WORDS…`, src/cli/complete.ts): commands and options from the specs,
// option values from their choices (--method cash…), ids from the records (units, cases, staff), paths for
// --out and files — so it never falls behind a new command or a new unit.
// e.g. source <(wuye completion bash) · wuye completion fish > ~/.config/fish/completions/wuye.fish
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export function bashScript(): string {
  return `# wuye bash completion — add to ~/.bashrc:  source <(wuye completion bash)
_wuye() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" line
  local IFS=$'\\n'
  local -a out words=()
  out=( $("\${COMP_WORDS[0]}" __complete "$cur" "\${COMP_WORDS[@]:1:COMP_CWORD-1}" 2>/dev/null) )
  case "\${out[0]}" in
    :file) compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
    :dir) compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
  esac
  for line in "\${out[@]}"; do words+=( "\${line%%$'\\t'*}" ); done
  COMPREPLY=( $(compgen -W "\${words[*]}" -- "$cur") )
}
complete -F _wuye wuye
`;
}

export function zshScript(): string {
  return `#compdef wuye
# wuye zsh completion — add to ~/.zshrc:  source <(wuye completion zsh)
_wuye() {
  local -a out described
  local line
  out=( "\${(@f)$(\${words[1]} __complete "\${words[CURRENT]}" "\${(@)words[2,CURRENT-1]}" 2>/dev/null)}" )
  case "\${out[1]}" in
    :file) _files; return ;;
    :dir) _files -/; return ;;
  esac
  for line in "\${out[@]}"; do
    [[ -z "$line" ]] && continue
    if [[ "$line" == *$'\\t'* ]]; then described+=( "\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}" )
    else described+=( "\${line//:/\\\\:}" ); fi
  done
  _describe -t wuye 'wuye' described
}
(( $+functions[compdef] )) || { autoload -Uz compinit && compinit -u; }
compdef _wuye wuye
`;
}

export function fishScript(): string {
  return `# wuye fish completion — save as ~/.config/fish/completions/wuye.fish:  wuye completion fish > …/wuye.fish
function __wuye_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l out ($tokens[1] __complete "$cur" $tokens[2..-1] 2>/dev/null)
    switch "$out[1]"
        case :file
            __fish_complete_path "$cur"
        case :dir
            __fish_complete_directories "$cur"
        case '*'
            printf '%s\\n' $out
    end
end
complete -c wuye -f -a '(__wuye_complete)'
`;
}

export function parse(l: Line) {
  const shell = l.arg(0)!;
  if (!(SHELLS as readonly string[]).includes(shell))
    throw new UsageError(
      msg(`不支持的 shell: "${shell}"`, `unsupported shell: "${shell}"`),
      msg('用 wuye completion bash、zsh 或 fish', 'use wuye completion bash, zsh or fish'),
    );
  return { shell: shell as (typeof SHELLS)[number] };
}

export async function run(ctx: Ctx, { shell }: ReturnType<typeof parse>): Promise<void> {
  ctx.out.line(shell === 'bash' ? bashScript() : shell === 'zsh' ? zshScript() : fishScript());
}
