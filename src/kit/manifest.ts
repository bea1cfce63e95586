// What a procedure gives the rest of wuye, in one place (spec architecture.md "A shape that absorbs them"):
// its commands, the domain checks `wuye validate` runs, the history rules of `wuye audit verify`, the forms
// of `wuye form`, the generator of its demo and benchmark records, and its benchmark rows. The list of
// manifests (src/procedures/index.ts) is the only registry; loading a manifest loads only data — each part's
// code is imported when it is used.
// e.g. export const manifest: Manifest = { name: 'fee', commands: [fee], checks: async () => (await import('./checks.js')).checks };
import type { HistoryRule } from '../core/audit/rules.js';
import type { Check } from '../core/validate/types.js';
import type { FormDef } from './forms.js';
import type { KindGenerator } from './generate/context.js';
import type { OwedHandler } from './owed.js';
import type { CommandSpec, GroupSpec } from './spec.js';
import type { StandardSource } from './standards.js';

export interface Manifest {
  /** The procedure: its folder under src/procedures, its schemas, templates and tests share the name. */
  name: string;
  /** The commands and groups it mounts on `wuye` (e.g. the `fee` group). */
  commands: readonly (CommandSpec | GroupSpec)[];
  /** Domain checks, layer 4 of `wuye validate` (src/core/validate/types.ts). */
  checks?: () => Promise<readonly Check[]>;
  /** What git history must show (`wuye audit verify`; src/core/audit/rules.ts). */
  history?: () => Promise<readonly HistoryRule[]>;
  /** Forms printed by `wuye form NAME [ID]`. */
  forms?: () => Promise<readonly FormDef[]>;
  /** Its records in the demo and benchmark estates (`wuye demo generate`), run in registry order. */
  generators?: () => Promise<readonly KindGenerator[]>;
  /** What its commands may still owe after their commit (src/kit/owed.ts), by name: fee's `receipt`. */
  owed?: () => Promise<Record<string, OwedHandler>>;
  /** The service standards its records measure (`wuye standards`; src/kit/standards.ts), one source per group of clauses. */
  standards?: () => Promise<readonly StandardSource[]>;
  /** Its rows of `npm run bench`: a module under tests/bench/ exporting `ROWS`. */
  bench?: string;
}

/** Every command and group of these procedures, sorted by name (help and completion list them so). */
export function commandsOf(procedures: readonly Manifest[]): (CommandSpec | GroupSpec)[] {
  return procedures.flatMap((p) => p.commands).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One part of every manifest, in registry order. */
export async function collect<T>(
  procedures: readonly Manifest[],
  part: 'checks' | 'history' | 'forms' | 'generators' | 'standards',
): Promise<T[]> {
  const lists = await Promise.all(procedures.map((p) => (p[part] ? p[part]!() : Promise.resolve([]))));
  return lists.flat() as T[];
}
