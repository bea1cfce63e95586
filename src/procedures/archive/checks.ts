// The owners' files' domain checks (validate layer 4; manual 三.2 2.6): a file is named after its unit, at most
// one loan out at a time, a confidential loan names its approver, a loan comes back after it went out.
// e.g. wuye validate archive
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { archiveId, type ArchiveFile } from './rules.js';

const fileRules = defineCheck<ArchiveFile>({
  name: 'archive/loans',
  kinds: ['archive'],
  description: msg(
    '档案袋以房屋命名且房屋存在；同一时间最多一笔借出；机密档案借阅有批准人；归还不早于借出',
    'a file is named after an existing unit; one loan out at a time; a confidential loan has its approver; back not before out',
  ),
  record(r, env) {
    const f = r.data;
    const out: Problem[] = [];
    if (r.id !== archiveId(f.unit))
      out.push(
        problemAt(
          r,
          '/unit',
          'unit-id',
          msg(`档案袋 ${r.id} 的 unit 应为 ${r.id.slice(3)}`, `file ${r.id} must have unit ${r.id.slice(3)}`),
        ),
      );
    const open = (f.loans ?? []).map((l, i) => ({ l, i })).filter(({ l }) => !l.in);
    for (const { i } of open.slice(1))
      out.push(problemAt(r, `/loans/${i}`, 'two-loans-out', msg('同一档案袋有两笔借出未还', 'two loans out at once')));
    (f.loans ?? []).forEach((l, i) => {
      if (f.confidential && !l.approved_by)
        out.push(
          problemAt(
            r,
            `/loans/${i}`,
            'confidential-unapproved',
            msg('机密档案借阅没有批准人', 'a confidential file lent without approval'),
            msg('补记客服部经理的批准（approved_by）', "record the cs-manager's approval (approved_by)"),
            'warning',
          ),
        );
      if (l.in && l.in < l.out)
        out.push(problemAt(r, `/loans/${i}/in`, 'back-before-out', msg('归还日期早于借出日期', 'back before out')));
      if (l.due < l.out)
        out.push(problemAt(r, `/loans/${i}/due`, 'due-before-out', msg('应还日期早于借出日期', 'due before out')));
    });
    return out;
  },
});

export const checks: readonly Check[] = [fileRules];
