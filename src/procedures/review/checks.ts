// The monthly evaluation's domain checks (validate layer 4; manual 五, 六): the id's year is the month's; no score
// above its criterion's points; a confirmed or approved sheet has every criterion scored; an approved one names
// who approved it and when; one sheet per staff member a month.
// e.g. wuye validate evaluations
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import type { Evaluation } from './evaluation.js';

const evaluationRules = defineCheck<Evaluation>({
  name: 'review/evaluation',
  kinds: ['evaluation'],
  description: msg(
    '得分不超过分值；已确认的考评表每项都已评分；已审批的写明审批人；每人每月一份',
    'no score above its points; a confirmed sheet fully scored; an approved one names the approver; one a month each',
  ),
  record(r) {
    const e = r.data;
    const out: Problem[] = [];
    if (!e.id.includes(`${e.month.slice(0, 4)}-`))
      out.push(
        problemAt(
          r,
          '/month',
          'evaluation-year',
          msg(`月份 ${e.month} 与编号 ${e.id} 不符`, `month ${e.month} does not match id ${e.id}`),
        ),
      );
    e.criteria.forEach((c, k) => {
      if (c.score !== undefined && c.score > c.points)
        out.push(
          problemAt(
            r,
            `/criteria/${k}/score`,
            'evaluation-score',
            msg(
              `${c.id} 得分 ${c.score} 超过分值 ${c.points}`,
              `${c.id}: score ${c.score} above its ${c.points} points`,
            ),
          ),
        );
      if (e.state !== 'draft' && c.score === undefined)
        out.push(
          problemAt(
            r,
            `/criteria/${k}`,
            'evaluation-unscored',
            msg(`已确认的考评表中 ${c.id} 未评分`, `${c.id} not scored on a confirmed sheet`),
          ),
        );
    });
    if (e.state === 'approved' && (!e.approved_by || !e.approved_at))
      out.push(
        problemAt(
          r,
          '/state',
          'evaluation-approver',
          msg('已审批但没有审批人或时间', 'approved without approver or time'),
        ),
      );
    return out;
  },
  unique: {
    keys: (r) => [
      { key: `${r.data.staff}@${r.data.month}`, pointer: '/staff', shown: `${r.data.staff} ${r.data.month}` },
    ],
    message: (shown, rel, others) => ({
      message: msg(
        `${shown} 同月已有考评表 ${others.join('、')}（${rel}）`,
        `${shown}: another sheet that month ${others.join(', ')} (${rel})`,
      ),
    }),
  },
});

export const checks: Check[] = [evaluationRules];
