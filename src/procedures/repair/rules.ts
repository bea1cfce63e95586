// The repair procedure's rules as pure functions (manual 三.7.1, 三.7.6; spec 14 "Rules"): the configuration
// with the manual's numbers as defaults, punctuality of an arrival against the appointment (more than 5
// minutes early or more than 2 minutes late is not punctual), the promised completion, and the statistics —
// on-time rate (done by the promised time ÷ orders done, target 100%), rework rate (reworks ÷ orders, ≤ 1%),
// return-visit satisfaction (≥ 95%), punctuality.
// e.g. punctuality('2026-11-28T10:00:00+08:00', '2026-11-28T10:02:00+08:00', cfg(undefined)) → { punctual: true, minutes: 2 }
import { dateOf } from '../../core/dates.js';
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';
import type { ConfigRecord, RepairRecord } from '../../core/types.gen.js';

export type Repair = RepairRecord;
export type RepairConf = typeof CONFIG_DEFAULTS.repair;

/** wuye.yaml `repair` with the manual's values where the center wrote none. */
export function cfg(c: ConfigRecord['repair'] | undefined): RepairConf {
  return { ...CONFIG_DEFAULTS.repair, ...(c ?? {}) } as RepairConf;
}

export interface Punctuality {
  punctual: boolean;
  /** Seconds after the appointment (negative: early). */
  seconds: number;
}

/**
 * 三.7.1: arriving at most 5 minutes early and at most 2 minutes late is punctual; 5 minutes and one second early,
 * or 2 minutes and one second late, is not.
 */
export function punctuality(promised: string, arrived: string, c: RepairConf): Punctuality {
  const seconds = Math.round((Date.parse(arrived) - Date.parse(promised)) / 1000);
  return { punctual: seconds >= -c.early_minutes * 60 && seconds <= c.late_minutes * 60, seconds };
}

/** The time a repair is promised done: the appointment plus the hours of its urgency (wuye.yaml `repair`). */
export function dueAt(promised: string, urgency: Repair['urgency'], c: RepairConf): string {
  const h = urgency === 'urgent' ? c.urgent_hours : c.minor_hours;
  const t = new Date(Date.parse(promised) + h * 3600_000);
  const off = promised.slice(19); // keep the center's offset as written
  const sign = off.startsWith('-') ? -1 : 1;
  const [oh, om] = off === 'Z' ? [0, 0] : off.slice(1).split(':').map(Number);
  const local = new Date(t.getTime() + sign * (oh * 60 + om) * 60_000);
  return `${local.toISOString().slice(0, 19)}${off}`;
}

/** Done by the promised time? undefined while not done. */
export const onTime = (r: Repair): boolean | undefined =>
  r.done_at && r.due_at ? Date.parse(r.done_at) <= Date.parse(r.due_at) : r.done_at ? true : undefined;

/** "Early 3 min" / "late 1 min 30 s" for a deviation in seconds. */
export function deviationText(seconds: number): { zh: string; en: string } {
  const a = Math.abs(seconds);
  const m = Math.floor(a / 60);
  const s = a % 60;
  const zh = [m ? `${m} 分` : '', s || !m ? `${s} 秒` : ''].filter(Boolean).join(' ');
  const en = `${m ? `${m} min` : ''}${s ? `${m ? ' ' : ''}${s} s` : m ? '' : '0 s'}`;
  if (seconds < 0) return { zh: `提前 ${zh}`, en: `${en} early` };
  if (seconds > 0) return { zh: `迟到 ${zh}`, en: `${en} late` };
  return { zh: '准点', en: 'on the minute' };
}

// ---- statistics (三.7.6) ----

export interface Period {
  from: string;
  to: string;
}

export interface Figures {
  orders: number;
  minor: number;
  urgent: number;
  paid: number;
  done: number;
  onTime: number;
  /** onTime ÷ done (target 100%). */
  onTimeRate?: number;
  arrived: number;
  punctual: number;
  punctualRate?: number;
  reworks: number;
  /** reworks ÷ orders (at most 1%). */
  reworkRate?: number;
  callbacks: number;
  satisfied: number;
  /** satisfied ÷ return visits (the last visit of each order; at least 95%). */
  satisfaction?: number;
  /** Fen charged on paid repairs. */
  charged: number;
}

const rate = (a: number, b: number) => (b ? a / b : undefined);

const fen = (s: string | undefined) => {
  if (!s) return 0;
  const [i, f = ''] = s.split('.');
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
};

export const receivedIn = (r: Repair, p: Period) => dateOf(r.received_at) >= p.from && dateOf(r.received_at) <= p.to;

export function figures(orders: Iterable<Repair>, p?: Period): Figures {
  const f: Figures = {
    orders: 0,
    minor: 0,
    urgent: 0,
    paid: 0,
    done: 0,
    onTime: 0,
    arrived: 0,
    punctual: 0,
    reworks: 0,
    callbacks: 0,
    satisfied: 0,
    charged: 0,
  };
  for (const r of orders) {
    if (p && !receivedIn(r, p)) continue;
    f.orders++;
    if (r.urgency === 'urgent') f.urgent++;
    else f.minor++;
    if (r.paid) f.paid++;
    if (r.rework_of) f.reworks++;
    if (r.arrived_at) {
      f.arrived++;
      if (r.punctual) f.punctual++;
    }
    const ok = onTime(r);
    if (ok !== undefined) {
      f.done++;
      if (ok) f.onTime++;
    }
    const v = r.callbacks?.at(-1);
    if (v) {
      f.callbacks++;
      if (v.satisfied) f.satisfied++;
    }
    if (r.charge?.receipt) f.charged += fen(r.charge.amount);
  }
  f.onTimeRate = rate(f.onTime, f.done);
  f.punctualRate = rate(f.punctual, f.arrived);
  f.reworkRate = rate(f.reworks, f.orders);
  f.satisfaction = rate(f.satisfied, f.callbacks);
  return f;
}

/** Does a figure meet its target (undefined: no data — never "met"). */
export function meets(f: Figures, c: RepairConf) {
  return {
    onTime: f.onTimeRate === undefined ? undefined : f.onTimeRate >= c.on_time_target,
    rework: f.reworkRate === undefined ? undefined : f.reworkRate <= c.rework_max,
    satisfaction: f.satisfaction === undefined ? undefined : f.satisfaction >= c.satisfaction_target,
  };
}
