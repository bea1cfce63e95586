// The service standards a procedure measures from its records (manual 三; spec standards.md): one row per
// clause — what it requires, the figure measured, met / not met / no data, the evidence — and the part of a
// manifest (`standards`) through which each procedure gives `wuye standards` its rows. No records in the
// period is "no data", never "met".
// e.g. { clauses: ['12.2'], measure: (ctx, p) => [row('12.2', msg(…), n, bad, evidence)] }
import type { Msg } from '../core/i18n.js';
import type { Ctx } from './context.js';

export type StandardStatus = 'met' | 'not-met' | 'no-data';

export interface StandardRow {
  /** The clause of the manual's section 三 (or 四), e.g. 3.6, 11.6, 四.3. */
  clause: string;
  requirement: Msg;
  /** The figure measured, as staff read it: 12/13, 92.3%, 2 gaps. */
  measured: string;
  status: StandardStatus;
  /** Record ids at fault (or held, when met), or what is missing. */
  evidence: string[];
  /** The part of the clause this row measures, when several procedures answer for one clause (4.3: 重大投诉, 突发事件). */
  part?: Msg;
}

/** The period a standards check covers (dates, inclusive), measured as of `today`/`now`. */
export interface StandardPeriod {
  from: string;
  to: string;
  today: string;
  now: string;
}

/** What a procedure measures: the clauses it answers for, and their rows for a period. */
export interface StandardSource {
  clauses: readonly string[];
  measure(ctx: Ctx, period: StandardPeriod): StandardRow[] | Promise<StandardRow[]>;
}

/** n cases measured, `bad` of them at fault: no data with none, met only with none at fault. */
export const statusOf = (n: number, bad: number): StandardStatus =>
  n === 0 ? 'no-data' : bad === 0 ? 'met' : 'not-met';

/** A rate against a target (a share, 0–1): undefined (nothing measured) is no data, never met. */
export const rateStatus = (rate: number | undefined, target: number, atMost = false): StandardStatus =>
  rate === undefined ? 'no-data' : (atMost ? rate <= target + 1e-12 : rate >= target - 1e-12) ? 'met' : 'not-met';

/** "12/13 (92.3%)" — a count with its share; "0/0" when nothing was measured. */
export const ratioText = (ok: number, n: number): string =>
  n ? `${ok}/${n} (${Math.floor((ok / n) * 1000) / 10}%)` : '0/0';

/** A date inside a period (inclusive). */
export const inPeriod = (d: string, p: Pick<StandardPeriod, 'from' | 'to'>): boolean => d >= p.from && d <= p.to;

/** A target of `standards:` in wuye.yaml, else the manual's value. */
export const targetOf = (ctx: Pick<Ctx, 'config'>, key: string, manual: number): number => {
  const v = (ctx.config.standards as Record<string, number> | undefined)?.[key];
  return typeof v === 'number' ? v : manual;
};
