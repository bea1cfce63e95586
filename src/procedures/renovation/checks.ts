// The renovation procedure's domain checks (validate layer 4; manual 四.3): the case
// log follows the state machine; a tenant's case has the owner's consent; electricians
// and welders hold certificates; a permit only with agreement and workers; the deposit
// refund never exceeds what was collected and equals deposits less deductions.
// e.g. wuye validate renovation/2026
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { parseMoney } from '../../core/money.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { RENOVATION } from './machine.js';
import { oneOpenPerUnit } from '../../core/validate/caselog.js';
import { CERTIFIED_TRADES, CLOSED_STATES, depositsCollected, type Case } from './rules.js';

const caseRules = defineCheck<Case>({
  name: 'renovation/case',
  kinds: ['renovation'],
  description: msg(
    '租户申请有业主同意；电工焊工持证；发证前协议和人员齐全；退还押金不超过已收且等于已收减扣款',
    "a tenant has the owner's consent; electricians and welders are certified; a permit has an agreement and workers; a refund never exceeds the deposits and equals deposits less deductions",
  ),
  record(r) {
    const c = r.data;
    const out: Problem[] = [];
    if (c.applicant.role === 'tenant' && !c.applicant.owner_consent) {
      out.push(
        problemAt(
          r,
          '/applicant',
          'tenant-consent',
          msg(
            '租户申请装修须有业主书面同意（owner_consent）',
            "a tenant's application needs the owner's written consent (owner_consent)",
          ),
          msg('补记业主同意书，或由业主申请', 'record the consent, or let the owner apply'),
        ),
      );
    }
    (c.workers ?? []).forEach((w, i) => {
      if (CERTIFIED_TRADES.includes(w.trade) && !w.certificate)
        out.push(
          problemAt(
            r,
            `/workers/${i}`,
            'worker-certificate',
            msg(
              `${w.name}（${w.trade}）没有特种作业操作证`,
              `${w.name} (${w.trade}) has no special-operation certificate`,
            ),
            msg('补记证号，或注销该人员', 'record the certificate or remove the worker'),
          ),
        );
    });
    if (c.permit && (!c.agreement || !(c.workers ?? []).length)) {
      out.push(
        problemAt(
          r,
          '/permit',
          'permit-prerequisites',
          msg(
            '已发许可证，但没有施工协议或施工人员登记',
            'a permit was issued without an agreement or registered workers',
          ),
        ),
      );
    }
    if (c.refund) {
      const held = depositsCollected(c);
      const ded = c.refund.deductions.reduce((s, d) => s + parseMoney(d.amount), 0);
      const amount = parseMoney(c.refund.amount);
      if (amount + ded > held || amount !== held - ded) {
        out.push(
          problemAt(
            r,
            '/refund/amount',
            'refund-amount',
            msg(
              `退还 ${c.refund.amount} 加扣款 ${(ded / 100).toFixed(2)} 与已收押金 ${(held / 100).toFixed(2)} 不符（不得超过已收）`,
              `refund ${c.refund.amount} plus deductions ${(ded / 100).toFixed(2)} does not match the deposits collected ${(held / 100).toFixed(2)} (never more than collected)`,
            ),
            msg(
              '退款 = 已收押金 − 扣款；由主任重新批准',
              'refund = deposits collected − deductions; have the director approve again',
            ),
          ),
        );
      }
    }
    if (c.state === 'withdrawn' && depositsCollected(c) > 0 && !c.refund?.paid_at) {
      out.push(
        problemAt(
          r,
          '/state',
          'withdrawn-deposit',
          msg(
            `已撤回的案卷仍有押金 ${(depositsCollected(c) / 100).toFixed(2)} 未退`,
            `a withdrawn case still holds deposits of ${(depositsCollected(c) / 100).toFixed(2)}`,
          ),
          msg('经收费账户退还押金并记录', 'refund the deposit through the fee account'),
          'warning',
        ),
      );
    }
    if ((c.state === 'refunded' || c.state === 'closed') && !c.refund?.paid_at) {
      out.push(
        problemAt(
          r,
          '/state',
          'refund-missing',
          msg('状态为押金已退，但没有退款记录', 'the case says refunded but has no refund payment'),
        ),
      );
    }
    if (!r.id.includes(String(c.log[0]?.at ?? '').slice(0, 4))) {
      out.push(
        problemAt(
          r,
          '/id',
          'id-year',
          msg('案卷编号的年份与申请日期不符', "the case id's year does not match the application date"),
          undefined,
          'warning',
        ),
      );
    }
    return out;
  },
});

/** One open renovation per unit (apply refuses a second; two desks' applications merged are caught here). */
const openPerUnit = oneOpenPerUnit<Case>('renovation', (c) => !CLOSED_STATES.has(c.state), msg('装修', 'renovation'));

export const checks: readonly Check[] = [caseLogCheck('renovation', RENOVATION), caseRules, openPerUnit];
