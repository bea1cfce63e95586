// wuye survey show DC2026-01 [--json]
// One survey as the staff read it: what, who was asked, returns, the recorded analysis, the actions, the log.
import { readCase } from '../../../core/case-engine.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { SURVEY_CASES } from '../cases.js';
import { isValid, type Survey } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'survey') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const s = readCase<Survey>(ctx.shown, SURVEY_CASES, o.id);
  if (ctx.globals.json) {
    ctx.out.json(s);
    return;
  }
  const rs = s.responses ?? [];
  const n = s.questionnaire.items.length;
  const L = (zh: string, en: string) => t(msg(zh, en));
  const lines = [
    `${s.id}  ${s.title}  [${label('surveyState', s.state)}]`,
    `${L('对象', 'who')}: ${label('surveyType', s.type)}  ${L('项目', 'items')}: ${n}  ${L('目标', 'target')}: ${s.target}%`,
    s.sample
      ? `${L('样本', 'sample')}: ${s.sample.respondents.length}（${s.sample.rate}%，${L('种子', 'seed')} ${s.sample.seed}，${s.sample.drawn_at}）`
      : L('样本: 尚未抽样', 'sample: not drawn'),
    `${L('回收', 'returned')}: ${rs.length}，${L('有效', 'valid')} ${rs.filter((r) => isValid(r.answers, n)).length}`,
    s.analysis
      ? `${L('分析', 'analysis')} ${s.analysis.at}: ${L('总体满意率', 'overall')} ${s.analysis.rate ?? '—'}%${s.analysis.below?.length ? `，${L('未达标', 'below target')}: ${s.analysis.below.join(', ')}` : ''}`
      : L('分析: 尚未分析', 'analysis: not yet'),
    ...(s.actions ?? []).map(
      (a) =>
        `  #${a.no} ${a.item}: ${a.what} — ${a.who}，${a.due}，${label('surveyActionState', a.state)}${a.closed_at ? ` ${a.closed_at}` : ''}`,
    ),
    L('日志:', 'log:'),
    ...s.log.map((e) => `  ${e.at} ${e.by} ${e.action}${e.note ? ` ${e.note}` : ''}`),
  ];
  for (const line of lines) ctx.out.line(line);
}
