// The notice procedure's domain checks (validate layer 4; manual 二.8): the case log follows the machine; a
// notice posted or removed was approved; its end date is not before its start; each place is taken down no
// earlier than it went up; a removed notice is up nowhere; no blank (________ or {{…}}) is left in its text.
// e.g. wuye validate notices/2026
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { NOTICE, stillUp, type Notice } from './rules.js';

const noticeRules = defineCheck<Notice>({
  name: 'notice/notice',
  kinds: ['notice'],
  description: msg(
    '张贴前已审批；截止日期不早于起始；撤下不早于张贴；已撤下的不再张贴；正文无空位',
    'approved before posting; ends after it starts; removed after posted; a removed one is up nowhere; no blanks left',
  ),
  record(r) {
    const n = r.data;
    const out: Problem[] = [];
    if ((n.state === 'posted' || n.state === 'removed') && !n.approval)
      out.push(
        problemAt(
          r,
          '/state',
          'notice-approval',
          msg('公告未经审批即张贴', 'the notice was posted without approval'),
          msg('补记 approval，或撤下', 'record the approval, or take it down'),
        ),
      );
    if (n.to < n.from)
      out.push(
        problemAt(
          r,
          '/to',
          'notice-dates',
          msg(`截止日期 ${n.to} 早于起始日期 ${n.from}`, `ends ${n.to} before it starts ${n.from}`),
        ),
      );
    (n.postings ?? []).forEach((p, i) => {
      if (p.removed && p.removed < p.posted)
        out.push(
          problemAt(
            r,
            `/postings/${i}/removed`,
            'notice-removed-early',
            msg(`${p.place} 撤下日期早于张贴日期`, `${p.place} removed before it was posted`),
          ),
        );
    });
    if (n.state === 'removed' && stillUp(n).length)
      out.push(
        problemAt(
          r,
          '/state',
          'notice-still-up',
          msg(
            `已撤下，但 ${stillUp(n)
              .map((p) => p.place)
              .join('、')} 仍在张贴`,
            `removed, yet still up at ${stillUp(n)
              .map((p) => p.place)
              .join(', ')}`,
          ),
        ),
      );
    if (/\{\{|________/.test(`${n.title}\n${n.body}`))
      out.push(
        problemAt(
          r,
          '/body',
          'notice-blank',
          msg('公告正文还有未填写的空位', 'the notice still has a blank'),
          msg('填写后重新审批', 'fill it in and have it approved again'),
        ),
      );
    return out;
  },
});

export const checks: Check[] = [caseLogCheck('notice', NOTICE), noticeRules];
