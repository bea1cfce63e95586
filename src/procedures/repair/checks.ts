// The repair procedure's domain checks (validate layer 4; manual 三.6.6, 三.7.1, 三.7.6): the log follows the
// machine; arrival after the report, completion after the arrival; the punctual flag agrees with the arrival
// and the appointment; a paid order done has its charge, and one signed off its receipt from the cashier; a
// rework names an earlier order of the same unit or place that exists; the desk entry and the warranty
// report it came from exist.
// e.g. wuye validate repairs/2026
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import { REPAIR } from './machine.js';
import { cfg, punctuality, type Repair } from './rules.js';

const orderRules = defineCheck<Repair>({
  name: 'repair/order',
  kinds: ['repair'],
  description: msg(
    '到场在报修之后、完工在到场之后；准时标记与到场时间相符；有偿维修完工须有收费金额、签认后须有收据；返修指向同一房屋或部位已有的较早维修单；来电记录和保修报告存在',
    'arrival after the report, completion after the arrival; the punctual flag agrees with the times; a paid order done has its charge, signed off its receipt; a rework names an earlier order of the same unit or place that exists; its desk entry and warranty report exist',
  ),
  record(r, env) {
    const o = r.data;
    const out: Problem[] = [];
    const at = (t: string | undefined) => (t ? Date.parse(t) : undefined);
    const fix = msg('改正时间，或从 git 恢复', 'correct the time or restore it from git');
    if (o.arrived_at && at(o.arrived_at)! < at(o.received_at)!)
      out.push(
        problemAt(r, '/arrived_at', 'arrived-before-report', msg('到场早于报修', 'arrived before the report'), fix),
      );
    if (o.done_at && o.arrived_at && at(o.done_at)! < at(o.arrived_at)!)
      out.push(problemAt(r, '/done_at', 'done-before-arrival', msg('完工早于到场', 'done before the arrival'), fix));
    if (o.arrived_at && o.promised_at && o.punctual !== undefined) {
      const conf = cfg(env.config?.repair as Parameters<typeof cfg>[0]);
      const p = punctuality(o.promised_at, o.arrived_at, conf);
      if (p.punctual !== o.punctual)
        out.push(
          problemAt(
            r,
            '/punctual',
            'punctual-flag',
            msg(
              `准时标记为 ${o.punctual}，但按约定时间和到场时间应为 ${p.punctual}（提前不超过 ${conf.early_minutes} 分钟、迟到不超过 ${conf.late_minutes} 分钟）`,
              `punctual is ${o.punctual} but the times say ${p.punctual}`,
            ),
          ),
        );
    }
    const doneStates: Repair['state'][] = ['done', 'signed', 'closed'];
    if (o.paid && doneStates.includes(o.state) && !o.charge)
      out.push(
        problemAt(
          r,
          '/paid',
          'paid-no-charge',
          msg('有偿维修已完工，但没有收费金额', 'a paid repair done without its charge'),
          msg('用 wuye repair done 的 --charge 记录金额', 'record the amount with --charge'),
        ),
      );
    if (o.charge && (o.state === 'signed' || o.state === 'closed') && !o.charge.receipt)
      out.push(
        problemAt(
          r,
          '/charge',
          'signed-no-receipt',
          msg('有偿维修已签认，但没有收款员开据的收据', 'a paid repair signed off without the receipt of the cashier'),
          msg(
            '有偿维修在签认时由收款员收费开据（wuye repair signoff --method …）',
            'a paid repair is paid to the cashier at the sign-off (wuye repair signoff --method …)',
          ),
        ),
      );
    if (o.charge && !o.paid)
      out.push(problemAt(r, '/charge', 'free-charged', msg('无偿维修有收费', 'a free repair with a charge')));
    if (o.rework_of) {
      const first = env.get<Repair>('repair', o.rework_of)?.data;
      if (!first)
        out.push(
          problemAt(
            r,
            '/rework_of',
            'rework-missing',
            msg(`返修的原维修单 ${o.rework_of} 不存在`, `the order reworked, ${o.rework_of}, does not exist`),
            msg('改正原维修单号，或从 git 恢复', 'correct the order id or restore it from git'),
          ),
        );
      else if (first.id === o.id || Date.parse(first.received_at) > Date.parse(o.received_at))
        out.push(
          problemAt(
            r,
            '/rework_of',
            'rework-later',
            msg(`返修指向的 ${first.id} 不早于本单`, `the order reworked, ${first.id}, is not earlier than this one`),
          ),
        );
      else if ((first.unit ?? '') !== (o.unit ?? '') || (first.place ?? '') !== (o.place ?? ''))
        out.push(
          problemAt(
            r,
            '/rework_of',
            'rework-elsewhere',
            msg(
              `返修指向的 ${first.id} 是另一房屋或部位的维修`,
              `the order reworked, ${first.id}, is of another unit or place`,
            ),
            undefined,
            'warning',
          ),
        );
    }
    if (o.hotline && !env.exists('hotline', o.hotline))
      out.push(
        problemAt(
          r,
          '/hotline',
          'call-missing',
          msg(`来电记录 ${o.hotline} 不存在`, `desk entry ${o.hotline} does not exist`),
        ),
      );
    if (o.warranty && !env.exists('warranty', o.warranty))
      out.push(
        problemAt(
          r,
          '/warranty',
          'warranty-missing',
          msg(`保修报告 ${o.warranty} 不存在`, `warranty report ${o.warranty} does not exist`),
        ),
      );
    return out;
  },
});

export const checks: readonly Check[] = [caseLogCheck('repair', REPAIR), orderRules];
