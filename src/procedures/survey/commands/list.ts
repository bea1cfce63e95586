// wuye survey list [--year 2026] [--state analysed]
// The surveys (spec 13-survey.md): year, who was asked, state, returned/distributed, overall satisfaction, actions open.
import { allCases } from '../../../core/case-engine.js';
import type { SurveyState } from '../../../core/enums.gen.js';
import { msg } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { SURVEY_CASES } from '../cases.js';
import type { Survey } from '../rules.js';

export const parse = (l: Line) => ({ year: l.int('year', 2000, 2100), state: l.choice<SurveyState>('state') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const rows = allCases<Survey>(ctx.shown, SURVEY_CASES)
    .filter((s) => (o.year === undefined || s.year === o.year) && (!o.state || s.state === o.state))
    .sort((a, b) => a.id.localeCompare(b.id));
  ctx.out.table(rows, [
    { key: 'id', header: msg('编号', 'Id'), get: (s) => s.id },
    { key: 'year', header: msg('年度', 'Year'), get: (s) => String(s.year) },
    { key: 'type', header: msg('对象', 'Who'), get: (s) => label('surveyType', s.type) },
    { key: 'title', header: msg('标题', 'Title'), get: (s) => s.title },
    { key: 'state', header: msg('状态', 'State'), get: (s) => label('surveyState', s.state) },
    {
      key: 'returned',
      header: msg('回收/发放', 'Returned'),
      get: (s) => `${s.responses?.length ?? 0}/${s.sample?.respondents.length ?? 0}`,
    },
    {
      key: 'rate',
      header: msg('满意率', 'Satisfied'),
      get: (s) => (s.analysis?.rate == null ? '—' : `${s.analysis.rate.toFixed(1)}%`),
    },
    {
      key: 'open',
      header: msg('未完成措施', 'Open actions'),
      get: (s) => String((s.actions ?? []).filter((a) => a.state === 'open').length),
    },
  ]);
}
