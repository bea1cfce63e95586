// wuye survey analyse DC2026-01 [--out out/DC2026-01-analysis.pdf] [--xlsx DC2026-01.xlsx]
// Spec 13-survey.md, manual 三.6.12 / 三.5.9 / 三.3.13: the response rate (valid ÷ distributed), satisfaction per
// item, per building and overall against last year; the items below target listed (each needs an action). The
// figures are recorded on the survey; the report is printed (PDF with the chart per service) and, with --xlsx,
// written as a workbook. Analysed again while the survey is open, it records the figures afresh.
import { readCase, stepCase } from '../../../core/case-engine.js';
import type { SurveyState } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { lang, msg, t } from '../../../core/i18n.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { outputPath } from '../../../kit/outpath.js';
import { savePdf } from '../../../kit/print-form.js';
import { SURVEY_CASES } from '../cases.js';
import { analysisOf, staffName } from '../forms.js';
import { analysisModel, analysisReport } from '../report.js';
import { pct, pct1, type Survey } from '../rules.js';

export const parse = (l: Line) => ({ id: l.id(0, 'survey'), out: l.text('out'), xlsx: l.text('xlsx') });

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const before = readCase<Survey>(ctx.store, SURVEY_CASES, o.id);
  if (before.state === 'sampled' && !before.responses?.length)
    throw new RuleError(
      msg(`${o.id} 还没有录入任何问卷`, `${o.id} has no questionnaires entered`),
      msg(
        `录入: wuye survey enter ${o.id} 或 wuye survey import ${o.id} FILE`,
        `enter them: wuye survey enter ${o.id} or wuye survey import ${o.id} FILE`,
      ),
    );
  // every output place checked before anything is written
  const pdfFile = outputPath(ctx, o.out, `${o.id}-analysis.pdf`, 'pdf');
  const xlsxFile = o.xlsx ? outputPath(ctx, o.xlsx, `${o.id}.xlsx`, 'xlsx') : undefined;
  if (xlsxFile === pdfFile)
    throw new UsageError(msg('--out 与 --xlsx 是同一个文件', '--out and --xlsx name the same file'));
  const today = ctx.today();
  // with --json the one document printed is the analysis below (its commit in it)
  const commit = await ctx.write(
    (tx) => {
      stepCase<Survey, SurveyState>(tx, SURVEY_CASES, actor(ctx), o.id, 'analyse', (s) => {
        const { analysis: a, previous } = analysisOf(tx.store, s);
        return {
          analysis: {
            at: today,
            distributed: a.distributed,
            returned: a.returned,
            valid: a.valid,
            rate: pct1(a.overall.rate),
            ...(previous ? { previous: previous.id } : {}),
            below: a.below,
          },
        };
      });
      return { message: `survey: analyse ${o.id}`, summary: msg(`已分析 ${o.id}`, `${o.id} analysed`) };
    },
    { quiet: ctx.globals.json },
  );
  const s = readCase<Survey>(ctx.shown, SURVEY_CASES, o.id);
  const { analysis: a } = analysisOf(ctx.shown, s);
  const { renderForm } = await import('../../../render/pdf/index.js');
  const pdf = await renderForm(
    { form: 'survey/analysis', data: analysisModel(s, a, staffName(ctx.shown)), id: s.id, date: today },
    { root: ctx.root, config: ctx.config, lang: lang() },
  );
  await savePdf(ctx, pdfFile, pdf);
  const op = ctx.globals.as ? ctx.operator() : undefined;
  const report = analysisReport(s, a, {
    center: ctx.config.center.name,
    generatedAt: ctx.now(),
    generatedBy: op ? `${op.id} ${op.name}` : undefined,
  });
  if (xlsxFile) {
    const { writeXlsx } = await import('../../../render/xlsx/index.js');
    await writeXlsx(report, xlsxFile, { lang: lang() });
  }
  if (ctx.globals.json) {
    ctx.out.json({
      id: s.id,
      commit: commit ?? null,
      pdf: pdfFile,
      xlsx: xlsxFile ?? null,
      distributed: a.distributed,
      returned: a.returned,
      valid: a.valid,
      invalid: a.invalid,
      response_rate: a.responseRate ?? null,
      overall: a.overall.rate ?? null,
      previous: a.previousOverall ?? null,
      items: a.items.map((i) => ({
        id: i.id,
        satisfied: i.satisfied,
        answered: i.answered,
        rate: i.rate ?? null,
        previous: i.previous ?? null,
        below: i.below,
      })),
      below: a.below,
    });
    return;
  }
  ctx.out.table(a.items, [
    { key: 'id', header: msg('项目', 'Item'), get: (i) => i.id },
    { key: 'text', header: msg('调查项目', 'Question'), get: (i) => i.text },
    { key: 'answered', header: msg('有效答卷', 'Answered'), get: (i) => String(i.answered) },
    { key: 'rate', header: msg('满意率', 'Rate'), get: (i) => pct(i.rate) },
    { key: 'previous', header: msg('上年', 'Last year'), get: (i) => pct(i.previous) },
    {
      key: 'met',
      header: msg('达标', 'Met'),
      get: (i) => (i.rate === undefined ? '—' : i.below ? t(msg('否', 'no')) : t(msg('是', 'yes'))),
    },
  ]);
  ctx.out.line(
    t(
      msg(
        `回收 ${a.returned}/${a.distributed}，有效 ${a.valid}（无效 ${a.invalid}），有效回收率 ${pct(a.responseRate)}；总体满意率 ${pct(a.overall.rate)}（上年 ${pct(a.previousOverall)}）`,
        `returned ${a.returned}/${a.distributed}, valid ${a.valid} (invalid ${a.invalid}), response rate ${pct(a.responseRate)}; overall ${pct(a.overall.rate)} (last year ${pct(a.previousOverall)})`,
      ),
    ),
  );
  if (a.below.length)
    ctx.out.line(
      t(
        msg(
          `低于目标 ${s.target}% 的项目: ${a.below.join(', ')}；整改措施: wuye survey action ${s.id} --item ${a.below[0]} --what … --who S… --due …`,
          `below the ${s.target}% target: ${a.below.join(', ')}; add actions: wuye survey action ${s.id} --item ${a.below[0]} --what … --who S… --due …`,
        ),
      ),
    );
  ctx.out.line(pdfFile);
  if (xlsxFile) ctx.out.line(xlsxFile);
}
