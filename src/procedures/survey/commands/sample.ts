// wuye survey sample DC2026-01 [--rate 30] [--seed 7]
// Spec 13-survey.md: the sample is drawn by building at the rate (rounded up, so every building is asked) and
// recorded with its seed — the same seed over the same units draws the same sample. A staff survey goes to every
// member of staff in post (anonymous questionnaires Q001…, counted by department). Drawn again only before
// any questionnaire is entered.
import { readCase, stepCase } from '../../../core/case-engine.js';
import type { SurveyState } from '../../../core/enums.gen.js';
import { RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { conf, SURVEY_CASES } from '../cases.js';
import { buildingOf, drawSample, numbers, type Survey } from '../rules.js';
import { staffInPost, surveyedUnits } from '../sample.js';

export const parse = (l: Line) => ({
  id: l.id(0, 'survey'),
  rate: l.int('rate', 1, 100),
  seed: l.int('seed', 0, 2 ** 31 - 1),
});

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const s = readCase<Survey>(ctx.store, SURVEY_CASES, o.id);
  if (s.responses?.length)
    throw new RuleError(
      msg(
        `${s.id} 已录入 ${s.responses.length} 份问卷，不能重新抽样`,
        `${s.id} has ${s.responses.length} questionnaire(s) entered; the sample cannot be drawn again`,
      ),
      msg('样本已发放，按原样本继续回收', 'the sample is out: go on collecting from it'),
    );
  const today = ctx.today();
  const seed = o.seed ?? s.year;
  let respondents: string[];
  let groups: Record<string, number> | undefined;
  let rate = o.rate ?? conf(ctx).rate;
  if (s.type === 'staff') {
    groups = staffInPost(ctx.store, today);
    rate = 100;
    respondents = numbers(Object.values(groups).reduce((a, b) => a + b, 0));
  } else respondents = drawSample(surveyedUnits(ctx.store), rate, seed);
  if (!respondents.length)
    throw new RuleError(
      s.type === 'staff'
        ? msg('没有在职员工', 'no staff in post')
        : msg('没有可调查的房屋（已入住或出租、有业主）', 'no units to survey (occupied or let, with an owner)'),
    );
  await ctx.write((tx) => {
    stepCase<Survey, SurveyState>(tx, SURVEY_CASES, actor(ctx), o.id, 'sample', () => ({
      sample: { rate, seed, drawn_at: today, respondents, ...(groups ? { groups } : {}) },
    }));
    const buildings = new Set(respondents.map(buildingOf)).size;
    return {
      message: `survey: sample ${o.id}`,
      summary:
        s.type === 'staff'
          ? msg(
              `${o.id}：发放 ${respondents.length} 份不记名问卷（${respondents[0]}–${respondents.at(-1)}）`,
              `${o.id}: ${respondents.length} anonymous questionnaires (${respondents[0]}–${respondents.at(-1)})`,
            )
          : msg(
              `${o.id}：按 ${rate}% 抽取 ${respondents.length} 户（${buildings} 栋，种子 ${seed}）；打印问卷: wuye survey forms ${o.id}`,
              `${o.id}: ${respondents.length} units drawn at ${rate}% (${buildings} buildings, seed ${seed}); print them: wuye survey forms ${o.id}`,
            ),
    };
  });
}
