// wuye survey close DC2026-01
// Manual 三.6.12 / 三.5.9: the problems a survey raises are acted on — a survey closes only when every item below
// the target has an improvement action and every action is done or carried over to next year.
import { readCase, stepCase } from '../../../core/case-engine.js';
import type { SurveyState } from '../../../core/enums.gen.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { SURVEY_CASES } from '../cases.js';
import { closeBlockers, type Survey } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'survey') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  await ctx.write((tx) => {
    const s = readCase<Survey>(tx, SURVEY_CASES, o.id);
    if (s.state === 'analysed') {
      const b = closeBlockers(s);
      if (b.unactioned.length)
        throw new RuleError(
          msg(
            `${s.id} 有未达标项目没有整改措施: ${b.unactioned.join(', ')}`,
            `${s.id}: items below target without an action: ${b.unactioned.join(', ')}`,
          ),
          msg(
            `先加措施: wuye survey action ${s.id} --item ${b.unactioned[0]} --what … --who S… --due …`,
            `add one first: wuye survey action ${s.id} --item ${b.unactioned[0]} --what … --who S… --due …`,
          ),
        );
      if (b.open.length)
        throw new RuleError(
          msg(
            `${s.id} 还有 ${b.open.length} 项整改措施未完成: ${b.open.map((a) => `#${a.no}`).join(', ')}`,
            `${s.id}: ${b.open.length} action(s) still open: ${b.open.map((a) => `#${a.no}`).join(', ')}`,
          ),
          msg(
            `完成后登记: wuye survey action ${s.id} --no ${b.open[0].no} --done（或 --carry-over 转下年度）`,
            `mark it: wuye survey action ${s.id} --no ${b.open[0].no} --done (or --carry-over)`,
          ),
        );
    }
    stepCase<Survey, SurveyState>(tx, SURVEY_CASES, actor(ctx), o.id, 'close');
    return { message: `survey: close ${o.id}`, summary: msg(`${o.id} 已结束`, `${o.id} closed`) };
  });
}
