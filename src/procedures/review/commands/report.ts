// wuye review report --month 2026-11 [--xlsx kp.xlsx] [--format csv] [--json]
// Manual 五, 六, 三.5.8: a month's evaluations — each staff member's position, total, grade and where the sheet
// stands (draft, confirmed, approved), those not yet drafted named; each criterion with its evidence after.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { emitReport } from '../../../kit/report.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { bands, gradeOf, total, unscored, type Evaluation } from '../evaluation.js';

export function parse(l: Line) {
  const month = l.text('month')!;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new UsageError(msg(`--month ${month}: 写成 2026-11`, `--month ${month}: write 2026-11`));
  return { month, xlsx: l.text('xlsx'), format: l.choice<'table' | 'csv'>('format') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const evs = [...ctx.shown.all<Evaluation>('evaluation')]
    .map((r) => r.data)
    .filter((e) => e.month === o.month)
    .sort((a, b) => (a.staff < b.staff ? -1 : 1));
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const b = bands(ctx);
  await emitReport(
    ctx,
    {
      title: msg('岗位考评汇总', 'Monthly evaluations'),
      center: ctx.config.center.name,
      period: o.month,
      generatedAt: ctx.now(),
      generatedBy: op ? `${op.id} ${op.name}` : undefined,
      sheets: [
        {
          name: msg('考评汇总', 'Summary'),
          columns: [
            { key: 'id', header: msg('编号', 'Id') },
            { key: 'staff', header: msg('员工', 'Staff') },
            { key: 'position', header: msg('岗位', 'Position') },
            { key: 'total', header: msg('总分', 'Total'), type: 'number' },
            { key: 'grade', header: msg('等级', 'Grade') },
            { key: 'state', header: msg('状态', 'State') },
            { key: 'open', header: msg('待评项目', 'Not scored') },
          ],
          rows: evs.map((e) => ({
            id: e.id,
            staff: e.staff,
            position: label('role', e.position),
            total: total(e),
            grade: unscored(e).length ? '' : gradeOf(total(e), b),
            state: label('evaluationState', e.state),
            open: unscored(e).join('、'),
          })),
        },
        {
          name: msg('考评明细', 'Criteria'),
          columns: [
            { key: 'id', header: msg('编号', 'Id') },
            { key: 'staff', header: msg('员工', 'Staff') },
            { key: 'criterion', header: msg('项目', 'Criterion') },
            { key: 'points', header: msg('分值', 'Points'), type: 'number' },
            { key: 'score', header: msg('得分', 'Score'), type: 'number' },
            { key: 'evidence', header: msg('依据', 'Evidence') },
          ],
          rows: evs.flatMap((e) =>
            e.criteria.map((c) => ({
              id: e.id,
              staff: e.staff,
              criterion: c.id,
              points: c.points,
              score: c.score ?? '',
              evidence: [...(c.evidence ?? []), ...(c.note ? [c.note] : [])].join('；'),
            })),
          ),
        },
      ],
    },
    { xlsx: o.xlsx, format: o.format },
  );
}
