// wuye review training hours [--quarter 2026-Q4] [--short]
// Manual 三.5.4: each member of the customer service department's training hours in a quarter, and everyone under
// 8 hours (wuye.yaml standards.training_hours_quarter) listed.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { targetOf } from '../../../kit/standards.js';
import { quarterOf, TRAINING_HOURS, trainingHours, type Training } from '../rules.js';

export function parse(l: Line) {
  const quarter = l.text('quarter');
  if (quarter !== undefined && !/^\d{4}-Q[1-4]$/.test(quarter))
    throw new UsageError(msg(`--quarter ${quarter}: 写成 2026-Q4`, `--quarter ${quarter}: write 2026-Q4`));
  return { quarter, short: l.flagged('short') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const q = o.quarter ?? quarterOf(ctx.today());
  const target = targetOf(ctx, 'training_hours_quarter', TRAINING_HOURS);
  const rows = trainingHours(
    [...ctx.shown.all<Training>('training')].map((r) => r.data),
    [...ctx.shown.all<StaffRecord>('staff')].map((r) => r.data),
    q,
    target,
  ).filter((r) => !o.short || r.short);
  if (ctx.globals.json) {
    ctx.out.json({ quarter: q, target, staff: rows });
    return;
  }
  ctx.out.line(
    t(
      msg(
        `${q} 培训学时（每人不少于 ${target} 小时，三.5.4）`,
        `${q} training hours (at least ${target} each, 三.5.4)`,
      ),
    ),
  );
  ctx.out.table(rows, [
    { key: 'staff', header: msg('员工', 'Staff'), get: (r) => `${r.staff} ${r.name}` },
    { key: 'hours', header: msg('学时', 'Hours'), align: 'right', get: (r) => String(r.hours) },
    { key: 'sessions', header: msg('培训', 'Sessions'), get: (r) => r.sessions.join('、') },
    {
      key: 'short',
      header: msg('不足', 'Short'),
      get: (r) =>
        r.short
          ? t(
              msg(
                `差 ${Math.round((target - r.hours) * 100) / 100} 小时`,
                `${Math.round((target - r.hours) * 100) / 100} h short`,
              ),
            )
          : '',
    },
  ]);
}
