// The warranty procedure's rules as pure functions (spec procedures/06-warranty.md; 建设工程质量管理条例 art. 40;
// 商品房销售管理办法 art. 33): two clocks per component — the contractor's statutory period from the project's
// completion acceptance (竣工验收合格) and the developer's to the buyer from delivery (the move-in completion),
// never ending before the contractor's. A report is in warranty while either clock still runs (its last day
// included). Periods: years (the last day is the day before the anniversary), whole heating/cooling seasons
// begun after the start, or the design life; defaults from wuye.yaml `warranty`.
// e.g. decide('electrical', '2024-03-20', '2024-06-18', '2026-06-17', cfg(undefined)) → { in_warranty: true, clock: 'developer', … }
import { addDays } from '../../core/dates.js';
import { CONFIG_DEFAULTS, type WarrantyComponent } from '../../core/enums.gen.js';
import type { ConfigRecord, WarrantyRecord } from '../../core/types.gen.js';

export type Warranty = WarrantyRecord;
export type WarrantyConf = typeof CONFIG_DEFAULTS.warranty & {
  completion_accepted: Record<string, string>;
  developer_periods: Partial<Record<WarrantyComponent, Period>>;
};
export interface Period {
  years?: number;
  seasons?: number;
  design_life?: true;
}
export type Decision = WarrantyRecord['decision'];

/** wuye.yaml `warranty` with the regulation's periods where the center wrote none (a component at a time). */
export function cfg(c: ConfigRecord['warranty'] | undefined): WarrantyConf {
  const d = CONFIG_DEFAULTS.warranty;
  return {
    ...d,
    ...(c ?? {}),
    periods: { ...d.periods, ...(c?.periods ?? {}) },
    season: { ...d.season, ...(c?.season ?? {}) },
  } as WarrantyConf;
}

/** The date n years after `date` (29 February to 28 February when the year has none). */
export function addYears(date: string, n: number): string {
  const y = Number(date.slice(0, 4)) + n;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** The last day of a period that starts on `start`. */
export function periodEnd(start: string, p: Period, conf: WarrantyConf): string {
  if (p.design_life) return addDays(addYears(start, conf.design_life_years), -1);
  if (p.seasons) {
    // whole seasons begun on or after the start: the n-th one's last day
    const { from, to } = conf.season;
    let y = Number(start.slice(0, 4));
    if (`${y}-${from}` < start) y++;
    y += p.seasons - 1;
    return `${to < from ? y + 1 : y}-${to}`;
  }
  return addDays(addYears(start, p.years ?? 0), -1);
}

/** "5 年", "2 个采暖期", "设计使用年限 50 年" — for the case and the forms. */
export function periodText(p: Period, conf: WarrantyConf): { zh: string; en: string } {
  if (p.design_life)
    return {
      zh: `设计使用年限（${conf.design_life_years} 年）`,
      en: `the design life (${conf.design_life_years} years)`,
    };
  if (p.seasons) return { zh: `${p.seasons} 个采暖期、供冷期`, en: `${p.seasons} heating/cooling seasons` };
  return { zh: `${p.years} 年`, en: `${p.years} years` };
}

/** The completion acceptance of a unit's building (`*` the whole project), or undefined when not recorded. */
export function acceptedOf(conf: WarrantyConf, building: string): string | undefined {
  return conf.completion_accepted[building] ?? conf.completion_accepted['*'];
}

/**
 * The decision on `on` (the day reported): both clocks' last days, which still run, in warranty or not. The
 * developer's clock runs from delivery with its promised period (default the statutory one), never ending before
 * the contractor's; without a delivery date only the contractor's clock counts.
 */
export function decide(
  component: WarrantyComponent,
  accepted: string,
  delivered: string | undefined,
  on: string,
  conf: WarrantyConf,
): Decision {
  const statutory = conf.periods[component] as Period;
  const contractorEnd = periodEnd(accepted, statutory, conf);
  const own = delivered ? periodEnd(delivered, conf.developer_periods[component] ?? statutory, conf) : undefined;
  const developerEnd = own === undefined ? undefined : own < contractorEnd ? contractorEnd : own;
  const c = on <= contractorEnd;
  const d = developerEnd !== undefined && on <= developerEnd;
  return {
    in_warranty: c || d,
    clock: c && d ? 'both' : c ? 'contractor' : d ? 'developer' : 'none',
    period: periodText(statutory, conf).zh,
    completion_accepted: accepted,
    ...(delivered ? { delivered_on: delivered } : {}),
    contractor_end: contractorEnd,
    ...(developerEnd ? { developer_end: developerEnd } : {}),
  };
}

/** Is the developer's agreed deadline missed on `today` (routed, not completed, the deadline passed)? */
export const deadlineMissed = (w: Warranty, today: string): boolean =>
  w.state === 'routed' && !!w.routed && w.routed.deadline < today;

// ---- statistics for the developer ----

export interface Figures {
  reports: number;
  inWarranty: number;
  converted: number;
  completed: number;
  late: number;
  open: number;
}

export const emptyFigures = (): Figures => ({
  reports: 0,
  inWarranty: 0,
  converted: 0,
  completed: 0,
  late: 0,
  open: 0,
});

export function addTo(f: Figures, w: Warranty, today: string): void {
  f.reports++;
  if (w.decision.in_warranty) f.inWarranty++;
  else f.converted++;
  if (w.completed) f.completed++;
  if (w.completed?.late || deadlineMissed(w, today)) f.late++;
  if (!['closed', 'converted'].includes(w.state)) f.open++;
}
