// What may follow on a command line, for the shells' completion (cli.md "wuye completion"; issue 11 item 15):
// `wuye __complete CUR WORD...` prints one candidate a line (`value<TAB>description`), or `:file` / `:dir` for
// the shell to complete a path. Commands and options come from the specs, an option's values from its choices,
// ids from the records (units, move-in and renovation cases, staff, people, receipt books), read from the records
// root the line or the folder names. e.g. wuye __complete '' fee pay 1-1-0301 --method → cash<TAB>现金 …
import { t } from '../core/i18n.js';
import { catalogOf, label } from '../core/labels.js';
import { findRoot } from '../core/root.js';
import { Store } from '../core/store.js';
import { GLOBAL_OPTIONS } from '../kit/globals.js';
import { isGroup, type ArgSpec, type CommandSpec, type GroupSpec, type OptionSpec } from '../kit/spec.js';

type Source = { ids: string } | { path: ':file' | ':dir' } | { words: readonly string[] } | undefined;

/** What an argument names, by its kind or its name (a movein `unit` is a move-in case; `show ID` any unit or case). */
function argSource(a: ArgSpec, path: readonly string[]): Source {
  if (a.kind) return { ids: a.kind };
  if (a.name === 'file') return { path: ':file' };
  if (a.name === 'dir') return { path: ':dir' };
  if (a.name === 'shell') return { words: ['bash', 'zsh', 'fish'] };
  if (a.name === 'book') return { ids: 'receipt-book' };
  if (a.name === 'unit') return { ids: path[0] === 'movein' ? 'movein' : 'unit' };
  if (a.name === 'id') return { ids: path[0] === 'renovation' ? 'renovation' : 'unit,renovation,staff' };
  return undefined;
}

/** What an option's value names: its choices, else its flag or placeholder (--unit <unit>, --out <file>). */
function optionSource(o: Pick<OptionSpec, 'flags' | 'choices'>): Source {
  if (o.choices) return { words: o.choices };
  const [, flag, value] = /(--[a-z0-9-]+) <([^>]+)>/.exec(o.flags) ?? [];
  if (!flag) return undefined;
  if (/^(file|dir)$/.test(value) || /^--(out|xlsx|pdf)$/.test(flag))
    return { path: value === 'dir' ? ':dir' : ':file' };
  if (flag === '--records') return { path: ':dir' };
  if (flag === '--lang') return { words: ['zh', 'en'] };
  if (flag === '--unit') return { ids: 'unit' };
  if (flag === '--building') return { ids: 'building' };
  if (flag === '--as' || /^staff/.test(value)) return { ids: 'staff' };
  if (/^--(person|applicant)$/.test(flag)) return { ids: 'person' };
  return undefined;
}

/** The candidates after `words`, for the word being typed (`cur`). */
export function complete(
  commands: readonly (CommandSpec | GroupSpec)[],
  words: readonly string[],
  cur: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): string[] {
  const globals = GLOBAL_OPTIONS.map((g) => ({ ...g, long: g.names.find((n) => n.startsWith('--'))! }));
  let records: string | undefined;
  let list: readonly (CommandSpec | GroupSpec)[] = commands;
  const path: string[] = [];
  let spec: CommandSpec | undefined;
  let positional = 0;
  let pending: Source | undefined; // the previous word is an option waiting for its value
  let pendingSet = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    pendingSet = false;
    pending = undefined;
    const g = globals.find((x) => x.names.includes(w));
    if (g) {
      if (g.takes) {
        if (i + 1 < words.length) {
          if (g.key === 'records') records = words[i + 1];
          i++;
        } else [pending, pendingSet] = [optionSource({ flags: g.flags }), true];
      }
      continue;
    }
    if (w.startsWith('-')) {
      const o = spec?.options?.find((x) => /--[a-z0-9-]+/.exec(x.flags)?.[0] === w);
      if (o && /<[^>]+>/.test(o.flags)) {
        if (i + 1 < words.length) i++;
        else [pending, pendingSet] = [optionSource(o), true];
      }
      continue;
    }
    if (spec) {
      positional++;
      continue;
    }
    const s = list.find((c) => c.name === w);
    if (!s) return [];
    path.push(s.name);
    if (isGroup(s)) list = s.commands;
    else spec = s;
  }
  const describe = (name: string, d?: { zh: string; en: string }) => (d ? `${name}\t${t(d)}` : name);
  let source: Source;
  if (pendingSet) source = pending;
  else if (cur.startsWith('-')) {
    const own = spec
      ? [
          ...(spec.options ?? []).map((o) => describe(/--[a-z0-9-]+/.exec(o.flags)![0], o.description)),
          ...(spec.writes ? ['--dry-run'] : []),
        ]
      : [];
    return [...own, ...globals.map((g) => describe(g.long, g.description))].filter((c) => c.startsWith(cur));
  } else if (!spec) return list.map((c) => describe(c.name, c.description)).filter((c) => c.startsWith(cur));
  else {
    const args = spec.args ?? [];
    const a = args[Math.min(positional, args.length - 1)];
    source = a && (positional < args.length || a.variadic) ? argSource(a, path) : undefined;
  }
  if (!source) return [];
  if ('path' in source) return [source.path];
  if ('words' in source) {
    const catalog = catalogOf(source.words);
    return source.words
      .filter((w) => w.startsWith(cur))
      .map((w) => (catalog && label(catalog, w) !== w ? `${w}\t${label(catalog, w)}` : w));
  }
  let store: Store;
  try {
    store = new Store(findRoot(records, env, cwd));
  } catch {
    return []; // no records root here: nothing to offer
  }
  const out: string[] = [];
  for (const kind of source.ids.split(',')) {
    if (kind === 'building') {
      const b = new Set(store.unitRels().map((r) => r.split('/')[1]));
      out.push(...[...b].sort());
      continue;
    }
    try {
      out.push(...store.ids(kind).filter((id) => id.startsWith(cur)));
    } catch {
      /* a kind this root has no folder for */
    }
  }
  return out.filter((c) => c.startsWith(cur)).sort();
}
