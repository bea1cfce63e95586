// wuye review confirm KP2026-0003 --as S004   ·   wuye review confirm KP2026-0003 --approve --as S002
// Manual 六: the staff member confirms their sheet once every criterion is scored (a second confirmation is
// refused, exit 1); the manager then approves it. Nothing written on a refusal.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { NotFoundError, RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { bands, gradeOf, total, unscored, type Evaluation } from '../evaluation.js';
import { mustBeManager } from '../rules.js';

export function parse(l: Line) {
  return { id: l.id(0, 'evaluation'), approve: l.flagged('approve') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  if (o.approve) mustBeManager(op);
  await ctx.write((tx) => {
    const e = tx.tryRead<Evaluation>('evaluation', o.id)?.data;
    if (!e)
      throw new NotFoundError(
        msg(`没有考评表 ${o.id}`, `no evaluation ${o.id}`),
        msg('用 wuye review report --month 查看', 'see wuye review report --month'),
      );
    const t = total(e);
    const g = gradeOf(t, bands(ctx));
    if (o.approve) {
      if (e.state === 'approved') throw new RuleError(msg(`${e.id} 已审批`, `${e.id} is approved already`));
      if (e.state !== 'confirmed')
        throw new RuleError(
          msg(`${e.id} 员工尚未确认`, `${e.id} is not confirmed by the staff member yet`),
          msg(`先由 ${e.staff} 执行 wuye review confirm ${e.id}`, `${e.staff} first runs wuye review confirm ${e.id}`),
        );
      tx.put('evaluation', e.id, { ...e, state: 'approved', approved_by: op.id, approved_at: ctx.now() });
      return {
        message: `review: approve ${e.id}`,
        summary: msg(
          `${e.id} 已审批：${e.staff} ${e.month} 总分 ${t}，等级 ${g}`,
          `${e.id} approved: ${e.staff} ${e.month} total ${t}, grade ${g}`,
        ),
      };
    }
    if (e.state !== 'draft')
      throw new RuleError(
        msg(`${e.id} 已确认过`, `${e.id} is confirmed already`),
        msg('无须再次确认', 'nothing to do'),
      );
    if (op.id !== e.staff)
      throw new RuleError(
        msg(`考评表由被考评人 ${e.staff} 本人确认`, `the sheet is confirmed by ${e.staff} themselves`),
        msg(`经理审批用 --approve`, 'the manager approves with --approve'),
      );
    const left = unscored(e);
    if (left.length)
      throw new RuleError(
        msg(`${e.id} 尚有未评分的项目：${left.join('、')}`, `${e.id} has criteria not scored: ${left.join(', ')}`),
        msg(
          `经理先用 wuye review score ${e.id} --set 评分`,
          `the manager scores them with wuye review score ${e.id} --set`,
        ),
      );
    tx.put('evaluation', e.id, { ...e, state: 'confirmed', confirmed_at: ctx.now() });
    return {
      message: `review: confirm ${e.id}`,
      summary: msg(
        `${e.id} 已确认：总分 ${t}，等级 ${g}；待经理审批`,
        `${e.id} confirmed: total ${t}, grade ${g}; for the manager to approve`,
      ),
    };
  });
}
