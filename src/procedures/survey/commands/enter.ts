// wuye survey enter DC2026-01 [--respondent 1-2-0801] [--answers 1,2,1,,3] [--suggestion …] [--group security]
// Spec 13-survey.md: a questionnaire returned is entered one by one — prompted item by item in a terminal, or
// whole from the flags in a script; the respondent must be in the sample and each answer on the scale.
import { recordAct } from '../../../core/case-engine.js';
import { DEPARTMENT } from '../../../core/enums.gen.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { label } from '../../../core/labels.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { ENTER, openForAnswers, SURVEY_CASES } from '../cases.js';
import { checkResponse, isValid, type Survey } from '../rules.js';

export const parse = (l: Line) => {
  const group = l.text('group');
  if (group !== undefined && !(DEPARTMENT as readonly string[]).includes(group))
    throw new UsageError(
      msg(`--group 应为部门: ${DEPARTMENT.join(', ')}`, `--group must be a department: ${DEPARTMENT.join(', ')}`),
    );
  return {
    id: l.id(0, 'survey'),
    respondent: l.text('respondent'),
    answers: l.given('answers') ? (l.text('answers') ?? '').split(/[,，]/) : undefined,
    suggestion: l.text('suggestion'),
    group,
  };
};

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const s = openForAnswers(ctx.store, o.id);
  const taken = new Set((s.responses ?? []).map((r) => r.respondent));
  const p = ctx.prompter;
  const respondent =
    o.respondent ??
    (
      await p.input({
        message: msg(
          s.type === 'staff' ? '问卷编号（如 Q001）' : '房号（如 1-2-0801）',
          s.type === 'staff' ? 'questionnaire number (e.g. Q001)' : 'unit (e.g. 1-2-0801)',
        ),
        option: '--respondent',
        validate: (v) => {
          const c = checkResponse(s, v.trim(), [], taken);
          return c.ok ? true : t(c.reason);
        },
      })
    ).trim();
  let answers = o.answers;
  if (!answers) {
    answers = [];
    const blank = t(msg('（未答）', '(blank)'));
    for (const [k, it] of s.questionnaire.items.entries())
      answers.push(
        await p.select({
          message: msg(`${k + 1}. ${it.service}：${it.text}`, `${k + 1}. ${it.service}: ${it.text}`),
          option: '--answers',
          choices: [...s.questionnaire.scale.map((v) => ({ value: v, name: v })), { value: '', name: blank }],
        }),
      );
  }
  let group = o.group;
  if (s.type === 'staff' && group === undefined && p.interactive && o.answers === undefined)
    group =
      (await p.select({
        message: msg('部门（可不填）', 'department (optional)'),
        option: '--group',
        choices: [
          { value: '', name: t(msg('（不填）', '(none)')) },
          ...DEPARTMENT.map((d) => ({ value: d, name: label('department', d) })),
        ],
      })) || undefined;
  const suggestion =
    o.suggestion ??
    (p.interactive && o.answers === undefined
      ? await p.input({
          message: msg('意见建议（可空）', 'suggestions (may be empty)'),
          option: '--suggestion',
          default: '',
        })
      : undefined);
  const c = checkResponse(s, respondent, answers, taken, { group, suggestion });
  if (!c.ok)
    throw new RuleError(c.reason, msg(`样本: wuye survey show ${s.id}`, `the sample: wuye survey show ${s.id}`));
  await ctx.write((tx) => {
    const who = actor(ctx);
    const after = recordAct<Survey, Survey['state']>(
      tx,
      SURVEY_CASES,
      who,
      o.id,
      ENTER,
      (x) => {
        if ((x.responses ?? []).some((r) => r.respondent === respondent))
          throw new RuleError(msg(`${respondent} 的问卷已录入`, `${respondent}'s questionnaire is already entered`));
        return { append: { responses: [{ ...c.response, entered_at: ctx.today(), entered_by: who.id }] } };
      },
      respondent,
    );
    const n = after.responses?.length ?? 0;
    const valid = isValid(c.response.answers, s.questionnaire.items.length);
    return {
      message: `survey: enter ${o.id} ${respondent}`,
      summary: msg(
        `已录入 ${respondent}${valid ? '' : '（空项超过一半，为无效问卷）'}；已回收 ${n}/${s.sample?.respondents.length ?? 0}`,
        `${respondent} entered${valid ? '' : ' (over half blank: invalid)'}; ${n}/${s.sample?.respondents.length ?? 0} returned`,
      ),
    };
  });
}
