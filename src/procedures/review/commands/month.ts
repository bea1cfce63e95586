// wuye review month --month 2026-11 [--staff S003 S004]
// Manual 五, 六, 三.5.8: drafts every staff member's evaluation sheet for a month from their position's template,
// the scores the records give filled in with their evidence; the manager scores the rest (review score).
import { nextCaseId } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { activeIn } from '../rules.js';
import { draftCriteria, loadTemplate, monthDays, positionOf, total, type Evaluation } from '../evaluation.js';

export function parse(l: Line) {
  const month = l.text('month')!;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new UsageError(msg(`--month ${month}: 写成 2026-11`, `--month ${month}: write 2026-11`));
  return { month, staff: l.values('staff').map((s) => checkId('staff', s, '--staff')) };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const p = monthDays(o.month);
  if (p.from > ctx.today())
    throw new UsageError(
      msg(`--month ${o.month} 还没开始`, `--month ${o.month} has not begun`),
      msg('考评已经开始的月份', 'evaluate a month that has begun'),
    );
  const op = ctx.operator();
  await ctx.write((tx) => {
    const all = [...ctx.shown.all<StaffRecord>('staff')].map((r) => r.data);
    for (const s of o.staff)
      if (!all.some((x) => x.id === s))
        throw new RuleError(
          msg(`没有员工 ${s}`, `no staff member ${s}`),
          msg('用 wuye staff list 查看员工编号', 'see wuye staff list'),
        );
    const existing = new Set(
      [...ctx.shown.all<Evaluation>('evaluation')].filter((r) => r.data.month === o.month).map((r) => r.data.staff),
    );
    const who = all.filter(
      (s) =>
        (o.staff.length ? o.staff.includes(s.id) : true) &&
        activeIn(s, p.from, p.to) &&
        positionOf(ctx, s) &&
        !existing.has(s.id),
    );
    if (o.staff.length)
      for (const s of all.filter((x) => o.staff.includes(x.id)))
        if (!positionOf(ctx, s))
          throw new RuleError(
            msg(`${s.id}（${s.name}）的岗位没有考评模板`, `${s.id} (${s.name}): no evaluation template for the role`),
            msg('在 templates/reviews/ 增加该岗位的模板', 'add a template for the role in templates/reviews/'),
          );
    const made: string[] = [];
    for (const s of who) {
      const position = positionOf(ctx, s)!;
      const id = nextCaseId(ctx, tx, 'evaluation', o.month.slice(0, 4));
      const rec: Evaluation = {
        kind: 'evaluation',
        id,
        month: o.month,
        staff: s.id,
        position: position as Evaluation['position'],
        criteria: draftCriteria(ctx, loadTemplate(ctx, position), s, o.month) as Evaluation['criteria'],
        state: 'draft',
        by: op.id,
      };
      tx.create('evaluation', id, rec);
      made.push(`${id} ${s.id}（${total(rec)}）`);
    }
    if (!made.length)
      throw new RuleError(
        msg(
          `${o.month} 没有需要起草的考评表（已起草或无人可评）`,
          `${o.month}: no sheet to draft (drafted already or no one to evaluate)`,
        ),
        msg('用 wuye review report --month 查看', 'see wuye review report --month'),
      );
    return {
      message: `review: month ${o.month} (${made.length})`,
      summary: msg(
        `已起草 ${o.month} 考评表 ${made.length} 份：${made.join('、')}；其余项目由经理评分（wuye review score）`,
        `drafted ${made.length} sheets for ${o.month}: ${made.join(', ')}; the manager scores the rest (wuye review score)`,
      ),
    };
  });
}
