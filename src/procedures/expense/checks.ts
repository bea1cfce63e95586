// The expense procedure's domain checks (validate layer 4; manual 四.8): the claim's log follows its
// machine; its total is the sum of its invoices; its chain is the one its amount needs; every level of
// the chain is signed before it is approved or paid. e.g. wuye validate expense/2026
import { msg } from '../../core/i18n.js';
import { kindDef } from '../../core/kinds.js';
import { formatMoney, parseMoney } from '../../core/money.js';
import { caseLogCheck } from '../../core/validate/caselog.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { EXPENSE, total, type Claim } from './rules.js';

const claimRules = defineCheck<Claim>({
  name: 'expense/claim',
  kinds: ['expense'],
  description: msg(
    '关联的活动存在；合计等于各发票之和；已批准或已付款的报销单审批链每级都已签字；同一单内发票不重复',
    "the claim's event exists; the total is the sum of the invoices; an approved or paid claim is signed at every level of its chain; no invoice twice on a claim",
  ),
  record(r, env) {
    const c = r.data;
    const out: Problem[] = [];
    // an event id must name an event on record; a name (claims filed before events were recorded) is a warning
    const isId = c.event !== undefined && kindDef('event').idPattern.test(c.event);
    if (c.event && !(isId && env.exists('event', c.event)))
      out.push(
        problemAt(
          r,
          '/event',
          'expense-event',
          isId
            ? msg(`报销单关联的活动 ${c.event} 不存在`, `the claim's event ${c.event} does not exist`)
            : msg(
                `报销单关联的活动写的是名称“${c.event}”，不是活动编号`,
                `the claim names its event "${c.event}", not by its id`,
              ),
          msg('用 wuye event list 查看活动编号并改正', 'see wuye event list for the event ids, and correct it'),
          isId ? 'error' : 'warning',
        ),
      );
    if (!c.lines.length || !c.chain.length)
      out.push(
        problemAt(
          r,
          c.lines.length ? '/chain' : '/lines',
          'expense-empty',
          msg('报销单没有发票或审批链', 'a claim needs its invoices and its chain'),
        ),
      );
    const sum = total(c.lines);
    if (sum !== parseMoney(c.amount))
      out.push(
        problemAt(
          r,
          '/amount',
          'expense-total',
          msg(
            `合计 ${c.amount} 不等于各发票之和 ${formatMoney(sum)}`,
            `the total ${c.amount} is not the invoices' sum ${formatMoney(sum)}`,
          ),
          msg('改正合计或发票金额', 'correct the total or the invoices'),
        ),
      );
    if (c.state === 'approved' || c.state === 'paid') {
      const missing = c.chain.filter((lv) => !(c.approvals ?? []).some((a) => a.level === lv));
      if (missing.length)
        out.push(
          problemAt(
            r,
            '/approvals',
            'expense-unsigned',
            msg(`缺少审批: ${missing.join('、')}`, `approvals missing: ${missing.join(', ')}`),
            msg('按审批链补签', 'have each level of the chain sign'),
          ),
        );
    }
    const seen = new Set<string>();
    c.lines.forEach((l, i) => {
      const k = `${l.invoice_code ?? ''}/${l.invoice_no}`;
      if (seen.has(k))
        out.push(
          problemAt(
            r,
            `/lines/${i}`,
            'expense-invoice-twice',
            msg(`发票 ${l.invoice_no} 在本单中重复`, `invoice ${l.invoice_no} appears twice`),
          ),
        );
      seen.add(k);
    });
    return out;
  },
});

export const checks: readonly Check[] = [caseLogCheck('expense', EXPENSE), claimRules];
