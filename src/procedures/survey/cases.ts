// Surveys in the one case engine (spec procedures/13-survey.md): their kind and machine, the configuration with
// the manual's defaults, the next id of a year (DC2026-01), the questionnaire templates (templates/surveys/*.yaml,
// a center's own under <records>/templates/surveys/ winning), last year's survey of the same kind.
// e.g. const q = loadQuestionnaire(ctx, 'owners'); const id = nextSurveyId(tx, 2026)
import { readFileSync } from 'node:fs';
import { allCases, defineCases, readCase } from '../../core/case-engine.js';
import { label } from '../../core/labels.js';
import type { SurveyType } from '../../core/enums.gen.js';
import { NotFoundError, RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { nextInRecord } from '../../core/ids.js';
import { projectPath } from '../../core/paths.js';
import type { Store, Tx } from '../../core/store.js';
import { parseRecordText } from '../../core/yamlio.js';
import type { Ctx } from '../../kit/context.js';
import { findTemplate, templateNames as namesOf } from '../../kit/template-dirs.js';
import { cfg, SURVEY, type Questionnaire, type Survey, type SurveyConf } from './rules.js';

export const SURVEY_CASES = defineCases({
  kind: 'survey',
  machine: SURVEY,
  missing: () => msg('用 wuye survey list 查看调查', 'see wuye survey list for the surveys'),
});

/** Entering questionnaires: an act on a sampled survey (enter and import). */
export const ENTER = {
  action: 'enter',
  what: msg('录入问卷', 'enter questionnaires'),
  states: ['sampled'] as Survey['state'][],
};

/** A survey that takes questionnaires (enter, import): sampled, not yet analysed; else what to do. */
export function openForAnswers(store: Store, id: string): Survey {
  const s = readCase<Survey>(store, SURVEY_CASES, id);
  if (s.state !== 'sampled')
    throw new RuleError(
      msg(
        `${s.id} 当前状态为「${label('surveyState', s.state)}」，不能录入问卷`,
        `${s.id} is ${s.state}; questionnaires cannot be entered`,
      ),
      s.state === 'draft'
        ? msg(`先抽样: wuye survey sample ${s.id}`, `draw the sample first: wuye survey sample ${s.id}`)
        : msg('分析之后不再录入问卷', 'no more questionnaires after the analysis'),
    );
  return s;
}

export const conf = (ctx: Ctx): SurveyConf => cfg(ctx.config.surveys as Partial<SurveyConf> | undefined);

/** The next survey id of a year: DC2026-01, DC2026-02 … (never reused); DC2026-B01 at desk B (issue 17). */
export const nextSurveyId = (tx: Tx, year: number, station?: string): string =>
  nextInRecord(`DC${year}-`, station, tx.store.ids('survey'));

export interface Template extends Questionnaire {
  title: string;
  title_en?: string;
  type: SurveyType;
  intro?: string;
}

const NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The names of the questionnaire templates there are (wuye's and the center's own). */
export const templateNames = (ctx: Ctx): string[] => namesOf(ctx, 'surveys');

/** A questionnaire template, checked: items with unique codes, a scale, satisfied answers on the scale. */
export function loadQuestionnaire(ctx: Ctx, name: string): Template {
  const file = NAME.test(name) ? findTemplate(ctx, 'surveys', name) : undefined;
  if (!file)
    throw new NotFoundError(
      msg(`没有问卷模板 ${name}`, `no questionnaire template ${name}`),
      msg(`可用: ${templateNames(ctx).join(', ')}`, `available: ${templateNames(ctx).join(', ')}`),
    );
  return readTemplate(file);
}

/** wuye's own template of a name (the demo generator, which has no records root to look in). */
export const builtinQuestionnaire = (name: string): Template =>
  readTemplate(projectPath('templates', 'surveys', `${name}.yaml`));

function readTemplate(file: string): Template {
  const t = parseRecordText(readFileSync(file, 'utf8'), file) as Partial<Template> & { items?: unknown };
  const bad = (what: string, en: string) =>
    new RuleError(msg(`${file}: ${what}`, `${file}: ${en}`), msg('改正模板后再试', 'fix the template and try again'));
  if (!t || typeof t !== 'object') throw bad('不是问卷模板', 'not a questionnaire template');
  if (!t.title || !t.code) throw bad('缺少 title 或 code', 'title or code missing');
  if (t.type !== 'owners' && t.type !== 'staff') throw bad('type 应为 owners 或 staff', 'type must be owners or staff');
  if (!Array.isArray(t.scale) || t.scale.length < 2)
    throw bad('scale 至少两个等级', 'scale needs at least two answers');
  if (!Array.isArray(t.satisfied) || !t.satisfied.length || t.satisfied.some((v) => !t.scale!.includes(v)))
    throw bad('satisfied 须为 scale 中的等级', 'satisfied must be answers of the scale');
  if (!Array.isArray(t.items) || !t.items.length) throw bad('没有调查项目', 'no items');
  const seen = new Set<string>();
  for (const [i, it] of (t.items as Questionnaire['items']).entries()) {
    if (!it || !NAME.test(String(it.id ?? '')) || !it.service || !it.text)
      throw bad(`第 ${i + 1} 项应有 id、service、text`, `item ${i + 1} needs id, service and text`);
    if (seen.has(it.id)) throw bad(`项目代码 ${it.id} 重复`, `item code ${it.id} repeated`);
    seen.add(it.id);
  }
  return t as Template;
}

/** The questionnaire a survey keeps: the template's items, scale and satisfied answers. */
export const questionnaireOf = (t: Template, name: string): Questionnaire => ({
  template: name,
  code: t.code,
  scale: t.scale,
  satisfied: t.satisfied,
  items: t.items.map((i) => ({ id: i.id, service: i.service, text: i.text })) as Questionnaire['items'],
  ...(t.suggestions ? { suggestions: true } : {}),
});

/** Last year's survey of the same kind (the latest analysed or closed one of year - 1). */
export function lastYear(store: Store, s: Survey): Survey | undefined {
  return allCases<Survey>(store, SURVEY_CASES)
    .filter((x) => x.type === s.type && x.year === s.year - 1 && x.analysis)
    .sort((a, b) => a.id.localeCompare(b.id))
    .pop();
}
