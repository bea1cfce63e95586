// The service standards the staff records measure (manual 三.5.4, 三.5.8; spec standards.md 5.4): every member of
// the department at least 8 training hours (wuye.yaml standards.training_hours_quarter) in each quarter that ended in
// the period; every staff member due a monthly evaluation has it, confirmed, for each month that ended in the period
// (read through api.ts, as any procedure would). A quarter or month with no record at all is listed, not judged:
// nothing judged is "no data", never "met". Read by `wuye standards`.
// e.g. trainingStandards(ctx, { from: '2026-01-01', to: '2026-12-31', today: '2026-11-28', now }) → Q1–Q3 judged
import { msg } from '../../core/i18n.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import {
  ratioText,
  statusOf,
  targetOf,
  type StandardPeriod,
  type StandardRow,
  type StandardSource,
} from '../../kit/standards.js';
import { monthDays } from './evaluation.js';
import { evaluationsOfMonth, monthEvaluated } from './api.js';
import { quarterDays, quartersEnded, TRAINING_HOURS, trainingHours, type Training } from './rules.js';

export function trainingStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const target = targetOf(ctx, 'training_hours_quarter', TRAINING_HOURS);
  const quarters = quartersEnded(p.from, p.to, p.today);
  const sessions = [...ctx.shown.all<Training>('training')].map((r) => r.data);
  const staff = [...ctx.shown.all<StaffRecord>('staff')].map((r) => r.data);
  const judged = quarters.filter((q) => {
    const d = quarterDays(q);
    return sessions.some((s) => s.date >= d.from && s.date <= d.to);
  });
  const rows = judged.flatMap((q) => trainingHours(sessions, staff, q, target).map((r) => ({ q, r })));
  const short = rows.filter((x) => x.r.short);
  return [
    {
      clause: '5.4',
      requirement: msg(
        `每名员工每季度培训不少于 ${target} 小时`,
        `every staff member ≥ ${target} training hours a quarter`,
      ),
      measured: ratioText(rows.length - short.length, rows.length),
      status: statusOf(rows.length, short.length),
      evidence: [
        ...short.map((x) => `${x.r.staff}@${x.q}（${x.r.hours}h）`),
        ...quarters
          .filter((q) => !judged.includes(q))
          .map((q) => `${q}: ${msg('无培训记录', 'no training recorded').zh}`),
      ],
    },
  ];
}

/** The months that end inside a period, before today (a month still running is not judged). */
export function monthsEnded(from: string, to: string, today: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    for (let m = 1; m <= 12; m++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      const end = monthDays(month).to;
      if (end >= from && end <= to && end < today) out.push(month);
    }
  return out;
}

/** Consecutive months joined: 2026-01, 2026-02, 2026-03, 2026-05 → 2026-01~2026-03, 2026-05. */
export function runs(months: readonly string[]): string[] {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  const out: string[][] = [];
  for (const m of months) {
    const last = out.at(-1);
    if (last && n(m) === n(last.at(-1)!) + 1) last.push(m);
    else out.push([m]);
  }
  return out.map((r) => (r.length > 1 ? `${r[0]}~${r.at(-1)}` : r[0]));
}

const STATE = { draft: msg('待确认', 'draft'), none: msg('无考评表', 'no sheet') };

export function evaluationStandards(ctx: Ctx, p: StandardPeriod): StandardRow[] {
  const months = monthsEnded(p.from, p.to, p.today);
  const judged = months.filter((m) => monthEvaluated(ctx, m));
  const rows = judged.flatMap((m) => evaluationsOfMonth(ctx, m).map((e) => ({ m, e })));
  const open = rows.filter((x) => x.e.state !== 'confirmed' && x.e.state !== 'approved');
  return [
    {
      clause: '5.8',
      requirement: msg(
        '定期考评：应考评的员工每月有考评表并经本人确认',
        'regular evaluation: each staff member due one has a monthly sheet, confirmed',
      ),
      measured: ratioText(rows.length - open.length, rows.length),
      status: statusOf(rows.length, open.length),
      evidence: [
        ...open.map((x) => `${x.e.sheet ?? x.e.staff}@${x.m}（${(x.e.state ? STATE.draft : STATE.none).zh}）`),
        ...runs(months.filter((m) => !judged.includes(m))).map(
          (r) => `${r}: ${msg('无考评记录', 'no evaluation recorded').zh}`,
        ),
      ],
    },
  ];
}

export const sources: readonly StandardSource[] = [
  { clauses: ['5.4'], measure: trainingStandards },
  { clauses: ['5.8'], measure: evaluationStandards },
];
