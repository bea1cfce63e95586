// What every per-kind generator receives (see index.ts for the list): the options,
// the estate built so far (units, people, staff — in memory, written at the end so
// later generators may still change them), its own seeded random stream, and the
// writer for its own files.  e.g. run(g) { for (const u of g.estate.units) ... }
import type { FeeAccountRecord, PersonRecord, StaffRecord, UnitRecord } from '../../core/types.gen.js';
import type { PayMethod } from '../../core/enums.gen.js';
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
  /** Money taken at the counter by the procedures' generators, for the fee generator to put on the fee accounts. */
  counter: CounterTake[];
  /** The community events generated (the event generator), for the claims of their costs (expense). */
  events: { id: string; date: string; title: string }[];
}

/**
 * Money a procedure's generator takes at the counter (move-in fees, renovation deposits and fees): the fee
 * generator puts it on the unit's fee account with the cashier's next receipt, in time order with every other
 * payment, and into the cashier's closed day (07-fees.md: every yuan through the fee account and a receipt of
 * the cashier's book). It fills `receipt` and `book` in its `finish`, before the later generators' `finish`
 * writes the records that name them.
 */
export interface CounterTake {
  unit: string;
  /** When it was taken (ISO with offset); the cashier must be in post that day. */
  at: string;
  cashier: string;
  method: PayMethod;
  payer?: string;
  /** Lines charged and paid (a bill of the same id already raised is paid, not billed again). */
  bills?: NonNullable<FeeAccountRecord['bills']>;
  /** Or a deposit held. */
  deposit?: { code: string; amount: string };
  /** Or a deposit leaving the account (refunded, or deducted per the agreement): no receipt, an adjustment. */
  adjustment?: {
    type: 'deposit-refund' | 'deposit-deduction';
    deposit: string;
    amount: string;
    reason: string;
    approved_by: string;
  };
  note?: string;
  /** Filled by the fee generator. */
  receipt?: string;
  book?: string;
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
  /**
   * Runs after every generator's `run`, again in registry order, with the same context: for work that needs
   * what later generators added (the fee generator numbers the counter's takes) and the files that name it.
   */
  finish?(g: GenContext): void | Promise<void>;
}
