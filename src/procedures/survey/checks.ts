// The survey procedure's domain checks (validate layer 4; spec 13-survey.md): the case log follows the machine; the
// id's year is the survey's; every questionnaire returned is of the sample, entered once, with one answer per item
// on the scale; an action names an item of the questionnaire; a closed survey has no open action.
// e.g. wuye validate surveys
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { SURVEY, type Survey } from './rules.js';

const surveyRules = defineCheck<Survey>({
  name: 'survey/case',
  kinds: ['survey'],
  description: msg(
    '问卷属于样本且只录入一次，答案在评价等级内；措施针对问卷项目；已结束的调查没有未完成的措施',
    'questionnaires from the sample, entered once, answers on the scale; actions name items; a closed survey has no open action',
  ),
  record(r) {
    const s = r.data;
    const out: Problem[] = [];
    const q = s.questionnaire;
    if (!s.id.startsWith(`DC${s.year}-`))
      out.push(
        problemAt(
          r,
          '/year',
          'survey-year',
          msg(`年度 ${s.year} 与编号 ${s.id} 不符`, `year ${s.year} does not match id ${s.id}`),
        ),
      );
    const sample = new Set(s.sample?.respondents ?? []);
    const seen = new Set<string>();
    (s.responses ?? []).forEach((x, k) => {
      if (!sample.has(x.respondent))
        out.push(
          problemAt(
            r,
            `/responses/${k}/respondent`,
            'survey-respondent',
            msg(`${x.respondent} 不在样本中`, `${x.respondent} is not in the sample`),
          ),
        );
      if (seen.has(x.respondent))
        out.push(
          problemAt(
            r,
            `/responses/${k}/respondent`,
            'survey-twice',
            msg(`${x.respondent} 的问卷录入了两次`, `${x.respondent} entered twice`),
          ),
        );
      seen.add(x.respondent);
      if (x.answers.length !== q.items.length)
        out.push(
          problemAt(
            r,
            `/responses/${k}/answers`,
            'survey-answers',
            msg(
              `答案 ${x.answers.length} 个，问卷有 ${q.items.length} 项`,
              `${x.answers.length} answers for ${q.items.length} items`,
            ),
          ),
        );
      x.answers.forEach((a, i) => {
        if (a !== null && !q.scale.includes(a))
          out.push(
            problemAt(
              r,
              `/responses/${k}/answers/${i}`,
              'survey-scale',
              msg(`答案 "${a}" 不在评价等级中`, `answer "${a}" is not on the scale`),
            ),
          );
      });
    });
    (s.actions ?? []).forEach((a, k) => {
      if (!q.items.some((i) => i.id === a.item))
        out.push(
          problemAt(
            r,
            `/actions/${k}/item`,
            'survey-action-item',
            msg(`问卷没有项目 ${a.item}`, `no item ${a.item} in the questionnaire`),
          ),
        );
      if (s.state === 'closed' && a.state === 'open')
        out.push(
          problemAt(
            r,
            `/actions/${k}/state`,
            'survey-action-open',
            msg(`已结束的调查有未完成的措施 #${a.no}`, `closed survey with open action #${a.no}`),
          ),
        );
    });
    return out;
  },
});

export const checks: Check[] = [caseLogCheck('survey', SURVEY), surveyRules];
