// The hotline's domain checks (validate layer 4; manual 三.6.6, 一.5.3.13): each entry's outcome is
// complete — an answer, the colleague it was handed to, or the case it opened, which exists and names the
// entry back; the id's day is the day the call came in.
// e.g. wuye validate hotline/2026
import { msg } from '../../core/i18n.js';
import { KINDS } from '../../core/kinds.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import type { Call } from './api.js';

const entryRules = defineCheck<Call>({
  name: 'hotline/entry',
  kinds: ['hotline'],
  description: msg(
    '处理结果完整（答复、转交或所立案卷，案卷存在并指回本记录）；编号中的日期即来电日期',
    'the outcome is complete (an answer, a handover or a case that exists and names the entry); the id carries the day of the call',
  ),
  record(r, env) {
    const e = r.data;
    const out: Problem[] = [];
    const need = (field: 'answer' | 'handed_to' | 'case', what: string, whatEn: string) => {
      if (!e[field])
        out.push(
          problemAt(
            r,
            '/outcome',
            `outcome-${field}`,
            msg(`处理结果为「${what}」，但没有 ${field}`, `the outcome is ${whatEn} but ${field} is missing`),
          ),
        );
    };
    if (e.outcome === 'answered') need('answer', '当场答复', 'answered');
    if (e.outcome === 'handed-over') need('handed_to', '转交', 'handed over');
    if (e.outcome === 'case') need('case', '立案', 'a case');
    if (e.case && KINDS.some((k) => k.kind === e.case!.kind)) {
      const c = env.get<{ hotline?: string }>(e.case.kind, e.case.id);
      if (!c)
        out.push(
          problemAt(r, '/case/id', 'case-missing', msg(`案卷 ${e.case.id} 不存在`, `case ${e.case.id} does not exist`)),
        );
      else if (c.data.hotline !== e.id)
        out.push(
          problemAt(
            r,
            '/case/id',
            'case-link',
            msg(`案卷 ${e.case.id} 没有指回本记录 ${e.id}`, `case ${e.case.id} does not name this entry ${e.id}`),
            undefined,
            'warning',
          ),
        );
    }
    if (!r.id.includes(e.at.slice(0, 10).replace(/-/g, '')))
      out.push(
        problemAt(
          r,
          '/at',
          'id-day',
          msg('编号中的日期与来电日期不符', "the id's day is not the day of the call"),
          undefined,
          'warning',
        ),
      );
    return out;
  },
});

export const checks: readonly Check[] = [entryRules];
