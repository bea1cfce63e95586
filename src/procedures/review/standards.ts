// The service standard the training records measure (manual 三.5.4; spec standards.md 5.4): every member of the
// department at least 8 training hours (wuye.yaml standards.training_hours_quarter) in each quarter that ended in
// the period; no session in those quarters is "no data", never "met". Read by `wuye standards`.
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

export const sources: readonly StandardSource[] = [{ clauses: ['5.4'], measure: trainingStandards }];
