// The reception procedure's domain checks (validate layer 4; manual 四.1): the case log follows the machine; a
// closed reception has its summary and its utensils back or the difference explained; no more utensils come back
// than went out; no tea round before the arrival; the expected end after the arrival.
// e.g. wuye validate receptions/2026
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { RECEPTION, utensils, type Reception } from './rules.js';

const receptionRules = defineCheck<Reception>({
  name: 'reception/case',
  kinds: ['reception'],
  description: msg(
    '已结束的接待有总结、器皿收回或说明差异；收回不多于发出；不早于到达上茶',
    'a closed reception has its summary and its utensils back or explained; no tea before the arrival',
  ),
  record(rec) {
    const r = rec.data;
    const out: Problem[] = [];
    const u = utensils(r);
    if (Date.parse(r.end) <= Date.parse(r.arrival))
      out.push(
        problemAt(rec, '/end', 'reception-end', msg('结束时间不晚于到达时间', 'the end is not after the arrival')),
      );
    if (r.state === 'closed' && !r.summary)
      out.push(
        problemAt(
          rec,
          '/state',
          'reception-summary',
          msg('已结束的接待没有总结', 'a closed reception without its summary'),
          msg('补记 summary', 'add the summary'),
        ),
      );
    if (r.state === 'closed' && u.missing > 0 && !r.utensils_note)
      out.push(
        problemAt(
          rec,
          '/state',
          'reception-utensils',
          msg(
            `已结束的接待差 ${u.missing} 件器皿且未说明`,
            `closed with ${u.missing} utensil(s) not back and not explained`,
          ),
          msg('补记收回，或写 utensils_note', 'record them back, or write utensils_note'),
        ),
      );
    if (u.missing < 0)
      out.push(
        problemAt(rec, '/tea', 'reception-utensils-back', msg('收回的器皿多于发出的', 'more utensils back than out')),
      );
    (r.tea ?? []).forEach((x, i) => {
      if (Date.parse(x.at) < Date.parse(r.arrival))
        out.push(
          problemAt(
            rec,
            `/tea/${i}/at`,
            'reception-tea-early',
            msg(`${x.at} 早于到达时间`, `${x.at} is before the arrival`),
          ),
        );
    });
    return out;
  },
});

export const checks: Check[] = [caseLogCheck('reception', RECEPTION), receptionRules];
