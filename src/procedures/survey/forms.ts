// The survey's printed forms (spec 13-survey.md "Forms and reports"): the questionnaire (templates/forms/survey/
// questionnaire.yaml; one per sampled unit or staff number by `survey forms`, or one of a survey by `wuye form`)
// and the analysis report with its chart (analysis.yaml), each loaded from the records as shown.
// e.g. wuye form survey-questionnaire DC2026-01 ; wuye form survey-analysis DC2026-01
import { readCase } from '../../core/case-engine.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { Store } from '../../core/store.js';
import type { StaffRecord } from '../../core/types.gen.js';
import type { Ctx } from '../../kit/context.js';
import type { FormDef } from '../../kit/forms.js';
import { lastYear, loadQuestionnaire, SURVEY_CASES } from './cases.js';
import { analysisModel, groupName } from './report.js';
import { analyse, buildingOf, type Analysis, type Survey } from './rules.js';

const DEFAULT_INTRO = '为了不断提高服务质量，请您对我们的工作作出评价，在相应栏内打“√”，并提出宝贵意见。谢谢您的支持！';

/** The survey's intro text from its template (the template may be gone: a plain default then). */
export function introOf(ctx: Ctx, s: Survey): string {
  try {
    return loadQuestionnaire(ctx, s.questionnaire.template).intro ?? DEFAULT_INTRO;
  } catch {
    return DEFAULT_INTRO;
  }
}

/** The data of one questionnaire: for a respondent of the sample, or unnamed (a spare copy). */
export function questionnaireData(
  s: Survey,
  intro: string,
  respondent?: string,
  group?: string,
): Record<string, unknown> {
  const q = s.questionnaire;
  return {
    survey: { id: s.id, title: s.title, intro },
    respondent: {
      no: respondent ?? '',
      group: group ?? (respondent && s.type === 'owners' ? groupName(s, buildingOf(respondent)) : ''),
    },
    items: q.items.map((it) => ({
      service: it.service,
      text: it.text,
      choices: q.scale.map((v) => `□ ${v}`).join('　'),
    })),
  };
}

/** A staff member's name as printed ("S003 王芳"), the id alone when not found. */
export const staffName = (store: Store) => (id: string) => {
  const s = store.tryRead<StaffRecord>('staff', id)?.data;
  return s ? `${s.id} ${s.name}` : id;
};

/** The survey's analysis now, against last year's survey of the same kind. */
export function analysisOf(store: Store, s: Survey): { analysis: Analysis; previous?: Survey } {
  const previous = lastYear(store, s);
  return { analysis: analyse(s, s.target, previous), previous };
}

export const FORMS: FormDef[] = [
  {
    name: 'survey-questionnaire',
    template: 'survey/questionnaire',
    title: msg('满意度调查问卷', 'satisfaction questionnaire'),
    idKind: 'survey',
    load: (ctx, id) => {
      const s = readCase<Survey>(ctx.shown, SURVEY_CASES, id);
      return { id, date: s.log[0].at.slice(0, 10), data: questionnaireData(s, introOf(ctx, s)) };
    },
  },
  {
    name: 'survey-analysis',
    template: 'survey/analysis',
    title: msg('满意度调查分析报告', 'satisfaction survey analysis'),
    idKind: 'survey',
    load: (ctx, id) => {
      const s = readCase<Survey>(ctx.shown, SURVEY_CASES, id);
      if (!s.analysis)
        throw new RuleError(
          msg(`${id} 尚未分析`, `${id} has not been analysed`),
          msg(`先分析: wuye survey analyse ${id}`, `analyse it first: wuye survey analyse ${id}`),
        );
      const { analysis } = analysisOf(ctx.shown, s);
      return { id, date: s.analysis.at, data: analysisModel(s, analysis, staffName(ctx.shown)) };
    },
  },
];
