// The mail register's domain checks (validate layer 4; manual 四.12): an item leaves once (collected or
// returned, not both), not before it came in; an authorised collector names the owner who authorised; a
// registered letter, parcel or official letter was signed for and its collector's id checked.
// e.g. wuye validate mail
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { needsSignature, type MailItem } from './rules.js';

const mailRules = defineCheck<MailItem>({
  name: 'mail/handover',
  kinds: ['mail-item'],
  description: msg(
    '领取与退回只有其一且不早于收到；授权代领写明授权业主；挂号信、包裹、公函有签字和证件核验',
    'collected or returned, not both, not before received; an authorised collector names the owner; signed and id checked where required',
  ),
  record(r) {
    const m = r.data;
    const out: Problem[] = [];
    const c = m.collected;
    if (c && m.returned)
      out.push(
        problemAt(r, '/returned', 'collected-and-returned', msg('邮件既已领取又已退回', 'both collected and returned')),
      );
    if (c && Date.parse(c.at) < Date.parse(m.received_at))
      out.push(
        problemAt(r, '/collected/at', 'collected-before-received', msg('领取早于收到', 'collected before it came in')),
      );
    if (m.returned && m.returned.on < m.received_at.slice(0, 10))
      out.push(
        problemAt(r, '/returned/on', 'returned-before-received', msg('退回早于收到', 'returned before it came in')),
      );
    if (c?.as === 'authorised' && !c.authorised_by)
      out.push(
        problemAt(
          r,
          '/collected',
          'authorised-without-owner',
          msg(
            '授权代领未写明授权的业主（authorised_by）',
            'an authorised collection without the owner (authorised_by)',
          ),
        ),
      );
    if (c && needsSignature(m.type) && (!c.signed || !c.id_checked))
      out.push(
        problemAt(
          r,
          '/collected',
          'handed-without-check',
          msg('挂号信、包裹、公函领取未签字或未核验证件', 'handed over without a signature or an id check'),
        ),
      );
    return out;
  },
});

export const checks: readonly Check[] = [mailRules];
