// What every per-kind generator receives (see index.ts for the list): the options,
// the estate built so far (units, people, staff — in memory, written at the end so
// later generators may still change them), its own seeded random stream, and the
// writer for its own files.  e.g. run(g) { for (const u of g.estate.units) ... }
import type { PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { CenterInfo } from './config.js';
import type { Writer } from './emit.js';
import type { BuildingPlan } from './plan.js';
import type { Rng } from './rng.js';

export interface GenOptions {
  /** 'demo': the project's small hand-sized estate; 'bench': n units at the quality.md scale. */
  profile: 'demo' | 'bench';
  units: number;
  seed: number;
  /** Years of history ending at asOf (36 monthly periods for 3). */
  years: number;
  /** The "today" of the generated estate (fixed, so output never depends on the clock). */
  asOf: string;
}

export interface Estate {
  center: CenterInfo;
  plans: BuildingPlan[];
  units: UnitRecord[];
  people: PersonRecord[];
  staff: StaffRecord[];
  /** The history window: first and last day, and its billing periods (YYYY-MM), oldest first. */
  history: { from: string; to: string; periods: string[] };
  /** Next person id number (P000001...). */
  nextPerson: number;
}

export interface GenContext {
  opts: GenOptions;
  estate: Estate;
  rng: Rng;
  out: Writer;
}

export interface KindGenerator {
  /** The kind or group of kinds it writes ('registry', 'movein', 'fees'...); also names its random stream. */
  name: string;
  run(g: GenContext): void | Promise<void>;
}
