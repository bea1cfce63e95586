// wuye review score KP2026-0003 --set records=14 satisfaction=13.5 attendance=10 [--comment 工作认真]
// Manual 五, 六: the manager scores the criteria the records cannot give (or corrects a computed one, with a note);
// a criterion the position's template lacks, or a score above its points, stops it (exit 1), nothing written.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { NotFoundError, RuleError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { bands, gradeOf, total, unscored, type Evaluation } from '../evaluation.js';
import { mustBeManager } from '../rules.js';

export function parse(l: Line) {
  const set = l.values('set').map((kv) => {
    const [id, v] = kv.split('=');
    const score = Number(v);
    if (!id || v === undefined || v === '' || !(score >= 0))
      throw new UsageError(
        msg(`--set ${kv}: 写成 项目=得分`, `--set ${kv}: write criterion=score`),
        msg('例: --set records=14', 'e.g. --set records=14'),
      );
    return { id, score };
  });
  const comment = l.text('comment');
  if (!set.length && !comment)
    throw new UsageError(
      msg('没有要记录的评分', 'nothing to score'),
      msg('给 --set 或 --comment', 'give --set or --comment'),
    );
  return { id: l.id(0, 'evaluation'), set, comment, note: l.text('note') };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const op = ctx.operator();
  mustBeManager(op);
  await ctx.write((tx) => {
    const e = tx.tryRead<Evaluation>('evaluation', o.id)?.data;
    if (!e)
      throw new NotFoundError(
        msg(`没有考评表 ${o.id}`, `no evaluation ${o.id}`),
        msg('用 wuye review report --month 查看', 'see wuye review report --month'),
      );
    if (e.state !== 'draft')
      throw new RuleError(
        msg(`${o.id} 员工已确认，不能再改分`, `${o.id} is confirmed by the staff member; scores are final`),
      );
    const criteria = e.criteria.map((c) => ({ ...c })) as Evaluation['criteria'];
    for (const s of o.set) {
      const c = criteria.find((x) => x.id === s.id);
      if (!c)
        throw new RuleError(
          msg(`${e.position} 的考评模板没有项目 ${s.id}`, `the ${e.position} template has no criterion ${s.id}`),
          msg(`项目: ${e.criteria.map((x) => x.id).join('、')}`, `criteria: ${e.criteria.map((x) => x.id).join(', ')}`),
        );
      if (s.score > c.points)
        throw new RuleError(
          msg(`${s.id}=${s.score} 超过该项分值 ${c.points}`, `${s.id}=${s.score} is above its ${c.points} points`),
        );
      if (c.source && !o.note)
        throw new RuleError(
          msg(
            `${s.id} 由记录计算（${c.source}）；改分须给 --note 说明`,
            `${s.id} is computed (${c.source}); give --note to override`,
          ),
        );
      c.score = s.score;
      c.by = op.id;
      if (c.source && o.note) c.note = o.note;
    }
    const next: Evaluation = { ...e, criteria, ...(o.comment ? { comments: o.comment } : {}) };
    tx.put('evaluation', e.id, next);
    const left = unscored(next);
    const t = total(next);
    return {
      message: `review: score ${e.id}`,
      summary: msg(
        `${e.id} ${e.staff}：总分 ${t}${left.length ? `，待评 ${left.join('、')}` : `，等级 ${gradeOf(t, bands(ctx))}，待员工确认`}`,
        `${e.id} ${e.staff}: total ${t}${left.length ? `; to score: ${left.join(', ')}` : `, grade ${gradeOf(t, bands(ctx))}; for the staff member to confirm`}`,
      ),
    };
  });
}
