// wuye demo generate — a deterministic synthetic estate (quality.md "The benchmark
// estate"; records.md "Finding the records": the demo estate is a small generation).
//
// HOW TO ADD YOUR PROCEDURE'S RECORDS: write a KindGenerator in your procedure's folder
// (e.g. fee/generator.ts: `export const feesGenerator: KindGenerator = { name: 'fees', run(g) {...} }`)
// and name it in its manifest (`generators`). Generators run in registry order
// (src/procedures/index.ts). Each gets g.estate (units, people, staff, the
// history window and its periods — units/people/staff are written after every
// generator has run, so a generator may still change them, e.g. a unit's state),
// g.rng (its own stream, seeded from the seed and its name: adding a generator
// never changes the others' output), g.opts (profile 'demo' | 'bench', asOf) and
// g.out (g.out.record(rel, data) writes a file now, fast, no Tx, no schema check —
// the generator test validates every file against its schema afterwards). Money a procedure takes
// goes on g.estate.counter; the fee generator numbers it in its `finish` (after every `run`, in
// registry order), so a generator whose records name a receipt writes them in its own `finish`.
// Keep it fast: build plain objects, write each file once.
//
// e.g. wuye demo generate /tmp/estate --units 5000 --seed 1 --years 3
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../../core/git.js';
import { relPath } from '../../core/kinds.js';
import { GITIGNORE } from '../../core/root.js';
import { JUESHIXIANG } from './config.js';
import type { Estate, GenOptions, KindGenerator } from './context.js';
import { Writer } from './emit.js';
import { benchPlan, demoPlan } from './plan.js';
import { Rng } from './rng.js';

export type { GenContext, GenOptions, KindGenerator } from './context.js';

/** Bump when the output for a given seed changes (the benchmark caches estates by it). */
export const GENERATOR_VERSION = 20; // 2: move-in cases and kept keys for buildings in their move-in; 3: renovation cases; 4: the desk (hotline entries, complaints); 5: move-in and renovation money on the fee accounts; 6: bench complaints given to staff still in post when they close; 7: expense claims and the car park; 8: events and notices; 9: expense claims name their event by id; 10: vacant units (checks, viewings named on the key loans, discount applications) and the vacant discount billed only for approved applications; 11: satisfaction surveys; 12: the warehouse (stock items, movements, stocktakes); 13: emergencies, drills and receptions; 14: repair orders (their desk entries, paid ones receipted on the fee accounts), warranty reports, units delivered_on, wuye.yaml warranty; 15: no station in wuye.yaml (a desk's own, in .wuye/local.yaml); 16: a month of mail and parcels (mail/<year>/YJ….yaml); 17: conduct rounds and November's monthly evaluations (review); 18: the demo's training sessions of 2026 (S004 short in Q3) and shop and canteen rounds (conduct rounds numbered after them); 19: bench training, conduct rounds and monthly evaluations (review), bench surveys with a service below target most years; 20: parking pass payments charged on the holders' fee accounts with the cashier's receipts (none paid after today)

export const DEMO_AS_OF = '2026-11-28';

/** The project's demo estate (records/; `wuye init DIR --demo`): a small deterministic generation —
 * two old residential buildings, building 3 in its move-in, six shops, ten parking spaces, twelve staff. */
export const DEMO: GenOptions = { profile: 'demo', units: 112, seed: 2017, years: 3, asOf: DEMO_AS_OF };

function historyOf(asOf: string, years: number): Estate['history'] {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  const periods: string[] = [];
  for (let i = years * 12 - 1; i >= 0; i--) {
    const k = y * 12 + (m - 1) - i;
    periods.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  }
  return { from: `${periods[0]}-01`, to: asOf, periods };
}

export interface GenResult {
  files: number;
  units: number;
  people: number;
  staff: number;
  commit?: string;
}

/** Generate an estate into dir (which should be new or empty). */
export async function generate(
  dir: string,
  opts: GenOptions,
  generators: readonly KindGenerator[],
  o: { git: boolean; progress?: (name: string) => void } = { git: true },
): Promise<GenResult> {
  const estate: Estate = {
    center: JUESHIXIANG,
    plans: opts.profile === 'demo' ? demoPlan() : benchPlan(opts.units, opts.asOf),
    units: [],
    people: [],
    staff: [],
    history: historyOf(opts.asOf, opts.years),
    nextPerson: 1,
    counter: [],
    events: [],
  };
  mkdirSync(dir, { recursive: true });
  const out = new Writer(dir);
  const contexts = generators.map((gen) => ({ opts, estate, rng: new Rng(`${opts.seed}:${gen.name}`), out }));
  for (const [i, gen] of generators.entries()) {
    o.progress?.(gen.name);
    await gen.run(contexts[i]);
  }
  // the second pass: work that needs what later generators added (the fee accounts take the counter's money)
  for (const [i, gen] of generators.entries()) await gen.finish?.(contexts[i]);
  for (const s of estate.staff) out.record(relPath('staff', s.id), s as unknown as Record<string, unknown>);
  for (const u of estate.units) out.record(relPath('unit', u.id), u as unknown as Record<string, unknown>);
  for (const p of estate.people) out.record(relPath('person', p.id), p as unknown as Record<string, unknown>);
  out.text('templates/.gitkeep', '');
  out.text('.gitignore', GITIGNORE);
  mkdirSync(join(dir, '.wuye'), { recursive: true });
  writeFileSync(join(dir, '.wuye', 'local.yaml'), 'operator: S001\n');
  const result: GenResult = {
    files: out.count,
    units: estate.units.length,
    people: estate.people.length,
    staff: estate.staff.length,
  };
  if (o.git) {
    o.progress?.('git');
    git(dir, ['init', '--quiet', '-b', 'main']);
    git(dir, ['add', '-A']);
    const message = `demo: generated estate (${opts.units} units, seed ${opts.seed}, ${opts.years} years, generator v${GENERATOR_VERSION})\n\nWuye-Operator: S001\nWuye-Command: wuye demo generate --units ${opts.units} --seed ${opts.seed} --years ${opts.years}\n`;
    const env = {
      GIT_AUTHOR_NAME: '系统',
      GIT_AUTHOR_EMAIL: 'wuye@localhost',
      GIT_COMMITTER_NAME: '系统',
      GIT_COMMITTER_EMAIL: 'wuye@localhost',
      GIT_AUTHOR_DATE: `${opts.asOf}T09:00:00+08:00`,
      GIT_COMMITTER_DATE: `${opts.asOf}T09:00:00+08:00`,
    };
    git(dir, ['commit', '--quiet', '--no-verify', '-F', '-'], message, env);
    result.commit = git(dir, ['rev-parse', 'HEAD']).trim();
  }
  return result;
}
