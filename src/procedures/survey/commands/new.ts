// wuye survey new --year 2026 [--type staff] [--template owners] [--title …]
// Manual 三.6.12 (a customer survey every twelve months), 三.5.9 (a staff survey every year): a survey is made with
// its questionnaire copied from the template (later edits of the template leave it alone) and the target of wuye.yaml.
import { openCase } from '../../../core/case-engine.js';
import type { SurveyType } from '../../../core/enums.gen.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { conf, loadQuestionnaire, nextSurveyId, questionnaireOf, SURVEY_CASES } from '../cases.js';
import type { Survey } from '../rules.js';

export const parse = (l: Line) => ({
  year: l.int('year', 2000, 2100),
  type: l.choice<SurveyType>('type') ?? 'owners',
  template: l.text('template'),
  title: l.text('title'),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const year = o.year ?? Number(ctx.today().slice(0, 4));
  const t = loadQuestionnaire(ctx, o.template ?? o.type);
  if (t.type !== o.type)
    throw new RuleError(
      msg(
        `模板 ${o.template} 是${t.type === 'owners' ? '业主' : '职员'}问卷`,
        `template ${o.template} is a ${t.type} questionnaire`,
      ),
      msg(`加上 --type ${t.type}，或换一个模板`, `add --type ${t.type}, or use another template`),
    );
  const target = conf(ctx).target;
  await ctx.write((tx) => {
    const id = nextSurveyId(tx, year, ctx.config.station);
    const title = o.title ?? `${year} 年度${t.title.replace(/表$/, '')}`;
    openCase<Survey, Survey['state']>(tx, SURVEY_CASES, actor(ctx), {
      kind: 'survey',
      id,
      year,
      type: o.type,
      title,
      questionnaire: questionnaireOf(t, o.template ?? o.type),
      target,
    });
    return {
      message: `survey: new ${id}`,
      summary: msg(
        `已建立调查 ${id}「${title}」（${t.items.length} 项，目标 ${target}%）；抽样: wuye survey sample ${id}`,
        `survey ${id} "${title}" made (${t.items.length} items, target ${target}%); draw the sample: wuye survey sample ${id}`,
      ),
    };
  });
}
